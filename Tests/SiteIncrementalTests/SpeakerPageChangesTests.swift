import Articles
import Attribution
import Content
@testable import SiteIncremental
@testable import SiteModel
@testable import SitePages
import Testing

/// Which pages of a speaker quoted across the archive a change renders (`SiteGraph.pageChanges`).
@Suite struct SpeakerPageChangesTests {
    /// 250 articles, a day apart, each quoting speaker 1 once in words of its own: three pages.
    static func documents(rewording: Int? = nil, adding: Int = 0) -> [Document] {
        (0..<250).map { number in
            var document = GraphPatchTests.document(number, speakers: [1], date: Self.day(number))
            document.quotes = [
                DocumentQuote(
                    text: number == rewording ? "Words changed in part \(number)" : "Part \(number) of the plan", speakerID: "speaker-1",
                    index: 0, line: 10)
            ]
            if number == 0 {
                for extra in 0..<adding {
                    document.quotes.append(DocumentQuote(text: "Note \(extra)", speakerID: "speaker-1", index: extra + 1, line: 20 + extra))
                }
            }
            return document
        }
    }

    /// The ISO day `number` days after 1 January 2020.
    static func day(_ number: Int) -> String {
        let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var (month, rest) = (0, number)
        while rest >= days[month] {
            rest -= days[month]
            month += 1
        }
        return String(format: "2020-%02d-%02d", month + 1, rest + 1)
    }

    /// The pages of speaker 1 that a change from `before` to `after` renders.
    static func renderedPages(_ before: [Document], _ after: [Document]) async throws -> Set<String> {
        let old = await SiteGraph.linked(summaries: before.map(ArticleSummary.init), documents: [:], identities: SpeakerIdentities(), jobs: 2)
        let new = await SiteGraph.linked(summaries: after.map(ArticleSummary.init), documents: [:], identities: SpeakerIdentities(), jobs: 2)
        let changes = try #require(
            new.pageChanges(from: await old.digest(jobs: 2), to: await new.digest(jobs: 2), edited: [], reordered: false))
        return changes.render.filter { $0.hasPrefix("people/speaker-1/") }
    }

    @Test func aChangeRendersTheFirstPageAndTheLaterPagesItChanges() async throws {
        let first = SitePath.person("speaker-1")
        let feed = SitePath.personFeed("speaker-1")
        let base = Self.documents()
        // Newest first: part 120 is on the second page.
        #expect(try await Self.renderedPages(base, Self.documents(rewording: 120)) == [first, SitePath.page(2, of: first), feed])
        #expect(try await Self.renderedPages(base, Self.documents(rewording: 10)) == [first, SitePath.page(3, of: first), feed])
        // A quote more changes the count every page shows; a page more, the pager of each.
        let everyPage: Set<String> = [first, SitePath.page(2, of: first), SitePath.page(3, of: first), feed]
        #expect(try await Self.renderedPages(base, Self.documents(adding: 1)) == everyPage)
        #expect(try await Self.renderedPages(base, Self.documents(adding: 60)) == everyPage.union([SitePath.page(4, of: first)]))
    }
}
