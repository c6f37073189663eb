import Content

/// The sentence a quote sits in, with the quote itself shown as “…”, so a speaker page can say
/// who was speaking and when without repeating the quote.
///
/// A quote that fills its whole sentence ("“We will walk out.”" as a paragraph of its own) gets
/// the sentence before it instead, which is where articles usually introduce such a quote.
package enum QuoteContext {
    /// How many characters of context to keep on each side of the quote.
    package static let limit = 180

    /// What stands for the quote in the context.
    package static let placeholder = "“…”"

    /// How far from a quote, in characters, context is looked for: far more than a sentence
    /// needs, and what keeps a paragraph of thousands of quotes linear to read.
    static let window = 2_000

    /// The context of every body quote of `document`, by quote index.
    ///
    /// Quotes are found in their paragraph in reading order, each search starting where the
    /// previous quote ended, so a paragraph is scanned about once whatever its number of quotes.
    package static func all(in document: Document) -> [Int: String] {
        var located: [Int: [Located]] = [:]
        for quote in document.quotes {
            guard let index = quote.paragraph, document.paragraphs.indices.contains(index) else { continue }
            let paragraph = document.paragraphs[index]
            let cursor = located[index]?.last?.upper ?? paragraph.startIndex
            if let place = locate(quote, in: paragraph, from: cursor) { located[index, default: []].append(place) }
        }
        var contexts: [Int: String] = [:]
        for index in Array(located.keys) { located[index]?.sort { $0.lower < $1.lower } }
        for (index, places) in located {
            let paragraph = document.paragraphs[index]
            let starts = sentenceStarts(in: paragraph)
            for (position, place) in places.enumerated() {
                contexts[place.quote.index] = context(
                    of: position, among: places, paragraph: index, starts: starts, located: located, in: document)
            }
        }
        return contexts
    }

    /// A quote and where its words, with their quote marks, sit in its paragraph.
    private struct Located {
        package var quote: DocumentQuote
        var lower: String.Index
        var upper: String.Index
    }

    private static func locate(_ quote: DocumentQuote, in paragraph: String, from cursor: String.Index) -> Located? {
        // The words up to the quote's first line break, found by byte: splitting the whole text
        // into lines for its first one showed in profiles.
        let words = String(quote.text[..<(quote.text.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? quote.text.endIndex)])
        guard !words.isEmpty,
            let found = paragraph.byteRange(of: words, from: cursor)
                ?? paragraph.range(of: words, range: cursor..<paragraph.endIndex) ?? paragraph.range(of: words)
        else { return nil }
        var lower = found.lowerBound
        var upper = found.upperBound
        if lower > paragraph.startIndex, QuoteMarks.all.contains(paragraph[paragraph.index(before: lower)]) {
            lower = paragraph.index(before: lower)
        }
        if upper < paragraph.endIndex, QuoteMarks.all.contains(paragraph[upper]) { upper = paragraph.index(after: upper) }
        return Located(quote: quote, lower: lower, upper: upper)
    }

    /// The context of `places[position]`: its sentence with every quote in it shown as “…”, or
    /// for a quote that is a sentence of its own, the sentence before it.
    private static func context(
        of position: Int, among places: [Located], paragraph index: Int, starts: [String.Index],
        located: [Int: [Located]], in document: Document
    ) -> String? {
        let paragraph = document.paragraphs[index]
        let place = places[position]
        let sentenceStart = max(
            starts.last { $0 <= place.lower } ?? paragraph.startIndex,
            paragraph.index(place.lower, offsetBy: -window, limitedBy: paragraph.startIndex) ?? paragraph.startIndex)
        // A quote over several paragraphs runs to its paragraph's end.
        let sentenceEnd = min(
            place.quote.text.utf8.contains(UInt8(ascii: "\n")) ? paragraph.endIndex : (starts.first { $0 >= place.upper } ?? paragraph.endIndex),
            paragraph.index(place.upper, offsetBy: window, limitedBy: paragraph.endIndex) ?? paragraph.endIndex)
        let before = trimmed(elided(places, in: paragraph, from: sentenceStart, to: place.lower))
        let after = trimmed(elided(places, in: paragraph, from: place.upper, to: sentenceEnd))
        if hasWords(before) || hasWords(after) {
            return joined(shortened(before, keepingEnd: true), shortened(after, keepingEnd: false))
        }
        // The quote is a sentence of its own: the sentence before it introduces it, unless that
        // sentence is itself quoted words, which would tell the reader nothing about who spoke.
        let sentence: Substring
        let neighbours: [Located]
        if sentenceStart > paragraph.startIndex {
            let previous = starts.last { $0 < sentenceStart } ?? paragraph.startIndex
            sentence = paragraph[previous..<sentenceStart]
            neighbours = places
        } else if index > 0 {
            let previousParagraph = document.paragraphs[index - 1]
            let previous = sentenceStarts(in: previousParagraph).last ?? previousParagraph.startIndex
            sentence = previousParagraph[previous...]
            neighbours = located[index - 1] ?? []
        } else {
            return nil
        }
        let text = trimmed(sentence)
        guard hasWords(text), !isQuoted(sentence, among: neighbours) else { return nil }
        return joined(shortened(text, keepingEnd: true), "")
    }

    /// The text from `start` to `end` with the words of every quote wholly inside it (a split
    /// quote's other half, say) shown as “…”, so the context is only the words around the quotes.
    private static func elided(_ places: [Located], in paragraph: String, from start: String.Index, to end: String.Index)
        -> Substring
    {
        guard start < end else { return "" }
        var text = ""
        var cursor = start
        for place in places[firstPlace(in: places, atOrAfter: start)...] {
            guard place.lower < end else { break }
            guard place.lower >= cursor, place.upper <= end else { continue }
            text += paragraph[cursor..<place.lower]
            text += placeholder
            cursor = place.upper
        }
        text += paragraph[cursor..<end]
        return Substring(text)
    }

    /// True when `sentence` is words of a quote that overlaps it in the same paragraph.
    private static func isQuoted(_ sentence: Substring, among places: [Located]) -> Bool {
        let isMarkOrSpace = { (character: Character) in QuoteMarks.all.contains(character) || character.isWhitespace }
        let core = sentence.drop(while: isMarkOrSpace)
        guard let last = core.lastIndex(where: { !isMarkOrSpace($0) }) else { return true }
        let words = String(core[...last])
        // Quotes do not nest, so besides those starting inside the sentence only the one just
        // before it can reach into it.
        let first = max(0, firstPlace(in: places, atOrAfter: sentence.startIndex) - 1)
        return places[first...]
            .prefix { $0.lower < sentence.endIndex }
            .contains { $0.upper > sentence.startIndex && $0.quote.text.contains(words) }
    }

    /// The position of the first of `places` (sorted by start) that starts at or after `index`.
    private static func firstPlace(in places: [Located], atOrAfter index: String.Index) -> Int {
        var low = 0
        var high = places.count
        while low < high {
            let middle = (low + high) / 2
            if places[middle].lower < index { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: - Sentences

    /// Words whose full stop does not end a sentence ("Mr. Khan", "Gen. Iftikhar").
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "prof", "sen", "rep", "gov",
        "jr", "sr", "rev", "hon", "no", "mt", "ft", "u.s", "u.k", "u.n", "e.g", "i.e", "vs", "inc", "corp", "co",
    ]

    /// Where each sentence after the first starts: after `.`, `!` or `?` (and any closing marks),
    /// a space, then a capital, a digit or an opening mark.
    static func sentenceStarts(in text: String) -> [String.Index] {
        // Every paragraph with a quote is scanned whole: the sentence ends are found as UTF-8
        // bytes (they are ASCII, and an ASCII byte is always a scalar of its own), and only
        // what follows one is looked at as scalars. Breaking the text into grapheme clusters,
        // then decoding every scalar, each showed in profiles.
        let scalars = text.unicodeScalars
        let bytes = text.utf8
        var starts: [String.Index] = []
        var index = bytes.startIndex
        while let end = bytes[index...].firstIndex(where: { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F }) {
            index = bytes.index(after: end)
            if bytes[end] == 0x2E, isAbbreviation(before: end, in: text) { continue }
            var next = index
            while next < scalars.endIndex, QuoteMarks.isMark(scalars[next]) || scalars[next] == ")" {
                next = scalars.index(after: next)
            }
            guard next < scalars.endIndex, scalars[next].properties.isWhitespace else { continue }
            while next < scalars.endIndex, scalars[next].properties.isWhitespace { next = scalars.index(after: next) }
            guard next < scalars.endIndex else { continue }
            let first = scalars[next].properties
            if first.isUppercase || first.numericType != nil || QuoteMarks.isMark(scalars[next]) { starts.append(next) }
        }
        return starts
    }

    private static func isAbbreviation(before dot: String.Index, in text: String) -> Bool {
        var start = dot
        while start > text.startIndex, !text[text.index(before: start)].isWhitespace {
            start = text.index(before: start)
        }
        let word = text[start..<dot].lowercased().filter { $0.isLetter || $0 == "." }
        return word.count == 1 || abbreviations.contains(word)
    }

    // MARK: - Pieces

    /// `text` without the whitespace at either end.
    package static func trimmed(_ text: Substring) -> String {
        // Index searches, not reversed copies: rebuilding a string from a reversed view walks
        // it character by character and was most of the time spent on contexts.
        let start = text.drop { $0.isWhitespace }
        guard let last = start.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(start[...last])
    }

    private static func hasWords(_ text: String) -> Bool {
        text.contains { $0.isLetter || $0.isNumber }
    }

    /// `text` cut to about `limit` characters at a space, keeping its end or its start.
    private static func shortened(_ text: String, keepingEnd: Bool) -> String {
        guard text.count > limit else { return text }
        if keepingEnd {
            let tail = text.suffix(limit)
            let cut = tail.firstIndex(of: " ").map { tail[tail.index(after: $0)...] } ?? tail
            return "…" + cut
        }
        let head = text.prefix(limit)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut + "…"
    }

    private static func joined(_ before: String, _ after: String) -> String {
        var text = before.isEmpty ? placeholder : before + " " + placeholder
        if let first = after.first {
            text += ",.;:!?)".contains(first) ? after : " " + after
        }
        return text
    }
}
