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
    package static func related(among articles: [ArticleNode]) -> [[String]] {
        RelatedIndex(articles).lists(for: articles.indices)
    }

    /// `related(among:)` worked out in `jobs` runs of articles at once; the same lists. A busy
    /// speaker or topic makes every article that shares it score thousands of others, which at
    /// 50,000 articles was a fifth of a rebuild.
    package static func related(among articles: [ArticleNode], jobs: Int) async -> [[String]] {
        let index = RelatedIndex(articles)
        let size = max(1, (articles.count + jobs - 1) / max(1, jobs))
        let runs = stride(from: 0, to: articles.count, by: size).map { $0..<min($0 + size, articles.count) }
        return await Parallel.map(runs, jobs: jobs) { index.lists(for: $0) }.flatMap { $0 }
    }
}

extension SiteGraph {
    /// The related lists, as `related(among:)` gives them, of the articles at `positions` and of
    /// every article that quotes one of `speakers` or is filed under one of `topics`, by position:
    /// when only some articles changed, these are all the lists that can differ from before.
    ///
    /// The articles quoting a speaker or filed under a topic come from the graph's speaker and
    /// topic nodes (`speakerNodes`, `topicNodes`; `order` gives each article's position), so
    /// only the lists worked out are indexed, not the whole archive. With teasers, whose
    /// headlines are looked up among every article's title, the whole index is built.
    package static func related(
        among articles: [ArticleNode], order: [String: Int], at positions: [Int], sharing speakers: Set<String>,
        topics: Set<String>, speakerNodes: [String: SpeakerNode], topicNodes: [String: TopicNode]
    ) -> [Int: [String]] {
        let quoting = { (speaker: String) -> [Int] in
            var positions: [Int] = []
            for quote in speakerNodes[speaker]?.quotes ?? [] where positions.last.map({ articles[$0].slug != quote.articleSlug }) ?? true {
                positions.append(order[quote.articleSlug]!)
            }
            return positions
        }
        let filed = { (topic: String) -> [Int] in (topicNodes[topic]?.articleSlugs ?? []).map { order[$0]! } }
        var affected = Set(positions)
        for speaker in speakers { affected.formUnion(quoting(speaker)) }
        for topic in topics { affected.formUnion(filed(topic)) }
        let sorted = affected.sorted()
        let index =
            articles.contains { !$0.document.related.isEmpty }
            ? RelatedIndex(articles) : RelatedIndex(articles, only: sorted, quoting: quoting, filed: filed)
        return Dictionary(uniqueKeysWithValues: zip(sorted, index.lists(for: sorted)))
    }
}

/// The speaker, topic and title indexes the related lists are worked out from.
private struct RelatedIndex: Sendable {
    /// Each article's slug.
    let slugs: [String]
    /// Each article's quoted speakers and topics.
    let speakers: [Set<String>]
    let topics: [Set<String>]
    /// The articles quoting each speaker and filed under each topic, in article order.
    let bySpeaker: [String: [Int]]
    let byTopic: [String: [Int]]
    /// For each article, the site's articles its news page teased, in its order.
    let teased: [[Int]]

    init(_ articles: [ArticleNode]) {
        slugs = articles.map(\.slug)
        speakers = articles.map { Set($0.quotes.compactMap(\.speakerSlug)) }
        topics = articles.map { Set($0.topicSlugs) }
        var bySpeaker: [String: [Int]] = [:]
        var byTopic: [String: [Int]] = [:]
        for index in articles.indices {
            for speaker in speakers[index] { bySpeaker[speaker, default: []].append(index) }
            for topic in topics[index] { byTopic[topic, default: []].append(index) }
        }
        self.bySpeaker = bySpeaker
        self.byTopic = byTopic
        // Titles are only looked up for teasers; most archives have none.
        var byTitle: [String: Int] = [:]
        if articles.contains(where: { !$0.document.related.isEmpty }) {
            for (index, article) in articles.enumerated() {
                let slug = Slug.make(article.document.title)
                if byTitle[slug] == nil { byTitle[slug] = index }
            }
        }
        teased = articles.enumerated().map { index, article in
            article.document.related.compactMap { byTitle[Slug.make($0.title)] }.filter { $0 != index }.uniqued()
        }
    }

    /// The index for the lists of the articles at `positions` alone, of an archive without
    /// teasers: `quoting` and `filed` give the positions of the articles quoting a speaker and
    /// filed under a topic, newest first.
    init(_ articles: [ArticleNode], only positions: [Int], quoting: (String) -> [Int], filed: (String) -> [Int]) {
        slugs = articles.map(\.slug)
        var speakers = [Set<String>](repeating: [], count: articles.count)
        var topics = [Set<String>](repeating: [], count: articles.count)
        var bySpeaker: [String: [Int]] = [:]
        var byTopic: [String: [Int]] = [:]
        for position in positions {
            speakers[position] = Set(articles[position].quotes.compactMap(\.speakerSlug))
            topics[position] = Set(articles[position].topicSlugs)
            for speaker in speakers[position] where bySpeaker[speaker] == nil { bySpeaker[speaker] = quoting(speaker) }
            for topic in topics[position] where byTopic[topic] == nil { byTopic[topic] = filed(topic) }
        }
        self.speakers = speakers
        self.topics = topics
        self.bySpeaker = bySpeaker
        self.byTopic = byTopic
        teased = [[Int]](repeating: [], count: articles.count)
    }

    /// The related lists of the articles at `positions`, in order.
    func lists<Positions: Collection<Int>>(for positions: Positions) -> [[String]] {
        // Scores live in one array reused for every article, and only the best few candidates
        // are kept in order, rather than sorting every article that shares a busy topic.
        var scores = [Int](repeating: 0, count: slugs.count)
        var touched: [Int] = []
        var lists: [[String]] = []
        lists.reserveCapacity(positions.count)
        // A loop rather than a closure: the scores are mutated for every candidate, and a
        // captured variable would be checked for exclusive access each time.
        for index in positions {
            let teased = self.teased[index]
            let room = SiteGraph.relatedLimit - teased.count
            guard room > 0 else {
                lists.append(teased.prefix(SiteGraph.relatedLimit).map { slugs[$0] })
                continue
            }
            touched.removeAll(keepingCapacity: true)
            for speaker in speakers[index] {
                for other in bySpeaker[speaker]! where other != index {
                    if scores[other] == 0 { touched.append(other) }
                    scores[other] += 2
                }
            }
            for topic in topics[index] {
                for other in byTopic[topic]! where other != index {
                    if scores[other] == 0 { touched.append(other) }
                    scores[other] += 1
                }
            }
            // Highest score first, then the lower index (newer article).
            var best: [Int] = []
            for other in touched where !teased.contains(other) {
                let score = scores[other]
                guard best.count < room || score > scores[best[best.count - 1]]
                    || (score == scores[best[best.count - 1]] && other < best[best.count - 1])
                else { continue }
                var position = best.count
                while position > 0,
                    score > scores[best[position - 1]] || (score == scores[best[position - 1]] && other < best[position - 1])
                {
                    position -= 1
                }
                best.insert(other, at: position)
                if best.count > room { best.removeLast() }
            }
            for other in touched { scores[other] = 0 }
            lists.append((teased + best).map { slugs[$0] })
        }
        return lists
    }
}
