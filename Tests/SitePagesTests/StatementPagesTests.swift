import Articles
import Content
import Foundation
@testable import SiteModel
@testable import SitePages
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The sample site reports Tomas Brekke's line about daylight twice, in different words, and Ilse
/// Marrow's about heating bills twice in the same words: the pages must show each as one
/// statement, on the article pages, the speaker page and the statement's own page.
@Suite struct StatementPagesTests {
    let graph: SiteGraph
    let site: SiteFiles

    init() throws {
        graph = try DataPiecesTests.sampleGraph()
        site = try SiteRenderer(graph: graph, templates: SiteTemplates()).render()
    }

    private var daylight: Statement {
        get throws {
            try #require(graph.statements.first { $0.speakerSlug == "tomas-brekke" && $0.reports.count == 2 && $0.id == "harbour-strike-vote-q-1" })
        }
    }

    @Test func theSampleHasStatementsOfSeveralReportsEarliestFirst() throws {
        let statement = try daylight
        #expect(statement.reports.map(\.articleSlug) == ["harbour-strike-vote", "strike-vote-reaction"])
        #expect(statement.firstReported == "harbour-strike-vote")
        #expect(
            graph.statements.allSatisfy { statement in
                statement.reports.count > 1 && Set(statement.reports.map { $0.speakerSlug(in: graph) }).count == 1
            })
        let paths = Set(site.paths)
        for statement in graph.statements { #expect(paths.contains(SitePath.statement(statement.id))) }
    }

    @Test func anArticleQuoteLinksTheOtherReportsAndTheStatementPage() throws {
        let page = try #require(site.text("articles/strike-vote-reaction/index.html"))
        #expect(page.contains(##"<sup class="also"><a href="#also-q-1">also reported</a></sup>"##))
        let section = try #require(page.range(of: #"<section class="also-reported""#)).lowerBound
        let rest = String(page[section...])
        #expect(rest.contains(#"<li id="also-q-1">"#))
        #expect(rest.contains(##"also reported by <a href="../harbour-strike-vote/index.html#q-1">Harbour Wire</a>"##))
        #expect(rest.contains(#"(<a href="../../statements/harbour-strike-vote-q-1/index.html">word by word</a>)"#))
    }

