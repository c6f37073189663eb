import Articles
import Attribution
import Content
import Foundation
@testable import SiteModel
@testable import SitePages
import TestSupport
import Testing

@Suite struct SiteRendererTests {
    let site: SiteFiles

    init() throws {
        let graph = SiteGraph(documents: [Fixtures.weather, Fixtures.bases, Fixtures.visit])
        site = try SiteRenderer(graph: graph, templates: SiteTemplates()).render()
    }

    @Test func everyPageIsWritten() {
        let expected: Set<String> = [
            "index.html", "404.html", "assets/style.css", "feed.xml", "sitemap.xml", "data/quotes.jsonl", "data/quotes.csv",
            "data/people.jsonl", "data/articles.jsonl", "data/articles.csv",
            "search/index.html", "assets/search.js", "articles/index.html",
            "articles/army-backed-visit/index.html", "articles/no-bases/index.html", "articles/storm/index.html",
            "people/index.html", "people/babar-iftikhar/index.html", "people/imran-khan/index.html",
            "people/pentagon/index.html", "topics/index.html", "topics/pakistan/index.html",
            "topics/russia/index.html", "topics/weather/index.html", "robots.txt",
            "people/babar-iftikhar/feed.xml", "people/imran-khan/feed.xml", "people/pentagon/feed.xml",
        ]
        #expect(Set(site.paths.filter { !$0.hasPrefix(SearchIndex.folder) || $0 == SitePath.searchIndex }) == expected.union([SitePath.searchIndex]))
        #expect(site.paths.contains { $0.hasPrefix(SearchIndex.folder + "t-") } && site.paths.contains(SearchIndex.folder + "a-0.js"))
    }

    @Test func quotesAreMarkedUpAndLinkTheirSpeaker() throws {
        let page = try #require(site.text("articles/army-backed-visit/index.html"))
        #expect(page.contains(#"<q id="q-1" typeof="Quotation"><a href="../../people/babar-iftikhar/index.html" property="spokenByCharacter"><span property="text">“We told the government that the PM should go ahead with the visit,”</span><span role="tooltip">Babar Iftikhar, Pakistani Army spokesperson</span></a></q>"#))
        #expect(page.contains(#"<q id="q-2" typeof="Quotation"><a href="../../people/pentagon/index.html" property="spokenByCharacter"><span property="text">“healthy relationship”</span><span role="tooltip">Pentagon"#))
        // The quote's tooltip names the speaker, so links to them in the text need no title.
        #expect(page.contains(#"<a class="speaker" href="../../people/babar-iftikhar/index.html">Iftikhar</a>"#))
        #expect(!page.contains("aria-describedby"))
    }

    @Test func aSpeakerLinkNamesTheSpeakerWhenNoQuoteOnThePageDoes() throws {
        var document = Fixtures.visit
        document.body = document.body.replacingOccurrences(
            of: "[“We told the government that the PM should go ahead with the visit,”][babar-iftikhar] ", with: "")
        document.quotes = [DocumentQuote(text: "healthy relationship", speakerID: "pentagon", index: 0, line: 5, paragraph: 4)]
        let site = try SiteRenderer(graph: SiteGraph(documents: [document, Fixtures.bases]), templates: SiteTemplates()).render()
        let page = try #require(site.text("articles/army-backed-visit/index.html"))
        #expect(page.contains(#"<a class="speaker" href="../../people/babar-iftikhar/index.html" title="Babar Iftikhar, Pakistani Army spokesperson">Iftikhar</a>"#))
        #expect(page.contains(#"<a class="speaker" href="../../people/pentagon/index.html">Pentagon</a>"#))
    }

    @Test func speakerPageLinksEachQuoteBackToItsAnchor() throws {
        let page = try #require(site.text("people/babar-iftikhar/index.html"))
        #expect(page.contains(#"href="../../articles/army-backed-visit/index.html#q-1""#))
        #expect(page.contains(#"href="../../articles/no-bases/index.html#q-1""#))
        #expect(page.contains(#"<li><a href="../../topics/pakistan/index.html">Pakistan</a></li>"#))
        let newer = try #require(page.range(of: "They never asked for bases"))
        let older = try #require(page.range(of: "We told the government"))
        #expect(newer.lowerBound < older.lowerBound)
    }

