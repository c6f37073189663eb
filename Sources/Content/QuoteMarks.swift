/// The quotation marks that open and close a quote link's text.
///
/// Double marks in every common form, guillemets, single curly marks (some outlets quote with
/// them), and the two-character `''` and ``` `` ``` of older newswire text. A lone straight
/// apostrophe is never a quote mark: it is far more often an apostrophe.
enum QuoteMarks {
    /// Single-scalar marks.
    private static let single: Set<Unicode.Scalar> = [
        "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}",
        "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2039}", "\u{203A}", "\u{300C}",
        "\u{300D}", "\u{FF02}",
    ]
    /// Two-scalar marks.
    private static let double: [[Unicode.Scalar]] = [["'", "'"], ["`", "`"]]

    /// The number of scalars of the mark that `scalars` start with, or nil.
    static func opening(of scalars: some BidirectionalCollection<Unicode.Scalar>) -> Int? {
        guard let first = scalars.first else { return nil }
        if single.contains(first) { return 1 }
        return double.contains { scalars.starts(with: $0) } ? 2 : nil
    }

    /// The number of scalars of the mark that `scalars` end with, or nil.
    static func closing(of scalars: some BidirectionalCollection<Unicode.Scalar>) -> Int? {
        guard let last = scalars.last else { return nil }
        if single.contains(last) { return 1 }
        return double.contains { scalars.reversed().starts(with: $0.reversed()) } ? 2 : nil
    }

    /// True when `text` starts with a quote mark.
    static func startsWithMark(_ text: String) -> Bool {
        opening(of: text.unicodeScalars) != nil
    }

    /// `text` without its opening mark and, when `closing`, without its closing mark: the
    /// quoted words as a reader sees them. Marks that are not there are not removed.
    static func stripped(_ text: String, closing: Bool) -> String {
        var scalars = text.unicodeScalars[...]
        if let open = opening(of: scalars) { scalars = scalars.dropFirst(open) }
        if closing, let close = self.closing(of: scalars) { scalars = scalars.dropLast(close) }
        return String(Substring(scalars))
    }
}
