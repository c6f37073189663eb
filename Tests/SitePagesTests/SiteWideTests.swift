import Articles
import Attribution
import Content
import Foundation
@testable import SiteModel
@testable import SitePages
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The home page's chart, robots.txt, the sitemap, canonical links, JSON-LD and sites without topics.
@Suite struct SiteWideTests {
    static func render(_ documents: [Document], options: SiteOptions = SiteOptions()) throws -> SiteFiles {
        try SiteRenderer(graph: SiteGraph(documents: documents), templates: SiteTemplates(), options: options).render()
    }

    @Test func homePageChartsTheMostQuotedAsLinkedBars() throws {
        let site = try Self.render([Fixtures.visit, Fixtures.bases, Fixtures.weather])
        let home = try #require(site.text("index.html"))
        let svg = try #require(home.range(of: #"(?s)<svg class="chart".*?</svg>"#, options: .regularExpression).map { String(home[$0]) })
        #expect(svg.contains(#"<title id="most-quoted-chart-title">Quotes per speaker, most quoted first</title>"#))
        #expect(svg.contains(#"<g role="list">"#))
        // Babar Iftikhar has two quotes, the others one each: his bar is the longest and first.
        let names = svg.components(separatedBy: #"<text class="name""#).dropFirst().map { $0.components(separatedBy: "</text>")[0] }
        #expect(names.map { $0.components(separatedBy: ">").last! } == ["Babar Iftikhar", "Imran Khan", "Pentagon"])
        #expect(svg.contains(#"<a href="people/babar-iftikhar/index.html" aria-label="Babar Iftikhar, 2 quotes">"#))
        #expect(svg.contains(#"width="244" height="12""#))
        #expect(svg.contains(#"width="122" height="12""#))
        #expect(svg.contains(">2 quotes</text>"))
    }

    @Test func topicPagesChartTheirMostQuoted() throws {
        let site = try Self.render([Fixtures.visit, Fixtures.bases, Fixtures.weather])
        let topic = try #require(site.text("topics/pakistan/index.html"))
        #expect(topic.contains(#"<a href="../../people/babar-iftikhar/index.html" aria-label="Babar Iftikhar, 2 quotes">"#))
        let weather = try #require(site.text("topics/weather/index.html"))
        #expect(!weather.contains("<svg"))
    }

    @Test func longNamesAreCutToTheChartButLabelledInFull() {
        let name = "The International Federation of Harbour and Dock Workers"
        let svg = MostQuotedChart(bars: [.init(name: name, url: "x", count: 3)], id: "c").svg() ?? ""
        #expect(svg.contains(#"aria-label="\#(name), 3 quotes""#))
        #expect(svg.contains(">The International Federation of Har…</text>"))
    }

    @Test func homePageWithoutQuotesSaysSo() throws {
        let home = try #require(try Self.render([Fixtures.weather]).text("index.html"))
        #expect(!home.contains("<svg"))
        #expect(home.contains("Nobody is quoted yet."))
    }

    @Test func robotsNamesTheSitemapOnlyWhenTheAddressIsKnown() throws {
        let relative = try #require(try Self.render([Fixtures.visit]).text("robots.txt"))
        #expect(relative.hasPrefix("User-agent: *\nAllow: /\n"))
        #expect(!relative.contains("Sitemap:"))
        let absolute = try #require(
            try Self.render([Fixtures.visit], options: SiteOptions(baseURL: "https://example.org/news/")).text("robots.txt"))
        #expect(absolute.contains("\nSitemap: https://example.org/news/sitemap.xml\n"))
        #expect(absolute.contains("only at the root of a host"))
        let atRoot = try #require(
            try Self.render([Fixtures.visit], options: SiteOptions(baseURL: "https://example.org")).text("robots.txt"))
        #expect(atRoot == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n")
    }

    @Test func sitemapSaysWhenItsLocationsAreRelative() throws {
        let site = try Self.render([Fixtures.visit])
        let sitemap = try #require(site.text("sitemap.xml"))
        #expect(sitemap.contains("<!-- Built without a base URL"))
        #expect(XMLParser(data: Data(sitemap.utf8)).parse(), "the sitemap is not well-formed XML")
        #expect(!sitemap.contains("feed.xml") && !sitemap.contains("quotes.jsonl"))
        #expect(!(try #require(site.text("articles/army-backed-visit/index.html"))).contains("rel=\"canonical\""))
        let based = try Self.render([Fixtures.visit], options: SiteOptions(baseURL: "https://example.org/news"))
        let absolute = try #require(based.text("sitemap.xml"))
        #expect(!absolute.contains("<!--"))
        #expect(absolute.contains("<loc>https://example.org/news/people/babar-iftikhar/</loc>"))
        let article = try #require(based.text("articles/army-backed-visit/index.html"))
        #expect(article.contains(#"<link rel="canonical" href="https://example.org/news/articles/army-backed-visit/">"#))
        #expect(article.contains(#"<meta property="og:url" content="https://example.org/news/articles/army-backed-visit/">"#))
        #expect(article.contains(#"<meta property="og:type" content="article">"#))
    }

    @Test func articleQuotesAreRDFaNotRepeatedInTheJSONLD() throws {
        var document = Fixtures.visit
        document.body = document.body.replacingOccurrences(of: "“healthy relationship”", with: #"“healthy "<relationship"”"#)
        document.quotes[1].text = #"healthy "<relationship""#
        let site = try Self.render([document], options: SiteOptions(baseURL: "https://example.org/"))
        let page = try #require(site.text("articles/army-backed-visit/index.html"))
        let json = try #require(
            page.range(of: #"(?<=<script type="application/ld\+json">).*?(?=</script>)"#, options: .regularExpression)
                .map { String(page[$0]) })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@type"] as? String == "NewsArticle")
        // The words are described once, on the quotes themselves.
        #expect(object["hasPart"] == nil)
        #expect(!json.contains("healthy") && !json.contains("Quotation"))
        // The vocabulary is named once, around the headline and body that hold the quotes.
        #expect(page.components(separatedBy: "https://schema.org").count - 1 == 2, "the JSON-LD's context and the article's vocab")
        #expect(page.contains(#"<article class="article" vocab="https://schema.org/""#))
        let quotations = page.components(separatedBy: #" typeof="Quotation""#).count - 1
        #expect(quotations == document.quotes.count)
        #expect(page.contains(#"<span property="text">“healthy &quot;&lt;relationship&quot;”</span>"#))
        #expect(!page.contains("<relationship"))
        // Each quote's link to its speaker's page names its speaker.
        #expect(
            page.contains(
                #"<a href="../../people/babar-iftikhar/index.html" property="spokenByCharacter">"#))
        // Nor are the speakers or the standfirst: the speaker's page describes the speaker, and
        // the standfirst is the page's description.
        #expect(object["mentions"] == nil && object["description"] == nil && !json.contains("Babar Iftikhar"))
        #expect(object["headline"] as? String == document.title)
        #expect(page.components(separatedBy: document.standfirst ?? "-").count - 1 == 2, "the description and the standfirst")
    }

    @Test func aSiteWithoutTopicsPromisesNone() throws {
        var plain = Fixtures.bases
        plain.topics = []
        plain.kicker = nil
        let site = try Self.render([plain])
        #expect(site.text("topics/index.html") == nil)
        #expect(!site.paths.contains { $0.hasPrefix("topics/") })
        for path in site.paths where path.hasSuffix(".html") {
            let page = try #require(site.text(path))
            #expect(!page.contains("topics/index.html"), "\(path) links to a topics index that does not exist")
            #expect(!page.contains(">Topics<"), "\(path) promises topics")
        }
    }
}