    @Test func linksAreRelativeToEachPage() throws {
        let home = try #require(site.text("index.html"))
        #expect(home.contains(#"href="assets/style.css""#))
        #expect(home.contains(#"href="articles/no-bases/index.html""#))
        let topic = try #require(site.text("topics/pakistan/index.html"))
        #expect(topic.contains(#"href="../../assets/style.css""#))
        for path in site.paths where path.hasSuffix(".html") {
            #expect(!(site.text(path) ?? "").contains(#"href="/"#), "root-absolute link in \(path)")
        }
    }

    @Test func hostileTitlesAndNamesAreEscaped() throws {
        let hostile = Speaker(id: "x", name: #"<img src=x onerror="alert(1)">"#, kind: .person, role: "'&'")
        let document = Document(
            slug: "hostile", title: "<script>alert('t')</script>", kicker: "\"><b>", source: "A & B",
            standfirst: "</p><iframe>", topics: ["<i>topic</i>"], speakers: [hostile],
            body: "[“<b>bold</b> words”][x] <script>alert(2)</script>\n\n[x]: ../people/x/\n",
            quotes: [DocumentQuote(text: "<b>bold</b> words", speakerID: "x", index: 0, line: 1, paragraph: 0)])
        let rendered = try SiteRenderer(graph: SiteGraph(documents: [document]), templates: SiteTemplates()).render()
        for path in rendered.paths where path.hasSuffix(".html") {
            let html = rendered.text(path) ?? ""
            #expect(!html.contains("<script>alert"), "unescaped script in \(path)")
            #expect(!html.contains("<img src=x"), "unescaped name in \(path)")
            #expect(!html.contains("<iframe>"), "unescaped standfirst in \(path)")
            #expect(!html.contains("<i>topic"), "unescaped topic in \(path)")
        }
        let article = try #require(rendered.text("articles/hostile/index.html"))
        #expect(article.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"))
        #expect(article.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;, &#39;&amp;&#39;"))
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let again = try SiteRenderer(
            graph: SiteGraph(documents: [Fixtures.visit, Fixtures.weather, Fixtures.bases]), templates: SiteTemplates()
        ).render()
        #expect(again == site)
    }

    @Test func siteTemplatesOverrideBuiltInOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{<layout}}{{$main}}<p class=\"mine\">{{name}}</p>{{/main}}{{/layout}}"
            .write(to: folder.appendingPathComponent("topic.mustache"), atomically: true, encoding: .utf8)
        let rendered = try SiteRenderer(graph: SiteGraph(documents: [Fixtures.weather]), templates: SiteTemplates(overridesIn: folder)).render()
        #expect(rendered.text("topics/weather/index.html")?.contains(#"<p class="mine">Weather</p>"#) == true)
        #expect(rendered.text("index.html")?.contains("Latest articles") == true)
    }

    @Test func siteTemplatesKeepTheEnginesTextTransformsAndSections() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = "{{<layout}}{{$main}}<p class=\"mine\">{{uppercased(name)}}{{#name}} ({{name}}){{/name}}{{^name}}none{{/name}}</p>{{/main}}{{/layout}}"
        try template.write(to: folder.appendingPathComponent("topic.mustache"), atomically: true, encoding: .utf8)
        let rendered = try SiteRenderer(graph: SiteGraph(documents: [Fixtures.weather]), templates: SiteTemplates(overridesIn: folder)).render()
        #expect(rendered.text("topics/weather/index.html")?.contains(#"<p class="mine">WEATHER (Weather)</p>"#) == true)
    }

    @Test func brokenTemplateNamesFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("topic.mustache")
        try "<p>\n{{#name}}\n</p>\n".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            _ = try SiteTemplates(overridesIn: folder)
        } throws: { error in
            guard case .templateInvalid(let path, let line, _, _) = error as? SiteError else { return false }
            return path == file.path && line >= 2
        }
    }
}

