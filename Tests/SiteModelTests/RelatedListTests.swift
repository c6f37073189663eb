import Articles
import Attribution
import Content
@testable import SiteModel
import Testing

/// Related lists, found through the speaker and topic indexes with only the best few kept, must
/// be what scoring every pair and sorting gives.
@Suite struct RelatedListTests {
    /// Articles sharing speakers and topics in many overlapping ways, with ties, undated ones and
    /// teasers naming other articles' titles.
    static func documents(_ count: Int) -> [Document] {
        (0..<count).map { index in
            let speakers = [index % 7, index % 11, (index * 5) % 13].map {
                Speaker(id: "speaker-\($0)", name: "Speaker \($0)", kind: .person)
            }
            let quotes = speakers.enumerated().map { position, speaker in
                DocumentQuote(text: "Words \(index) \(position)", speakerID: speaker.id, index: position, line: 10 + position)
            }
            return Document(
                slug: "article-\(index)", title: "Headline \(index)",
                date: index % 9 == 0 ? nil : "2025-0\(index % 9 + 1)-1\(index % 10)",
                topics: ["Topic \(index % 4)", "Topic \(index % 6)"], speakers: speakers,
                related: index % 10 == 3 ? [RelatedLink(kicker: nil, title: "Headline \((index * 7) % count)")] : [],
                body: "", quotes: quotes)
        }
    }

    /// Every pair scored, all candidates sorted: the definition the indexed search must keep.
    static func reference(_ articles: [ArticleNode]) -> [[String]] {
        var byTitle: [String: Int] = [:]
        for (index, article) in articles.enumerated() where byTitle[Slug.make(article.document.title)] == nil {
            byTitle[Slug.make(article.document.title)] = index
        }
        return articles.indices.map { index in
            let teased = articles[index].document.related.compactMap { byTitle[Slug.make($0.title)] }
                .filter { $0 != index }.uniqued()
            let speakers = Set(articles[index].quotes.compactMap(\.speakerSlug))
            let topics = Set(articles[index].topicSlugs)
            var scored: [(index: Int, score: Int)] = []
            for other in articles.indices where other != index {
                let score = 2 * speakers.intersection(articles[other].quotes.compactMap(\.speakerSlug)).count
                    + topics.intersection(articles[other].topicSlugs).count
                if score > 0, !teased.contains(other) { scored.append((other, score)) }
            }
            scored.sort { ($1.score, $0.index) < ($0.score, $1.index) }
            return (teased + scored.map(\.index)).prefix(SiteGraph.relatedLimit).map { articles[$0].slug }
        }
    }

    @Test func indexedRelatedListsEqualScoringEveryPair() {
        let graph = SiteGraph(documents: Self.documents(240))
        let expected = Self.reference(graph.articles)
        #expect(graph.articles.contains { $0.relatedSlugs.count == SiteGraph.relatedLimit })
        for (article, related) in zip(graph.articles, expected) {
            #expect(article.relatedSlugs == related, "\(article.slug)")
        }
    }
}
