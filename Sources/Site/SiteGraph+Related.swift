extension SiteGraph {
    /// How many related articles an article page lists.
    static let relatedLimit = 5

    /// Articles that share quoted speakers (worth two) or topics (worth one) with `article`,
    /// highest score first, then newest, so the list is stable.
    static func related(to article: ArticleNode, among articles: [ArticleNode]) -> [String] {
        let speakers = Set(article.quotes.compactMap(\.speakerSlug))
        let topics = Set(article.topicSlugs)
        var scored: [(slug: String, score: Int, order: Int)] = []
        for (order, other) in articles.enumerated() where other.slug != article.slug {
            let sharedSpeakers = speakers.intersection(other.quotes.compactMap(\.speakerSlug)).count
            let sharedTopics = topics.intersection(other.topicSlugs).count
            let score = 2 * sharedSpeakers + sharedTopics
            if score > 0 { scored.append((other.slug, score, order)) }
        }
        return scored.sorted { ($1.score, $0.order) < ($0.score, $1.order) }
            .prefix(relatedLimit).map(\.slug)
    }
}
