import Articles
import Attribution

/// A quote recovered from annotated Markdown: a link whose text starts and ends with quote marks.
public struct DocumentQuote: Sendable, Hashable, Codable {
    /// The quoted words without their marks, as a reader sees them.
    public var text: String
    /// The speaker the link points at, or nil for a quote linked to nobody.
    public var speakerID: String?
    /// The position of this quote among the document's quotes, from 0; names its anchor.
    public var index: Int
    /// The 1-based source line of the quote in the Markdown file.
    public var line: Int
    /// The index into `Document.paragraphs` of the paragraph where the quote starts, or nil when
    /// the quote is in the title or the standfirst.
    public var paragraph: Int?
    /// Whether the attribution was marked unsure (`AnnotatedLink.unsureMarker` in the link's
    /// definition title): the speaker is a guess a reader should check.
    public var isUncertain: Bool

    /// Creates a document quote.
    public init(
        text: String, speakerID: String?, index: Int, line: Int, paragraph: Int? = nil, isUncertain: Bool = false
    ) {
        self.text = text
        self.speakerID = speakerID
        self.index = index
        self.line = line
        self.paragraph = paragraph
        self.isUncertain = isUncertain
    }
}

/// A speaker mention recovered from annotated Markdown: a link to a speaker that is not a quote.
public struct DocumentMention: Sendable, Hashable, Codable {
    /// The words as written ("Iftikhar", "the spokesperson").
    public var text: String
    /// The speaker the link points at.
    public var speakerID: String
    /// The 1-based source line of the mention in the Markdown file.
    public var line: Int
    /// The index into `Document.paragraphs` of the paragraph holding the mention, or nil when
    /// it is in the title or the standfirst.
    public var paragraph: Int?

    /// Creates a document mention.
    public init(text: String, speakerID: String, line: Int, paragraph: Int? = nil) {
        self.text = text
        self.speakerID = speakerID
        self.line = line
        self.paragraph = paragraph
    }
}

/// An annotated article as read back from `content/<slug>.md`, the source of truth for the site.
public struct Document: Sendable, Hashable, Codable {
    /// The slug of the article; its file name without `.md`.
    public var slug: String
    /// The headline.
    public var title: String
    /// The section line, when there is one.
    public var kicker: String?
    /// The outlet.
    public var source: String?
    /// The publication date as written (ISO 8601 preferred).
    public var date: String?
    /// The summary under the headline.
    public var standfirst: String?
    /// Topics in the order given.
    public var topics: [String]
    /// Speakers declared in front matter, in order.
    public var speakers: [Speaker]
    /// Related-article teasers kept from the raw text.
    public var related: [RelatedLink]
    /// The Markdown body after the front matter.
    public var body: String
    /// The annotated quotes in reading order: title, standfirst, then body.
    public var quotes: [DocumentQuote]
    /// The plain text of each body paragraph and heading, in order, as a reader sees it.
    public var paragraphs: [String]
    /// The speaker mentions in reading order.
    public var mentions: [DocumentMention]

    /// Creates a document.
    public init(
        slug: String, title: String, kicker: String? = nil, source: String? = nil, date: String? = nil,
        standfirst: String? = nil, topics: [String] = [], speakers: [Speaker] = [],
        related: [RelatedLink] = [], body: String, quotes: [DocumentQuote] = [],
        paragraphs: [String] = [], mentions: [DocumentMention] = []
    ) {
        self.slug = slug
        self.title = title
        self.kicker = kicker
        self.source = source
        self.date = date
        self.standfirst = standfirst
        self.topics = topics
        self.speakers = speakers
        self.related = related
        self.body = body
        self.quotes = quotes
        self.paragraphs = paragraphs
        self.mentions = mentions
    }
}
