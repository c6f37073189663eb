import Content

/// The sentence a quote sits in, with the quote itself shown as “…”, so a speaker page can say
/// who was speaking and when without repeating the quote.
///
/// A quote that fills its whole sentence ("“We will walk out.”" as a paragraph of its own) gets
/// the sentence before it instead, which is where articles usually introduce such a quote.
enum QuoteContext {
    /// How many characters of context to keep on each side of the quote.
    static let limit = 180

    /// What stands for the quote in the context.
    static let placeholder = "“…”"

    /// The context of the site quote `quote`, from its article's `document`.
    static func of(_ quote: QuoteNode, in document: Document) -> String? {
        document.quotes.first { $0.index == quote.index }.flatMap { of($0, in: document) }
    }

    /// The context of `quote` in `document`, or nil for a quote outside the body or whose words
    /// cannot be found in its paragraph.
    static func of(_ quote: DocumentQuote, in document: Document) -> String? {
        guard let index = quote.paragraph, document.paragraphs.indices.contains(index) else { return nil }
        let paragraph = document.paragraphs[index]
        let firstPiece = quote.text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
        guard let words = firstPiece, !words.isEmpty, let found = paragraph.range(of: words) else { return nil }
        var lower = found.lowerBound
        var upper = found.upperBound
        if lower > paragraph.startIndex, QuoteMarks.all.contains(paragraph[paragraph.index(before: lower)]) {
            lower = paragraph.index(before: lower)
        }
        if upper < paragraph.endIndex, QuoteMarks.all.contains(paragraph[upper]) { upper = paragraph.index(after: upper) }
        let starts = sentenceStarts(in: paragraph)
        let sentenceStart = starts.last { $0 <= lower } ?? paragraph.startIndex
        // A quote over several paragraphs runs to its paragraph's end.
        let sentenceEnd =
            quote.text.contains("\n") ? paragraph.endIndex : (starts.first { $0 >= upper } ?? paragraph.endIndex)
        let others = document.quotes.filter { $0.paragraph == index && $0.index != quote.index }
        let before = elided(others, in: trimmed(paragraph[sentenceStart..<lower]))
        let after = elided(others, in: trimmed(paragraph[upper..<sentenceEnd]))
        if hasWords(before) || hasWords(after) {
            return joined(shortened(before, keepingEnd: true), shortened(after, keepingEnd: false))
        }
        // The quote is a sentence of its own: the sentence before it introduces it, unless that
        // sentence is itself quoted words, which would tell the reader nothing about who spoke.
        let sentence: String
        if sentenceStart > paragraph.startIndex {
            let previous = starts.last { $0 < sentenceStart } ?? paragraph.startIndex
            sentence = trimmed(paragraph[previous..<sentenceStart])
        } else if index > 0 {
            let previousParagraph = document.paragraphs[index - 1]
            let previous = sentenceStarts(in: previousParagraph).last ?? previousParagraph.startIndex
            sentence = trimmed(previousParagraph[previous...])
        } else {
            return nil
        }
        guard hasWords(sentence), !isQuoted(sentence, in: document) else { return nil }
        return joined(shortened(sentence, keepingEnd: true), "")
    }

    /// `text` with the words of `quotes` (a split quote's other half, say) also shown as “…”,
    /// so the context is only the words around the quotes.
    private static func elided(_ quotes: [DocumentQuote], in text: String) -> String {
        var text = text
        for quote in quotes {
            let words = quote.text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard !words.isEmpty, let found = text.range(of: words) else { continue }
            var lower = found.lowerBound
            var upper = found.upperBound
            if lower > text.startIndex, QuoteMarks.all.contains(text[text.index(before: lower)]) {
                lower = text.index(before: lower)
            }
            if upper < text.endIndex, QuoteMarks.all.contains(text[upper]) { upper = text.index(after: upper) }
            text.replaceSubrange(lower..<upper, with: placeholder)
        }
        return text
    }

    /// True when `sentence` is the words of one of the document's quotes.
    private static func isQuoted(_ sentence: String, in document: Document) -> Bool {
        let core = String(sentence.drop { QuoteMarks.all.contains($0) || $0.isWhitespace })
        let words = String(core.reversed().drop { QuoteMarks.all.contains($0) || $0.isWhitespace }.reversed())
        guard !words.isEmpty else { return true }
        return document.quotes.contains { $0.text.contains(words) }
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
        var starts: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            guard ".!?".contains(character) else { continue }
            if character == ".", isAbbreviation(before: text.index(before: index), in: text) { continue }
            var next = index
            while next < text.endIndex, QuoteMarks.all.contains(text[next]) || text[next] == ")" {
                next = text.index(after: next)
            }
            guard next < text.endIndex, text[next].isWhitespace else { continue }
            while next < text.endIndex, text[next].isWhitespace { next = text.index(after: next) }
            guard next < text.endIndex else { continue }
            let first = text[next]
            if first.isUppercase || first.isNumber || QuoteMarks.all.contains(first) { starts.append(next) }
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

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
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
