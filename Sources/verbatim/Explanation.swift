import Attribution

/// The `--explain` listing: one line per quote with speaker, rule, cue and confidence.
enum Explanation {
    /// The listing for the quotes of one file.
    static func text(file: String, annotations: Annotations) -> String {
        var lines = ["\(file): \(annotations.quotes.count) quotes"]
        for quote in annotations.quotes {
            let speaker = quote.speakerID.flatMap { annotations.speaker(withID: $0)?.name } ?? "—"
            let mention = quote.mention.map { " (\"\($0.text)\")" } ?? ""
            let cue = quote.cue.map { " cue \"\($0)\"" } ?? ""
            let confidence = String(format: "%.2f", quote.confidence)
            lines.append("  [\(quote.range.start)-\(quote.range.end)] \(shorten(quote.text))")
            lines.append("      → \(speaker)\(mention) rule \(quote.rule)\(cue) confidence \(confidence)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first words of a long quote.
    static func shorten(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 70 else { return "“\(text)”" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(67))
        return "“\(String(view))…”"
    }
}