@Suite struct SitePathTests {
    @Test func linksAreTheShortestRelativePath() {
        #expect(SitePath.link(from: "index.html", to: "articles/a/index.html") == "articles/a/index.html")
        #expect(SitePath.link(from: "topics/index.html", to: "topics/russia/index.html") == "russia/index.html")
        #expect(SitePath.link(from: "people/a/index.html", to: "people/b/index.html") == "../b/index.html")
        #expect(SitePath.link(from: "people/a/index.html", to: "articles/x/index.html") == "../../articles/x/index.html")
        #expect(SitePath.link(from: "articles/x/index.html", to: "articles/x/index.html") == "index.html")
        #expect(SitePath.link(from: "search/index.html", to: "index.html") == "../index.html")
        #expect(SitePath.link(from: "people/index.html", to: "people/index.html") == "index.html")
    }

    @Test func everyLinkLeadsToItsTarget() throws {
        let paths = [
            SitePath.home, SitePath.articles, SitePath.people, SitePath.topics, SitePath.notFound, SitePath.feed,
            SitePath.searchIndex, SitePath.article("a"), SitePath.article("ab"), SitePath.person("a"),
            SitePath.personFeed("a"), SitePath.quotesJSONLines, SitePath.topic("a"), "people/a/b/index.html",
            SitePath.page(2, of: SitePath.articles), SitePath.page(12, of: SitePath.person("a")), SitePath.page(3, of: SitePath.people),
        ]
        for page in paths {
            for target in paths {
                let link = SitePath.link(from: page, to: target)
                let base = try #require(URL(string: "https://example.org/site/" + page))
                let resolved = URL(string: link, relativeTo: base)?.absoluteString
                #expect(resolved == "https://example.org/site/" + target, "\(page) → \(target) gave \(link)")
                #expect(!link.hasPrefix("/"))
            }
        }
    }
}

@Suite struct ArticleBodyTests {
    /// Annotated Markdown with a quote in the headline, one over two paragraphs, and one attributed to nobody.
    static let markdown = """
        ---
        title: 'Mayor Says [“Not Yet”][a]'
        speakers:
          a: {name: "Ann Mayor", kind: person, role: "Mayor of Kessmouth"}
        ---

        [“The first part,][a continues]

        [“and the second part.”][a] said [Mayor][a].

        It was a [“historic”][no speaker] day.

        [a]: ../people/a/ "Ann Mayor"
        [a continues]: ../people/a/#continues "Ann Mayor"
        [no speaker]: # "No speaker"

        """

    @Test func aHeadlineQuoteWhoseWordsAreNotFoundStillHasItsAnchor() throws {
        var document = try AnnotatedMarkdown.read(Self.markdown, slug: "mayor", path: "content/mayor.md")
        document.title = "Mayor Says Something Else"
        let site = try SiteRenderer(graph: SiteGraph(documents: [document]), templates: SiteTemplates()).render()
        let page = try #require(site.text("articles/mayor/index.html"))
        #expect(page.contains(#"<span id="q-1" class="quote-anchor" typeof="Quotation"><meta property="text" content="Not Yet"><link property="spokenByCharacter" href="../../people/a/index.html"></span>"#))
        #expect(page.components(separatedBy: #"id="q-1""#).count == 2)
    }

