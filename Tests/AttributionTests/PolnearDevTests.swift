import Articles
import Foundation
import Testing

@testable import Attribution

/// Quote finding over the 84 hand-annotated articles of the PolNeAR dev split.
@Suite(.enabled(if: ArticleFixture.polnearDev != nil, "needs ../shared/eval/quotes/polnear-dev"))
struct PolnearDevTests {
    /// Gold spans of one article: attributed quotes and unattributed quoted segments.
    private struct Gold {
        var quotes: [ClosedRange<Int>]
        var unattributed: [ClosedRange<Int>]
    }

    private func gold(_ url: URL) throws -> Gold {
        let data = try Data(contentsOf: url)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        func spans(_ key: String) -> [ClosedRange<Int>] {
            ((object[key] as? [[String: Any]]) ?? []).compactMap { entry in
                guard let start = entry["start"] as? Int, let end = entry["end"] as? Int, end > start else { return nil }
                return start...(end - 1)
            }
        }
        return Gold(quotes: spans("quotes"), unattributed: spans("unattributed"))
    }

    /// The scorer's rule: two spans match when they overlap by half of the longer one.
    private func matches(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Bool {
        let overlap = min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound) + 1
        return overlap > 0 && 2 * overlap >= max(a.count, b.count)
    }

    @Test func findsTheGoldQuotesWithExactText() throws {
        let folder = try #require(ArticleFixture.polnearDev)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 84)
        var goldCount = 0
        var found = 0
        var systemCount = 0
        var explained = 0
        for name in names {
            let url = folder.appendingPathComponent(name)
            let article = try ArticleReader.read(fileAt: url)
            let scalars = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
            let quotes = Attributor.attribute(article).quotes
            let expected = try gold(folder.appendingPathComponent(String(name.dropLast(4)) + ".gold.json"))
            let spans = quotes.map { $0.range.start...($0.range.end - 1) }
            for quote in quotes {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[quote.range.start..<quote.range.end])
                #expect(String(view) == quote.text, "\(name): offsets of \(quote.text)")
            }
            goldCount += expected.quotes.count
            found += expected.quotes.filter { gold in spans.contains { matches($0, gold) } }.count
            systemCount += spans.count
            explained += spans.filter { span in (expected.quotes + expected.unattributed).contains { matches($0, span) } }
                .count
        }
        let recall = Double(found) / Double(goldCount)
        let precision = Double(explained) / Double(systemCount)
        #expect(recall >= 0.97, "recall \(recall)")
        #expect(precision >= 0.97, "precision \(precision)")
    }
}
