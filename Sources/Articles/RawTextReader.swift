/// Reads text copied from a news page, or plain title-and-paragraphs text.
///
/// The news-page layout is: optional kicker line, blank line, title, blank line, standfirst,
/// outlet line, an optional dateline, then one paragraph per line, with related-article teasers (a section line and a
/// headline line) and page chrome ("Discuss", "Share") in between. Text that does not show the
/// outlet line after a standfirst is read as plain text: a title line, then one paragraph per
/// non-blank line, everything kept.
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

    /// A teaser headline: one line of up to 25 words that does not end like a sentence.
    static func isHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 2, words.count <= 25, let last = line.unicodeScalars.last else { return false }
        return !sentenceEnds.contains(last) && !PageChrome.isChrome(line)
    }

    private static let labelBreakers: Set<Unicode.Scalar> = [
        ".", "!", "?", ",", ";", ":", "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}",
    ]
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", ",", "\"", "\u{201D}", "\u{2019}"]
}
