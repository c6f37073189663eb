@testable import SiteModel
import TestSupport
import Testing

/// "Quoted alongside" lists are worked out from numbered speakers; they must be what counting
/// every article's quoted speakers by name gives.
@Suite struct AlongsideTests {
    @Test func alongsideCountsTheArticlesWhereBothAreQuoted() throws {
        let graph = SiteGraph(documents: try Fixtures.sampleDocuments())
        for speaker in graph.speakers {
            var counts: [String: Int] = [:]
            for article in graph.articles {
                let quoted = Set(article.quotes.compactMap(\.speakerSlug))
                guard quoted.contains(speaker.slug) else { continue }
                for other in quoted where other != speaker.slug { counts[other, default: 0] += 1 }
            }
            #expect(speaker.alongside == Tally.ranked(counts), "\(speaker.slug)")
        }
        #expect(graph.speakers.contains { $0.alongside.count > 2 && $0.alongside[0].count > 1 })
    }
}
