/// Where a word occurs in one article's search entry: in which of its quotes, in which of the
/// speakers listed with it, and whether in its own title, standfirst or topics.
package struct SearchMarks: Sendable, Equatable {
    /// Positions of the quotes holding the word, increasing.
    package var quotes: [Int] = []
    /// Positions of the speakers holding the word, increasing.
    package var speakers: [Int] = []
    /// Whether the article's own text holds the word.
    package var own = false

    /// No occurrence.
    package init() {}

    /// These occurrences.
    package init(quotes: [Int], speakers: [Int], own: Bool) {
        self.quotes = quotes
        self.speakers = speakers
        self.own = own
    }
}

/// A word's posting list as text: one item per article holding it, by increasing ordinal, joined
/// by commas. An item is the difference from the previous item's ordinal in base 36, then its
/// marks: `!` when the article's own text holds the word, its quotes as `.` and a position each
/// (or `*` and a bit mask of positions, in base 36, when that is shorter), its speakers as `:` and
/// a position each. `assets/search.js` reads them the same way.
package enum SearchPostings {
    /// The most quote positions a mask holds, so that script numbers stay exact (below 2^53).
    static let maskLimit = 52

    /// `items` (increasing ordinals, each with at least one mark) as text.
    package static func encode(_ items: [(ordinal: Int, marks: SearchMarks)]) -> [UInt8] {
        var text: [UInt8] = []
        var previous = 0
        for (position, item) in items.enumerated() {
            if position > 0 { text.append(UInt8(ascii: ",")) }
            append(item.ordinal - previous, to: &text)
            previous = item.ordinal
            append(item.marks, to: &text)
        }
        return text
    }

    /// Appends one item's marks to `text`.
    static func append(_ marks: SearchMarks, to text: inout [UInt8]) {
        if marks.own { text.append(UInt8(ascii: "!")) }
        var listed: [UInt8] = []
        for quote in marks.quotes {
            listed.append(UInt8(ascii: "."))
            append(quote, to: &listed)
        }
        if marks.quotes.count > 1, let last = marks.quotes.last, last < maskLimit {
            var masked: [UInt8] = [UInt8(ascii: "*")]
            append(marks.quotes.reduce(0) { $0 | (1 << $1) }, to: &masked)
            if masked.count < listed.count { listed = masked }
        }
        text += listed
        for speaker in marks.speakers {
            text.append(UInt8(ascii: ":"))
            append(speaker, to: &text)
        }
    }

    /// Appends `number` (not negative) in base 36.
    static func append(_ number: Int, to text: inout [UInt8]) {
        text += Array(String(number, radix: 36).utf8)
    }

    /// The items `encode` wrote, nil when `text` is not such a list.
    package static func decode(_ text: some Collection<UInt8>) -> [(ordinal: Int, marks: SearchMarks)]? {
        var items: [(ordinal: Int, marks: SearchMarks)] = []
        var ordinal = 0
        var index = text.startIndex
        func number() -> Int? {
            var value = 0
            var digits = 0
            while index != text.endIndex, let digit = digitValue(text[index]) {
                value = value * 36 + digit
                digits += 1
                guard digits <= 12 else { return nil }
                index = text.index(after: index)
            }
            return digits > 0 ? value : nil
        }
        while index != text.endIndex {
            guard let step = number() else { return nil }
            ordinal += step
            var marks = SearchMarks()
            while index != text.endIndex, text[index] != UInt8(ascii: ",") {
                let mark = text[index]
                index = text.index(after: index)
                if mark == UInt8(ascii: "!") {
                    marks.own = true
                    continue
                }
                guard let value = number() else { return nil }
                switch mark {
                case UInt8(ascii: "."): marks.quotes.append(value)
                case UInt8(ascii: ":"): marks.speakers.append(value)
                case UInt8(ascii: "*"): marks.quotes += (0..<maskLimit).filter { value & (1 << $0) != 0 }
                default: return nil
                }
            }
            guard marks != SearchMarks() else { return nil }
            items.append((ordinal, marks))
            if index != text.endIndex { index = text.index(after: index) }
        }
        return items
    }

    /// The value of a base-36 digit, nil for any other byte.
    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a")) + 10
        default: nil
        }
    }
}
