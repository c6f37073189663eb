/// Reads text copied from a news page, or plain title-and-paragraphs text.
///
/// The news-page layout is: optional kicker line, blank line, title, blank line, standfirst,
/// outlet line, an optional dateline, then one paragraph per line, with related-article teasers (a section line and a
/// headline line) and page chrome ("Discuss", "Share") in between. Text that does not show the
/// outlet line after a standfirst is read as plain text: an optional section line (the kicker,
/// when a headline follows it), a title line, then one paragraph per non-blank line, everything kept.
enum RawTextReader {
    static func read(_ text: String, name: String, path: String) throws(ArticleError) -> Article {
        let lines = SourceLine.split(text).filter { !$0.isBlank }.map(\.block)
        guard let first = lines.first else { throw .empty(path: path) }
        if let header = NewsPageHeader(lines) {
            let body = Array(lines[header.bodyStart...])
            let (paragraphs, related) = separateTeasers(body)
            return Article(
                name: name, title: header.title, kicker: header.kicker?.text,
                source: header.source.text, date: header.date, standfirst: header.standfirst,
                topics: header.kicker.map { [$0.text] } ?? [],
                paragraphs: paragraphs, related: related)
        }
        // Text copied from a page that shows no outlet line can still open with the section above the headline.
        if lines.count >= 2, LineShape.isSectionLine(first.text), LineShape.isTitle(lines[1].text) {
            return Article(
                name: name, title: lines[1], kicker: first.text, topics: [first.text],
                paragraphs: Array(lines.dropFirst(2)))
        }
        return Article(name: name, title: first, paragraphs: Array(lines.dropFirst()))
    }

    /// Splits the body into paragraphs and related-article teasers, dropping page chrome.
    private static func separateTeasers(_ body: [TextBlock]) -> ([TextBlock], [RelatedLink]) {
        var paragraphs: [TextBlock] = []
        var related: [RelatedLink] = []
        var index = 0
        while index < body.count {
            let line = body[index]
            if PageChrome.isChrome(line.text) {
                index += 1
            } else if LineShape.isLabel(line.text), index + 1 < body.count,
                LineShape.isHeadline(body[index + 1].text)
            {
                related.append(RelatedLink(kicker: line.text, title: body[index + 1].text))
                index += 2
            } else {
                paragraphs.append(line)
                index += 1
            }
        }
        return (paragraphs, related)
    }
}

/// The head of the news-page layout: kicker, title, standfirst and outlet line.
private struct NewsPageHeader {
    var kicker: TextBlock?
    var title: TextBlock
    var standfirst: TextBlock
    var source: TextBlock
    var date: String?
    var bodyStart: Int

    /// Recognises the head by its outlet line: a short label right after a sentence-like standfirst.
    init?(_ lines: [TextBlock]) {
        func isLabel(_ i: Int) -> Bool { i < lines.count && LineShape.isLabel(lines[i].text) }
        if lines.count >= 5, isLabel(0), !isLabel(1), !isLabel(2), isLabel(3) {
            self.init(kicker: lines[0], title: lines[1], standfirst: lines[2], source: lines[3], bodyStart: 4, lines: lines)
        } else if lines.count >= 4, !isLabel(0), !isLabel(1), isLabel(2) {
            self.init(kicker: nil, title: lines[0], standfirst: lines[1], source: lines[2], bodyStart: 3, lines: lines)
        } else {
            return nil
        }
    }

    /// A dateline may follow the outlet line; it is read as the date and is not body text.
    private init(kicker: TextBlock?, title: TextBlock, standfirst: TextBlock, source: TextBlock, bodyStart: Int,
                 lines: [TextBlock]) {
        self.kicker = kicker
        self.title = title
        self.standfirst = standfirst
        self.source = source
        self.date = bodyStart < lines.count ? DateLine.isoDay(lines[bodyStart].text) : nil
        self.bodyStart = date == nil ? bodyStart : bodyStart + 1
    }
}

/// Shapes of lines that tell layout apart from prose.
enum LineShape {
    /// A section or outlet name: a few words, no sentence punctuation, no quote marks.
    static func isLabel(_ line: String) -> Bool {
        // Cheap length checks first: every body paragraph passes through here.
        guard line.utf8.count <= 160, line.unicodeScalars.count <= 40 else { return false }
        let words = line.split(separator: " ")
        guard !words.isEmpty, words.count <= 4 else { return false }
        return !line.unicodeScalars.contains { labelBreakers.contains($0) }
    }

    /// A section line over a plain-text headline: a label of one to three words that does not
    /// open in lowercase and is neither page chrome nor a dateline ("Politics", "US Election").
    static func isSectionLine(_ line: String) -> Bool {
        guard isLabel(line), line.split(separator: " ").count <= 3, let first = line.unicodeScalars.first,
            !first.properties.isLowercase
        else { return false }
        return !PageChrome.isChrome(line) && DateLine.isoDay(line) == nil
    }

    /// A teaser headline: one line of up to 25 words that does not end like a sentence.
    static func isHeadline(_ line: String) -> Bool {
        guard hasHeadlineLength(line), let last = line.unicodeScalars.last else { return false }
        return !sentenceEnds.contains(last) && !PageChrome.isChrome(line)
    }

    /// A headline under a section line. Unlike a teaser in the body it may ask or exclaim
    /// ("UKIP's secret weapon?"), close a quote or trail off ("'My memories of Marley...'"); a
    /// line that ends in a full stop or mid-clause inside its closing quote marks is a paragraph.
    static func isTitle(_ line: String) -> Bool {
        guard hasHeadlineLength(line), !PageChrome.isChrome(line) else { return false }
        let fromTheEnd = line.unicodeScalars.reversed().drop { closingQuotes.contains($0) }
        guard let last = fromTheEnd.first else { return false }
        let trailsOff = last == "\u{2026}" || fromTheEnd.prefix(3).elementsEqual("...".unicodeScalars)
        return trailsOff || !clauseEnds.contains(last)
    }

    /// Two to 25 words, the length of a headline.
    private static func hasHeadlineLength(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return words.count >= 2 && words.count <= 25
    }

    private static let labelBreakers: Set<Unicode.Scalar> = [
        ".", "!", "?", ",", ";", ":", "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}",
    ]
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", ",", "\"", "\u{201D}", "\u{2019}"]
    private static let clauseEnds: Set<Unicode.Scalar> = [".", ":", ";", ","]
    private static let closingQuotes: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}"]
}
