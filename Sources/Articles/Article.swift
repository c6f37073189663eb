/// One block of article text with its place in the source file.
public struct TextBlock: Sendable, Hashable, Codable {
    /// The text exactly as it appears in the source, without the line break.
    public var text: String
    /// Where `text` sits in the source, in Unicode scalars.
    public var range: TextRange

    /// Creates a block of `text` found at `range` in the source.
    public init(text: String, range: TextRange) {
        self.text = text
        self.range = range
    }
}

/// A teaser for another article that the news page showed inside this one.
public struct RelatedLink: Sendable, Hashable, Codable {
    /// The section line above the teaser headline, when there was one.
    public var kicker: String?
    /// The teaser's headline.
    public var title: String

    /// Creates a related-article teaser.
    public init(kicker: String?, title: String) {
        self.kicker = kicker
        self.title = title
    }
}

/// A news article as read from its source file, before attribution.
public struct Article: Sendable, Hashable, Codable {
    /// The file name without its extension; names the outputs of this article.
    public var name: String
    /// The headline.
    public var title: TextBlock
    /// The section or topic line above the headline, when the layout has one.
    public var kicker: String?
    /// The outlet that published the article ("Sputnik"), when known.
    public var source: String?
    /// The author or authors as one line ("A", "A and B"), when the input names them.
    public var author: String?
    /// The publication date as written in the input (ISO 8601 when it came from front matter).
    public var date: String?
    /// The one-paragraph summary under the headline, when the layout has one.
    public var standfirst: TextBlock?
    /// Topics from front matter or the kicker, in the order given.
    public var topics: [String]
    /// The body, one block per paragraph.
    public var paragraphs: [TextBlock]
    /// Teasers for other articles that were removed from the body.
    public var related: [RelatedLink]

    /// Creates an article from its parts.
    public init(
        name: String, title: TextBlock, kicker: String? = nil, source: String? = nil, author: String? = nil,
        date: String? = nil, standfirst: TextBlock? = nil, topics: [String] = [],
        paragraphs: [TextBlock], related: [RelatedLink] = []
    ) {
        self.name = name
        self.title = title
        self.kicker = kicker
        self.source = source
        self.author = author
        self.date = date
        self.standfirst = standfirst
        self.topics = topics
        self.paragraphs = paragraphs
        self.related = related
    }

    /// Every block that can hold quotes, in source order: headline, standfirst, body.
    public var textBlocks: [TextBlock] {
        [title] + (standfirst.map { [$0] } ?? []) + paragraphs
    }
}
