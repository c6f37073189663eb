import Articles
import Attribution
import Content
import Foundation
import Testing

@testable import SiteModel
@testable import SitePages

/// A statement reported by hundreds of articles (a wire story reprinted everywhere) must not
/// make every page that reports it list every report: article pages link the earliest few and
/// count the rest, speaker pages show the first few, and the statement's own pages list them
/// all, a hundred to a page.
@Suite struct StatementScaleTests {
    static let reports = 205
    static let speaker = Speaker(id: "s1", name: "Ilse Marrow", kind: .person)
    static let words = "We will not let the heating bills of this winter fall on the families who can least afford them"

    /// `reports` dated articles, each quoting the same sentence of one speaker (every fourth
    /// with a word changed) and a line of its own.
    static let graph: SiteGraph = {
        let documents = (0..<reports).map { index in
            let said = index % 4 == 3 ? words.replacingOccurrences(of: "least", with: "hardly") : words
            let own = "Line \(index) of my own,"
            return Document(
                slug: "report-\(String(format: "%03d", index))", title: "Report \(index)", source: "Outlet \(index % 7)",
                date: "2024-01-\(String(format: "%02d", index % 28 + 1))", speakers: [speaker],
                body: """
                    [“\(said)”][s1] she said. [“\(own)”][s1] she added.

                    [s1]: ../people/s1/ "\(speaker.name)"
                    """,
                quotes: [
                    DocumentQuote(text: said, speakerID: "s1", index: 0, line: 1, paragraph: 0),
                    DocumentQuote(text: own, speakerID: "s1", index: 1, line: 1, paragraph: 0),
                ])
        }
        return SiteGraph(documents: documents)
    }()

    @Test func theReportsAreOneStatement() throws {
        #expect(Self.graph.statements.map(\.reports.count) == [Self.reports])
    }

    @Test func articlePagesLinkTheEarliestReportsAndCountTheRest() throws {
        let renderer = SiteRenderer(graph: Self.graph, templates: try SiteTemplates())
        let statement = try #require(Self.graph.statements.first)
        let lastReport = try #require(statement.reports.last)
        let last = try #require(Self.graph.article(lastReport.articleSlug))
        let also = try #require(renderer.alsoReported(in: last, from: SitePath.article(last.slug)).first)
        #expect(also.reports.count == SiteRenderer.reportLinksPerQuote)
        #expect(also.moreText == "\(Self.reports - 1 - SiteRenderer.reportLinksPerQuote) more")
        let earliest = statement.reports.prefix(SiteRenderer.reportLinksPerQuote).map { "#" + SitePath.quoteAnchor($0.index) }
        #expect(also.reports.map { String($0.url.drop { $0 != "#" }) } == earliest)
        #expect(also.reports.first?.url.hasPrefix("../\(statement.reports[0].articleSlug)/") == true)
    }

    /// The report lines of `page`, each from its label on.
    static func reportLines(in page: String) -> [Substring] {
        page.replacingOccurrences(of: #"<li class="differs"><b>"#, with: "<li><b>").components(separatedBy: "<li><b>").dropFirst()
            .map { $0[...] }
    }

    @Test func theStatementsPagesListEveryReportOnceAHundredToAPage() throws {
        let site = try SiteRenderer(graph: Self.graph, templates: SiteTemplates()).render()
        let statement = try #require(Self.graph.statements.first)
        let pages = SiteRenderer.statementPagination(statement).paths
        #expect(pages.count == 3)
        var listed: [String] = []
        var changed = 0
        for path in pages {
            let page = try #require(site.text(path))
            listed += Self.reportLines(in: page).map { String($0.prefix(160)) }
            changed += page.components(separatedBy: "Different wording</b>").count - 1
            #expect(page.contains("Said by Ilse Marrow; reported in \(Self.reports) articles by 7 outlets"))
        }
        #expect(listed.count == Self.reports)
        #expect(Set(listed).count == Self.reports)
        #expect(try #require(site.text(pages[2])).contains(#"<ol class="reports" start="201">"#))
        // Every fourth report changes a word, and says so.
        #expect(changed == Self.reports / 4)
        try PaginationTests.expectLinksResolve(in: site)
    }

    @Test func reportsInTheFirstReportsWordsDoNotRepeatThem() throws {
        let site = try SiteRenderer(graph: Self.graph, templates: SiteTemplates()).render()
        let statement = try #require(Self.graph.statements.first)
        let pages = SiteRenderer.statementPagination(statement).paths
        var quoted = 0
        for path in pages {
            quoted += try #require(site.text(path)).components(separatedBy: "<blockquote><p>“").count - 1
        }
        // The first report and every fourth one, whose words differ, show their words.
        #expect(quoted == 1 + Self.reports / 4)
        // Past the first page, the first report's words are in the header for the others to refer to.
        #expect(try #require(site.text(pages[0])).contains("The first report’s words") == false)
        for path in pages.dropFirst() {
            #expect(try #require(site.text(path)).contains("The first report’s words: “\(Self.words)”"))
        }
    }

    @Test func theSpeakerPageShowsTheFirstReportsAndLinksTheRest() throws {
        let site = try SiteRenderer(graph: Self.graph, templates: SiteTemplates()).render()
        let speaker = try #require(Self.graph.speakers.first)
        // The statement is listed once, at its earliest report: on the last of the speaker's pages.
        let pages = site.paths.filter { $0.hasPrefix("people/\(speaker.slug)/") && $0.hasSuffix(".html") }
        let listing = pages.compactMap(site.text).filter { !Self.reportLines(in: $0).isEmpty }
        #expect(listing.count == 1)
        let page = try #require(listing.first)
        #expect(Self.reportLines(in: page).count == SiteRenderer.reportsOnSpeakerPage)
        #expect(page.contains("Reported in \(Self.reports) articles, earliest first"))
        #expect(page.contains("\(Self.reports - SiteRenderer.reportsOnSpeakerPage) more on the statement’s page</a>"))
        // The first report is the quote listed above, and the next ones are in its words.
        #expect(!page.contains("<blockquote><p>“"))
    }

    @Test func theSpeakersFeedCarriesTheirNewestQuotes() throws {
        let site = try SiteRenderer(graph: Self.graph, templates: SiteTemplates()).render()
        let speaker = try #require(Self.graph.speakers.first)
        let feed = try #require(site.text(SitePath.personFeed(speaker.slug)))
        #expect(speaker.quotes.count > SpeakerFeed.limit)
        #expect(feed.components(separatedBy: "<entry>").count - 1 == SpeakerFeed.limit)
        // The newest article's own line is there; its report of the statement is not, as the
        // statement is one entry, at its earliest report, in the oldest article.
        let newest = speaker.quotes.filter { $0.articleSlug == speaker.quotes.first?.articleSlug }
        #expect(newest.map { $0.statement == nil } == [false, true])
        #expect(feed.contains("urn:verbatim:quote:\(newest[1].articleSlug):\(newest[1].anchor)</id>"))
        #expect(!feed.contains("urn:verbatim:quote:\(newest[0].articleSlug):\(newest[0].anchor)</id>"))
    }

    @Test func everyPageStaysSmall() throws {
        let site = try SiteRenderer(graph: Self.graph, templates: SiteTemplates()).render()
        for path in site.paths where path.hasSuffix(".html") {
            #expect(try #require(site.files[path]).count < 300_000, "\(path) is too large")
        }
    }
}
