import Articles
import Attribution
import Content

extension SiteGraph {
    /// Links `documents` into a graph, merging speakers through `identities`.
    ///
    /// Documents are taken in slug order whatever order they come in, so the graph does not
    /// depend on the order files were listed or read.
    public init(documents: [Document], identities: SpeakerIdentities = SpeakerIdentities()) {
        self.init(
            summaries: documents.map(ArticleSummary.init),
            documents: Dictionary(documents.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }),
            identities: identities)
    }

    /// Links the articles of `summaries`; an article's node holds its full document from
    /// `documents` when given there, otherwise the summary's (enough for every page but its own).
    init(summaries: [ArticleSummary], documents: [String: Document], identities: SpeakerIdentities) {
        var (articles, speakers) = Self.articles(of: summaries, documents: documents, identities: identities)
        let (statements, claims) = Self.statements(in: articles)
        Self.mark(&articles, order: Self.positions(of: articles), with: statements)
        self.init(articles: articles, speakers: speakers, related: Self.related(among: articles))
        keep(statements, claims: claims)
    }

    /// `init(summaries:documents:identities:)`, with the related lists worked out alongside the
    /// speakers and topics, `jobs` runs of articles at once; without statements when
    /// `groupingStatements` is false (every quote then is a statement of its own).
    package static func linked(
        summaries: [ArticleSummary], documents: [String: Document], identities: SpeakerIdentities, jobs: Int,
        groupingStatements: Bool = true
    ) async -> SiteGraph {
        let (unmarked, speakers) = Self.articles(of: summaries, documents: documents, identities: identities)
        async let related = Self.related(among: unmarked, jobs: jobs)
        // Speaker nodes copy the articles' quotes, so the quotes are marked with their statements first.
        let (statements, claims) =
            groupingStatements
            ? Self.withUnattributedReports(await Self.statements(in: unmarked, jobs: jobs), in: unmarked)
            : ([], UnattributedClaims(passages: [:], claims: [:]))
        var articles = unmarked
        Self.mark(&articles, order: Self.positions(of: articles), with: statements)
        let nodes = Self.nodes(articles: articles, speakers: speakers)
        var graph = SiteGraph(articles: articles, nodes: nodes, related: await related)
        graph.keep(statements, claims: claims)
        return graph
    }

    /// The position of each of `articles` by slug.
    static func positions(of articles: [ArticleNode]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.slug, $0) })
    }

    /// The article nodes, newest first, and what they say about their speakers.
    private static func articles(
        of summaries: [ArticleSummary], documents: [String: Document], identities: SpeakerIdentities
    ) -> ([ArticleNode], SpeakerAccumulator) {
        let sortedSummaries = summaries.sorted { $0.document.slug < $1.document.slug }
        var speakers = SpeakerAccumulator(identities: identities)
        var articles = sortedSummaries.map { speakers.add($0, document: documents[$0.document.slug] ?? $0.document) }
        articles.sort(by: Self.newestFirst)
        return (articles, speakers)
    }

    /// The speaker and topic nodes of `articles`.
    private static func nodes(articles: [ArticleNode], speakers: SpeakerAccumulator) -> ([SpeakerNode], [TopicNode]) {
        let articleOrder = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.slug, $0) })
        return (
            speakers.nodes(articles: articles, articleOrder: articleOrder),
            topics(of: articles).map { withSpeakers($0, articles: articles, articleOrder: articleOrder) }
        )
    }

    private init(articles: [ArticleNode], speakers: SpeakerAccumulator, related: [[String]]) {
        self.init(articles: articles, nodes: Self.nodes(articles: articles, speakers: speakers), related: related)
    }

    private init(articles: [ArticleNode], nodes: ([SpeakerNode], [TopicNode]), related: [[String]]) {
        var articles = articles
        for (index, list) in related.enumerated() { articles[index].relatedSlugs = list }
        self.articles = articles
        self.speakers = nodes.0
        self.topics = nodes.1
        self.articleIndex = Dictionary(uniqueKeysWithValues: self.articles.enumerated().map { ($1.slug, $0) })
        self.speakerIndex = Dictionary(uniqueKeysWithValues: self.speakers.enumerated().map { ($1.slug, $0) })
        self.topicIndex = Dictionary(uniqueKeysWithValues: self.topics.enumerated().map { ($1.slug, $0) })
    }

    /// Newest first; undated articles last; ties by slug so the order never depends on input order.
    package static func newestFirst(_ lhs: ArticleNode, _ rhs: ArticleNode) -> Bool {
        if lhs.date != rhs.date {
            switch (lhs.date, rhs.date) {
            case let (left?, right?): if left != right { return right < left }
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): break
            }
        }
        return lhs.slug < rhs.slug
    }

    // MARK: - Topics

    /// The topic nodes of `articles` (newest first), without their speakers.
    package static func topics(of articles: [ArticleNode]) -> [TopicNode] {
        var spellings: [String: [String: Int]] = [:]
        var members: [String: [String]] = [:]
        var slugs = SlugMemo()
        for article in articles {
            for name in article.document.topics {
                let slug = slugs.slug(name)
                spellings[slug, default: [:]][name, default: 0] += 1
                if members[slug]?.last != article.slug { members[slug, default: []].append(article.slug) }
            }
        }
        let names = spellings.mapValues(preferredSpelling)
        return names.keys.sorted { (names[$0]!.lowercased(), $0) < (names[$1]!.lowercased(), $1) }.map {
            TopicNode(slug: $0, name: names[$0]!, articleSlugs: members[$0]!, speakers: [])
        }
    }

    /// The spelling most articles use; on a tie, one with capitals ("Russia" over "russia"), then the first in order.
    private static func preferredSpelling(_ counts: [String: Int]) -> String {
        counts.sorted { lhs, rhs in
            let left = (lhs.value, lhs.key != lhs.key.lowercased())
            let right = (rhs.value, rhs.key != rhs.key.lowercased())
            if left.0 != right.0 { return left.0 > right.0 }
            if left.1 != right.1 { return left.1 }
            return lhs.key < rhs.key
        }[0].key
    }

    /// `topic` with the speakers quoted in its articles, most quoted first.
    package static func withSpeakers(
        _ topic: TopicNode, articles: [ArticleNode], articleOrder: [String: Int]
    ) -> TopicNode {
        var counts: [String: Int] = [:]
        for slug in topic.articleSlugs {
            guard let index = articleOrder[slug] else { continue }
            for quote in articles[index].quotes {
                if let speaker = quote.speakerSlug { counts[speaker, default: 0] += 1 }
            }
        }
        var topic = topic
        topic.speakers = Tally.ranked(counts)
        return topic
    }
}

extension Tally {
    /// Highest count first, ties by slug.
    package static func ranked(_ counts: [String: Int]) -> [Tally] {
        counts.map { Tally(slug: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.slug) < ($0.count, $1.slug) }
    }
}
