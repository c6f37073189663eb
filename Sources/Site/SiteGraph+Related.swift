extension SiteGraph {
    /// How many related articles an article page lists.
    static let relatedLimit = 5

    /// For each of `articles`, in order, the articles that share quoted speakers (worth two each) or
    /// topics (worth one each) with it, highest score first, then earliest in `articles`, so the
    /// list is stable.
    ///
    /// Scores come from inverted lists (speaker → articles, topic → articles), so an article is
    /// only compared with the articles it shares something with, not with the whole archive.
    static func related(of articles: [ArticleNode]) -> [[String]] {
        var bySpeaker: [String: [Int]] = [:]
        var byTopic: [String: [Int]] = [:]
        var speakerSets: [[String]] = []
        var topicSets: [[String]] = []
        speakerSets.reserveCapacity(articles.count)
        topicSets.reserveCapacity(articles.count)
        for (position, article) in articles.enumerated() {
            let speakers = distinct(article.quotes.compactMap(\.speakerSlug))
            let topics = distinct(article.topicSlugs)
            for speaker in speakers { bySpeaker[speaker, default: []].append(position) }
            for topic in topics { byTopic[topic, default: []].append(position) }
            speakerSets.append(speakers)
            topicSets.append(topics)
        }
        var scores = [Int](repeating: 0, count: articles.count)
        var touched: [Int] = []
        return articles.indices.map { position in
            for speaker in speakerSets[position] {
                for other in bySpeaker[speaker]! { add(2, to: other, &scores, &touched) }
            }
            for topic in topicSets[position] {
                for other in byTopic[topic]! { add(1, to: other, &scores, &touched) }
            }
            let slug = articles[position].slug
            let ranked = touched.filter { articles[$0].slug != slug }
                .sorted { (scores[$1], $0) < (scores[$0], $1) }
                .prefix(relatedLimit).map { articles[$0].slug }
            for other in touched { scores[other] = 0 }
            touched.removeAll(keepingCapacity: true)
            return ranked
        }
    }

    private static func add(_ points: Int, to article: Int, _ scores: inout [Int], _ touched: inout [Int]) {
        if scores[article] == 0 { touched.append(article) }
        scores[article] += points
    }

    /// `items` without repeats, first occurrence kept.
    private static func distinct(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