    @Test func aSitesOwnReportTemplatesDecideEveryReportsLineAndLink() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"<li class="mine">{{label}} | {{source}} | {{title}}{{#date}} | {{text}}{{/date}}</li>"#
            .write(to: folder.appendingPathComponent("report.mustache"), atomically: true, encoding: .utf8)
        try #"<a class="mine" href="{{url}}">{{title}}</a>"#
            .write(to: folder.appendingPathComponent("report-link.mustache"), atomically: true, encoding: .utf8)
        try #"{{#reports}}{{{linkHTML}}}; {{/reports}}<a class="mine" href="{{statementURL}}">every report</a>"#
            .write(to: folder.appendingPathComponent("report-links.mustache"), atomically: true, encoding: .utf8)
        let own = try SiteRenderer(graph: graph, templates: SiteTemplates(overridesIn: folder)).render()
        let builtIn = StatementScaleTests.reportLines
        // Lines are made once and shown on several pages: each page shows the site's own.
        var lines = 0
        for statement in graph.statements {
            let page = try #require(own.text(SitePath.statement(statement.id)))
            #expect(builtIn(page).isEmpty && !page.contains("<cite>"))
            lines += page.components(separatedBy: #"<li class="mine">"#).count - 1
        }
        #expect(lines == graph.statements.reduce(0) { $0 + $1.reports.count })
        let page = try #require(own.text(SitePath.statement(try daylight.id)))
        #expect(page.contains(#"<li class="mine">First report | Harbour Wire | Kessmouth Dockers Vote to Strike Over Night-Shift Rota"#))
        for speaker in Set(graph.statements.map(\.speakerSlug)) {
            let page = try #require(own.text(SitePath.person(speaker)))
            #expect(page.contains(#"<li class="mine">"#) && builtIn(page).isEmpty)
        }
        let reaction = try #require(own.text("articles/strike-vote-reaction/index.html"))
        #expect(
            reaction.contains(
                ##"also reported by <a class="mine" href="../harbour-strike-vote/index.html#q-1">Kessmouth Dockers Vote to Strike Over Night-Shift Rota</a>; <a class="mine" href="../../statements/harbour-strike-vote-q-1/index.html">every report</a></li>"##
            ))
        for article in graph.articles where article.quotes.contains(where: { $0.statement != nil }) {
            let page = try #require(own.text(SitePath.article(article.slug)))
            let section = try #require(page.range(of: #"<section class="also-reported""#)).lowerBound
            let links = page[section...].components(separatedBy: "also reported by ").dropFirst()
            #expect(!links.isEmpty && links.allSatisfy { $0.hasPrefix(#"<a class="mine" "#) && $0.contains("every report</a></li>") })
        }
    }

    @Test func aSitesOwnPagesReadEveryFieldOfAKeptReportLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let line =
            #"{{#reports}}<li class="mine" id="{{id}}">{{label}} | {{source}} | {{title}} | {{url}}{{#date}} | {{text}}{{/date}}"#
            + #"{{#changesWording}} | differs{{/changesWording}} | {{{wordsHTML}}}</li>{{/reports}}"#
        try "{{#groups}}{{#quotes}}\(line){{/quotes}}{{/groups}}"
            .write(to: folder.appendingPathComponent("person.mustache"), atomically: true, encoding: .utf8)
        try line.write(to: folder.appendingPathComponent("statement.mustache"), atomically: true, encoding: .utf8)
        let own = try SiteRenderer(graph: graph, templates: SiteTemplates(overridesIn: folder)).render()
        let statement = try daylight
        // The speaker page and the statement page show the second report from one kept line; both
        // read its link, its words against the first report's and the rest from the graph.
        let second =
            #"<li class="mine" id="report-strike-vote-reaction-q-1">Different wording | Varnholm Courier | "#
        for path in [SitePath.person(statement.speakerSlug), SitePath.statement(statement.id)] {
            let page = try #require(own.text(path))
            let start = try #require(page.range(of: second)).lowerBound
            let shown = page[start...].prefix { $0 != "\n" }.components(separatedBy: "</li>")[0]
            #expect(shown.contains(" | ../../articles/strike-vote-reaction/index.html#q-1 | "))
            #expect(shown.contains(" | differs | "))
            #expect(shown.contains(#"<ins><span class="visually-hidden">to: </span>They are</ins>"#))
        }
        // The first report's words are the quote the speaker page shows, so its line leaves them out.
        let speakerPage = try #require(own.text(SitePath.person(statement.speakerSlug)))
        #expect(speakerPage.contains(#"<li class="mine" id="report-harbour-strike-vote-q-1">First report | Harbour Wire | "#))
        let first = try #require(speakerPage.range(of: #"id="report-harbour-strike-vote-q-1""#)).lowerBound
        #expect(speakerPage[first...].components(separatedBy: "</li>")[0].hasSuffix(" | "))
    }

    @Test func pagesThatLinkArticlesAlikeShareReportLines() throws {
        let base = ReportLines<String>.linkBase
        #expect(base("people/a/index.html") == base(SitePath.statement("b")))
        #expect(base("people/a/index.html") != base("people/a/page/2/index.html"))
        #expect(base(SitePath.article("a")) == base(SitePath.article("b")))
        #expect(base(SitePath.article("a")) != base(SitePath.statement("b")))
        for (from, to) in [("people/a/index.html", SitePath.statement("b")), (SitePath.article("a"), SitePath.article("b"))] {
            #expect(SitePath.link(from: from, to: SitePath.article("c")) == SitePath.link(from: to, to: SitePath.article("c")))
        }
        // The speaker page shows the statement's second report in the statement page's line.
        let statement = try daylight
        let statementPage = try #require(site.text(SitePath.statement(statement.id)))
        let speakerPage = try #require(site.text(SitePath.person(statement.speakerSlug)))
        let second = try #require(reportLine(in: statementPage, at: 1))
        #expect(second.contains("Different wording") && speakerPage.contains(second))
    }

    /// The line of the report at `position` in the first list of reports on `page`.
    private func reportLine(in page: String, at position: Int) -> String? {
        guard let list = page.range(of: #"<ol class="reports""#) else { return nil }
        let lines = page[list.upperBound...].components(separatedBy: "<li").dropFirst()
        return lines.dropFirst(position).first.map { "<li" + ($0.components(separatedBy: "</li>").first ?? "") + "</li>" }
    }

    @Test func theStatementPageShowsEachReportWordByWord() throws {
        let page = try #require(site.text(SitePath.statement(try daylight.id)))
        #expect(page.contains(#"<li><b>First report</b> <cite>Harbour Wire</cite>"#))
        #expect(page.contains(#"<li class="differs"><b>Different wording</b> <cite>Varnholm Courier</cite>"#))
        #expect(page.contains(##"<a href="../../articles/strike-vote-reaction/index.html#q-1">"##))
        #expect(
            page.contains(
                #"<span class="changed"><del><span class="visually-hidden">changed from: </span>They&#39;re</del> <ins><span class="visually-hidden">to: </span>They are</ins></span>"#
            ))
        #expect(page.contains(#"<del><span class="visually-hidden">changed from: </span>children</del>"#))
        #expect(page.contains(#"<p class="diff-legend" role="note">"#))
        #expect(page.contains(#"<a href="../../people/tomas-brekke/index.html">Tomas Brekke</a>"#))
    }

    @Test func aSpeakerPageListsAStatementOnceWithItsReports() throws {
        let page = try #require(site.text(SitePath.person("tomas-brekke")))
        // Every quote of his in the later article reports a statement listed earlier, so it has no group.
        #expect(!page.contains(#"id="in-strike-vote-reaction""#))
        #expect(!page.contains(#"id="strike-vote-reaction-q-1""#))
        #expect(page.contains(#"id="harbour-strike-vote-q-1""#))
        #expect(page.contains("Reported in 2 articles, earliest first"))
        #expect(page.contains(##"<a href="../../articles/strike-vote-reaction/index.html#q-1">"##))
    }

    @Test func aSpeakerFeedHasAStatementOnceAtItsEarliestReport() throws {
        let feed = try #require(site.text(SitePath.personFeed("tomas-brekke")))
        #expect(XMLParser(data: Data(feed.utf8)).parse(), "the feed is not well-formed XML")
        #expect(feed.contains(##"<link href="../../articles/harbour-strike-vote/index.html#q-1"/>"##))
        #expect(!feed.contains(##"<link href="../../articles/strike-vote-reaction/index.html#q-1"/>"##))
        // One entry for each quote the speaker's page lists, which lists each statement once.
        let speaker = try #require(graph.speaker("tomas-brekke"))
        let listed = SiteRenderer.PersonLayout(speaker).groups.reduce(0) { $0 + $1.quotes.count }
        #expect(listed < speaker.quotes.count)
        #expect(feed.components(separatedBy: "<entry>").count - 1 == min(listed, SpeakerFeed.limit))
    }

    @Test func theQuoteDataCarriesTheStatementAndItsFirstReport() throws {
        let data = try #require(site.files[SitePath.quotesJSONLines])
        let quotes: [[String: Any]] = try data.split(separator: UInt8(ascii: "\n")).map {
            try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
        }
        let reports = quotes.filter { $0["statement"] as? String == "harbour-strike-vote-q-1" }
        #expect(reports.compactMap { $0["article"] as? String }.sorted() == ["harbour-strike-vote", "strike-vote-reaction"])
        #expect(reports.allSatisfy { $0["firstReported"] as? String == "harbour-strike-vote" })
        // A quote reported once is a statement of its own.
        #expect(quotes.allSatisfy { ($0["statement"] as? String)?.isEmpty == false })
        let repeated = graph.statements.reduce(0) { $0 + $1.reports.count - 1 }
        let statements = Set(quotes.compactMap { $0["statement"] as? String })
        #expect(statements.count == quotes.count - repeated)
    }

    @Test func hostileWordsAreEscapedInTheDiff() throws {
        let diff = try #require(WordDiff(report: #"we will <script>alert("x")</script> not back down"#, reference: "we will not back down"))
        #expect(diff.html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(!diff.html.contains("<script>"))
    }
}

extension QuotePlace {
    /// The speaker of the quote at this place in `graph`.
    fileprivate func speakerSlug(in graph: SiteGraph) -> String? {
        graph.quote(at: self)?.speakerSlug
    }
}
