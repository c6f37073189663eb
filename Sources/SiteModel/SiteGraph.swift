import Articles
import Attribution
import Content

/// The whole site as linked values: articles ⇄ speakers ⇄ topics, with backlinks.
///
/// Every list is in a fixed order (articles newest first, speakers and topics A–Z), so the
/// pages rendered from a graph are the same byte for byte on every run.
public struct SiteGraph: Sendable {
    /// Articles, newest first; articles without an ISO date come last, by slug.
    public var articles: [ArticleNode]
    /// Speakers in index order (`SpeakerOrder`): people by surname, organisations by name.
    public var speakers: [SpeakerNode]
    /// Topics, A–Z by name.
    public var topics: [TopicNode]
    /// Statements reported in more than one article, by id (`StatementGrouping`).
    public var statements: [Statement] = []
    /// What joined the quotes credited to nobody to `statements`, for the next rebuild.
    package var unattributedClaims = UnattributedClaims(passages: [:], claims: [:])

    var articleIndex: [String: Int]
    var speakerIndex: [String: Int]
    var topicIndex: [String: Int]
    var statementIndex: [String: Int] = [:]

    /// The article with `slug`.
    public func article(_ slug: String) -> ArticleNode? { articleIndex[slug].map { articles[$0] } }
    /// The position of the article with `slug` in `articles`.
    package func articlePosition(_ slug: String) -> Int? { articleIndex[slug] }
    /// The speaker with `slug`.
    public func speaker(_ slug: String) -> SpeakerNode? { speakerIndex[slug].map { speakers[$0] } }
    /// The topic with `slug`.
    public func topic(_ slug: String) -> TopicNode? { topicIndex[slug].map { topics[$0] } }
    /// The statement with `id`, when more than one article reports it.
    public func statement(_ id: String) -> Statement? { statementIndex[id].map { statements[$0] } }

    /// Every quote on the site, article by article (newest first) in reading order.
    public var quotes: [QuoteNode] { articles.flatMap(\.quotes) }
    /// How many quotes the site has, counted without gathering them.
    public var quoteCount: Int { articles.reduce(0) { $0 + $1.quotes.count } }

    /// A graph of these nodes, with the index of each node's slug in its list.
    package init(
        articles: [ArticleNode], speakers: [SpeakerNode], topics: [TopicNode], articleIndex: [String: Int],
        speakerIndex: [String: Int], topicIndex: [String: Int]
    ) {
        self.articles = articles
        self.speakers = speakers
        self.topics = topics
        self.articleIndex = articleIndex
        self.speakerIndex = speakerIndex
        self.topicIndex = topicIndex
    }
}

/// One article in the graph.
public struct ArticleNode: Sendable, Hashable {
    /// The URL segment; the content file's name without `.md`.
    public var slug: String
    /// The annotated article as read from `content/`.
    public var document: Document
    /// The publication date, when the article gives one.
    public var date: ArticleDate?
    /// Slugs of the article's topics, in the order the article gives them.
    public var topicSlugs: [String]
    /// Slugs of the speakers the article declares, in order of appearance.
    public var speakerSlugs: [String]
    /// Maps each speaker id used in the content file to the site-wide speaker slug.
    public var speakerLinks: [String: String]
    /// The article's quotes in reading order.
    public var quotes: [QuoteNode]
    /// Slugs of articles that share speakers or topics, the closest first.
    public var relatedSlugs: [String]
    /// Whether the article says of itself that it is fiction (in its kicker or topics).
    public var isFiction: Bool
}

/// One quote, placed in its article.
public struct QuoteNode: Sendable, Hashable {
    /// The slug of the article that holds the quote.
    public var articleSlug: String
    /// The quote's position in its article, from 0.
    public var index: Int
    /// The quoted words as the reader sees them.
    public var text: String
    /// The site-wide slug of the speaker, or nil when nobody is credited.
    public var speakerSlug: String?
    /// The line of the quote in the content file.
    public var line: Int
    /// Whether the quote is in the body, rather than the headline or the standfirst.
    public var inBody: Bool
    /// Whether the content file marks the attribution as unsure.
    public var isUncertain = false
    /// The sentence around the quote with the quote shown as “…”, when it has one (`QuoteContext`).
    public var context: String?
    /// The statement the quote reports, when other articles report it too.
    public var statement: Statement?

    /// The id of the quote's element on the article page.
    public var anchor: String { SitePath.quoteAnchor(index) }
    /// Where the quote is.
    public var place: QuotePlace { QuotePlace(articleSlug: articleSlug, index: index) }
    /// The id of the statement the quote reports: its own when no other article reports it.
    public var statementID: String { statement?.id ?? Statement.id(of: place) }
}

/// Someone quoted or named on the site, merged across articles.
public struct SpeakerNode: Sendable, Hashable {
    /// The URL segment.
    public var slug: String
    /// The display name.
    public var name: String
    /// Person or organisation.
    public var kind: SpeakerKind
    /// Every distinct role the articles give, newest article first.
    public var roles: [String]
    /// Other names the articles use.
    public var aliases: [String]
    /// Slugs of the articles that declare the speaker, newest first.
    public var articleSlugs: [String]
    /// The speaker's quotes, newest article first, in reading order within an article.
    public var quotes: [QuoteNode]
    /// Speakers quoted in the same articles, most shared articles first.
    public var alongside: [Tally]

    /// A speaker with these fields.
    package init(
        slug: String, name: String, kind: SpeakerKind, roles: [String], aliases: [String], articleSlugs: [String],
        quotes: [QuoteNode], alongside: [Tally]
    ) {
        self.slug = slug
        self.name = name
        self.kind = kind
        self.roles = roles
        self.aliases = aliases
        self.articleSlugs = articleSlugs
        self.quotes = quotes
        self.alongside = alongside
    }
}

/// A topic and everything filed under it.
public struct TopicNode: Sendable, Hashable {
    /// The URL segment.
    public var slug: String
    /// The topic as first written.
    public var name: String
    /// Slugs of the topic's articles, newest first.
    public var articleSlugs: [String]
    /// The most-quoted speakers in the topic's articles.
    public var speakers: [Tally]

    /// A topic with these fields.
    package init(slug: String, name: String, articleSlugs: [String], speakers: [Tally]) {
        self.slug = slug
        self.name = name
        self.articleSlugs = articleSlugs
        self.speakers = speakers
    }
}

/// A slug with a count, for "most quoted" and "quoted alongside" lists.
public struct Tally: Sendable, Hashable {
    /// The slug counted.
    public var slug: String
    /// How many.
    public var count: Int

    /// `count` for `slug`.
    package init(slug: String, count: Int) {
        self.slug = slug
        self.count = count
    }
}

extension ArticleNode {
    /// What the article calls the source of its quote `index` when that source is only a
    /// description that names nobody ("an IAAF spokesman"): such a source has no page, and the
    /// quote keeps the description on its article page.
    package func unnamedSource(ofQuote index: Int) -> String? {
        guard document.quotes.indices.contains(index), let id = document.quotes[index].speakerID else { return nil }
        return document.speakers.first { $0.id == id && !$0.named }?.name
    }
}
