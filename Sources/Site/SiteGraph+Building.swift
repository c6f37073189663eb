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
        let sortedSummaries = summaries.sorted { $0.document.slug < $1.document.slug }
        var speakers = SpeakerAccumulator(identities: identities)
        var articles = sortedSummaries.map { speakers.add($0, document: documents[$0.document.slug] ?? $0.document) }
        articles.sort(by: Self.newestFirst)

        let articleOrder = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.slug, $0) })
        let topics = Self.topics(of: articles)
        for (index, related) in Self.related(among: articles).enumerated() {
            articles[index].relatedSlugs = related
        }
        self.articles = articles
        self.speakers = speakers.nodes(articles: articles, articleOrder: articleOrder)
        self.topics = topics.map { Self.withSpeakers($0, articles: articles, articleOrder: articleOrder) }
        self.articleIndex = Dictionary(uniqueKeysWithValues: self.articles.enumerated().map { ($1.slug, $0) })
        self.speakerIndex = Dictionary(uniqueKeysWithValues: self.speakers.enumerated().map { ($1.slug, $0) })
        self.topicIndex = Dictionary(uniqueKeysWithValues: self.topics.enumerated().map { ($1.slug, $0) })
    }

    /// Newest first; undated articles last; ties by slug so the order never depends on input order.
    static func newestFirst(_ lhs: ArticleNode, _ rhs: ArticleNode) -> Bool {
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

    private static func topics(of articles: [ArticleNode]) -> [TopicNode] {
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

    private static func withSpeakers(
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
    static func ranked(_ counts: [String: Int]) -> [Tally] {
        counts.map { Tally(slug: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.slug) < ($0.count, $1.slug) }
    }
}
