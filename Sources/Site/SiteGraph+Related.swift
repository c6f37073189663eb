import Articles

extension SiteGraph {
    /// How many related articles an article page lists.
    static let relatedLimit = 5

    /// For every article: first the site's articles its news page teased (a related-article
    /// teaser whose headline is another article's title), then the articles that share quoted
    /// speakers (worth two each) or topics (worth one each) with it, highest score first, then
    /// newest, so the lists are stable.
    ///
    /// Articles are found through the speaker and topic indexes rather than by comparing every
    /// pair, so archives of thousands of articles stay fast.
    static func related(among articles: [ArticleNode]) -> [[String]] {
        let speakers = articles.map { Set($0.quotes.compactMap(\.speakerSlug)) }
        let topics = articles.map { Set($0.topicSlugs) }
        var bySpeaker: [String: [Int]] = [:]
        var byTopic: [String: [Int]] = [:]
        for index in articles.indices {
            for speaker in speakers[index] { bySpeaker[speaker, default: []].append(index) }
            for topic in topics[index] { byTopic[topic, default: []].append(index) }
        }
        var byTitle: [String: Int] = [:]
        for (index, article) in articles.enumerated() where byTitle[Slug.make(article.document.title)] == nil {
            byTitle[Slug.make(article.document.title)] = index
        }
        return articles.indices.map { index in
            let teased = articles[index].document.related.compactMap { byTitle[Slug.make($0.title)] }
                .filter { $0 != index }.uniqued()
            var scores: [Int: Int] = [:]
            for speaker in speakers[index] {
                for other in bySpeaker[speaker]! where other != index { scores[other, default: 0] += 2 }
            }
            for topic in topics[index] {
                for other in byTopic[topic]! where other != index { scores[other, default: 0] += 1 }
            }
            let scored = scores.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
                .filter { !teased.contains($0) }
            return (teased + scored).prefix(relatedLimit).map { articles[$0].slug }
        }
    }
}