    @Test func everyQuoteHasOneAnchorAndLinksItsSpeaker() throws {
        let document = try AnnotatedMarkdown.read(Self.markdown, slug: "mayor", path: "content/mayor.md")
        #expect(document.quotes.map(\.text) == ["Not Yet", "The first part,\nand the second part.", "historic"])
        let site = try SiteRenderer(graph: SiteGraph(documents: [document]), templates: SiteTemplates()).render()
        let page = try #require(site.text("articles/mayor/index.html"))
        #expect(page.contains(#"<h1 id="title">Mayor Says <q id="q-1" typeof="Quotation"><a href="../../people/a/index.html" property="spokenByCharacter"><span property="text">“Not Yet”</span><span role="tooltip">Ann Mayor, Mayor of Kessmouth</span></a></q></h1>"#))
        #expect(page.contains(#"<q id="q-2" typeof="Quotation"><a href="../../people/a/index.html" property="spokenByCharacter"><meta property="text" content="The first part,\#nand the second part.">“The first part,<span"#))
        #expect(page.contains(#"<q class="continued"><a href="../../people/a/index.html">“and the second part.”</a></q>"#))
        #expect(page.contains(#"<q id="q-3" data-unattributed="" typeof="Quotation"><span property="text">“historic”</span></q>"#))
        #expect(page.contains(#"<a class="speaker" href="../../people/a/index.html">Mayor</a>"#))
        let person = try #require(site.text("people/a/index.html"))
        for anchor in ["q-1", "q-2"] { #expect(person.contains("../../articles/mayor/index.html#\(anchor)\"")) }
        #expect(!person.contains("#q-3"))
    }
}

@Suite struct TemplateViewTests {
    /// Every view type of a page, so a type left without its field lookup fails here.
    static let viewTypes: Set<String> = [
        "LayoutView", "NavLinks", "DateView", "LinkView", "TeaserView", "SpeakerItemView", "HomePage",
        "ArticlePage", "PeoplePage", "PeopleGroupView", "LetterView", "PersonPage", "QuoteGroupView",
        "PersonQuoteView", "TopicsPage", "TopicItemView", "TopicPage", "ArchivePage", "ArchiveGroupView",
        "SearchPage", "NotFoundPage", "PagerView", "Entry",
    ]

    @Test func everyStoredFieldIsAnsweredByItsName() throws {
        let graph = SiteGraph(documents: [Fixtures.visit, Fixtures.bases, Fixtures.weather])
        let renderer = SiteRenderer(graph: graph, templates: try SiteTemplates(), options: SiteOptions(baseURL: "https://example.org/"))
        let pages: [Any] =
            [renderer.homePage(), renderer.archivePage(), renderer.peoplePage(), renderer.topicsPage(), renderer.searchPage(), renderer.notFoundPage()]
            + graph.articles.map(renderer.articlePage) + graph.speakers.map { renderer.personPage($0) }
            + graph.topics.map { renderer.topicPage($0) } + [Pagination(first: SitePath.articles, count: 9).pager(on: 5) as Any]
        var visited: Set<String> = []
        func check(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .struct:
                visited.insert(String(describing: type(of: value)))
                let view = value as? any TemplateView
                #expect(view != nil, "\(type(of: value)) is not a TemplateView")
                for child in mirror.children {
                    guard let label = child.label else { continue }
                    #expect(view?.child(named: label) != nil, "\(type(of: value)).\(label) is not answered")
                    check(child.value)
                }
            case .collection, .optional:
                mirror.children.forEach { check($0.value) }
            default:
                break
            }
        }
        pages.forEach(check)
        #expect(visited == Self.viewTypes)
    }

    @Test func anUnknownNameIsNotAnswered() {
        #expect(DateView(text: "1 May", iso: nil).child(named: "missing") == nil)
        #expect(DateView(text: "1 May", iso: nil).child(named: "iso") is Absent)
    }

    @Test func aMissingFieldDoesNotShowTheEnclosingPagesValue() throws {
        // The related article has no kicker; the page around it has one.
        var related = Fixtures.bases
        related.kicker = nil
        let site = try SiteRenderer(graph: SiteGraph(documents: [Fixtures.visit, related]), templates: SiteTemplates()).render()
        let page = try #require(site.text("articles/army-backed-visit/index.html"))
        let relatedSection = try #require(page.range(of: #"<section class="related""#))
        #expect(!page[relatedSection.lowerBound...].contains(#"<p class="kicker">Russia</p>"#))
        #expect(page.contains(#"<p class="kicker">Russia</p>"#))
    }
}

@Suite struct ParallelRenderTests {
    @Test func parallelRenderingGivesTheSameFiles() async throws {
        let graph = SiteGraph(documents: [Fixtures.weather, Fixtures.bases, Fixtures.visit])
        let renderer = SiteRenderer(graph: graph, templates: try SiteTemplates())
        let sequential = try renderer.render()
        for tasks in [1, 2, 5, 64] {
            #expect(try await renderer.renderInParallel(tasks: tasks) == sequential)
        }
    }
}
