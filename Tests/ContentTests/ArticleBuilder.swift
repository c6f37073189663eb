import Articles
import Attribution

/// Builds an article paragraph by paragraph, with quotes given as the words they cover, so a
/// test's text stays exactly as written (no markers inside it).
struct ArticleBuilder {
    private(set) var paragraphs: [TextBlock] = []
    private(set) var quotes: [Quote] = []
    private var offset: Int
    let title: TextBlock

    /// Starts an article with `title` at offset 0.
    init(title: String) {
        self.title = TextBlock(text: title, range: TextRange(start: 0, end: title.unicodeScalars.count))
        offset = title.unicodeScalars.count + 2
    }

    /// Adds a paragraph after a blank line.
    mutating func paragraph(_ text: String) {
        let length = text.unicodeScalars.count
        paragraphs.append(TextBlock(text: text, range: TextRange(start: offset, end: offset + length)))
        offset += length + 2
    }

    /// Quotes the first occurrence of `words` in paragraph `index`, said by `speakerID`.
    mutating func quote(_ words: String, inParagraph index: Int, by speakerID: String?, mention: String? = nil) {
        let block = paragraphs[index]
        let range = Self.range(of: words, in: block)
        let found = mention.map { Mention(range: Self.range(of: $0, in: block), text: $0) }
        quotes.append(
            Quote(range: range, text: words, speakerID: speakerID, mention: found, confidence: 1, rule: "test"))
    }

    /// Quotes from `words` in paragraph `first` to `last` in paragraph `lastIndex`, said by `speakerID`.
    mutating func quote(
        from words: String, inParagraph first: Int, to lastWords: String, inParagraph lastIndex: Int,
        by speakerID: String?
    ) {
        let start = Self.range(of: words, in: paragraphs[first]).start
        let end = Self.range(of: lastWords, in: paragraphs[lastIndex]).end
        quotes.append(
            Quote(range: TextRange(start: start, end: end), text: "", speakerID: speakerID, confidence: 1, rule: "test")
        )
    }

    /// The article.
    var article: Article {
        Article(name: "test", title: title, paragraphs: paragraphs)
    }

    private static func range(of words: String, in block: TextBlock) -> TextRange {
        let scalars = Array(block.text.unicodeScalars)
        let needle = Array(words.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            return TextRange(start: block.range.start + start, end: block.range.start + start + needle.count)
        }
        preconditionFailure("'\(words)' is not in '\(block.text)'")
    }
}
