import Foundation
@testable import SiteModel
@testable import SitePages
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct FeedTests {
    /// Parses `xml` and returns the names of its elements, or the parser's error.
    private func elements(of xml: String) -> (names: [String], error: Error?) {
        final class Collector: NSObject, XMLParserDelegate {
            var names: [String] = []
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) { names.append(name) }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        let ok = parser.parse()
        return (collector.names, ok ? nil : parser.parserError ?? CocoaError(.coderReadCorrupt))
    }

    private func hostileGraph() -> SiteGraph {
        var document = Fixtures.visit
        document.title = "Tom & Jerry <script> \u{1} \"quoted\" ]]>"
        document.topics = ["<b>", "a&b"]
        document.standfirst = "</summary><x>"
        return SiteGraph(documents: [document, Fixtures.weather])
    }

    @Test func atomFeedIsWellFormedWithHostileText() {
        let xml = AtomFeed(graph: hostileGraph(), options: SiteOptions()).xml()
        let parsed = elements(of: xml)
        #expect(parsed.error == nil)
        #expect(parsed.names.filter { $0 == "entry" }.count == 2)
        #expect(xml.contains("<updated>2022-04-14T00:00:00Z</updated>"))
        #expect(xml.contains(#"href="articles/army-backed-visit/index.html""#))
    }

    @Test func xmlEscapingDropsWhatXMLForbidsAndEscapesTheRest() {
        #expect(XML.escape("a\u{FFFE}b\u{FFFF}c\u{1}d\te\u{FFFD}\u{EFBF}") == "abcd\te\u{FFFD}\u{EFBF}")
        #expect(XML.escape("\"\u{301}<ü> & 'x'") == "&quot;\u{301}&lt;ü&gt; &amp; &#39;x&#39;")
        #expect(XML.escape("plain text, nothing to do") == "plain text, nothing to do")
    }

    @Test func atomFeedUsesTheBaseURLWhenGiven() {
        let xml = AtomFeed(graph: hostileGraph(), options: SiteOptions(baseURL: "https://example.org/news")).xml()
        #expect(elements(of: xml).error == nil)
        #expect(xml.contains("<id>https://example.org/news/articles/army-backed-visit/</id>"))
    }

    @Test func sitemapIsWellFormedAndAbsoluteWithABaseURL() throws {
        let site = try SiteRenderer(
            graph: hostileGraph(), templates: SiteTemplates(), options: SiteOptions(baseURL: "https://example.org/")
        ).render()
        let xml = try #require(site.text("sitemap.xml"))
        let parsed = elements(of: xml)
        #expect(parsed.error == nil)
        #expect(parsed.names.filter { $0 == "loc" }.count == site.paths.filter { $0.hasSuffix(".html") }.count - 1)
        #expect(xml.contains("<loc>https://example.org/articles/army-backed-visit/</loc>"))
        #expect(xml.contains("<loc>https://example.org/</loc>"))
        #expect(!xml.contains("404.html"))
    }

    @Test func quotesJSONLinesListEveryQuoteWithItsAnchor() throws {
        let data = QuotesData(graph: SiteGraph(documents: [Fixtures.visit])).jsonLines()
        let quotes = try data.split(separator: UInt8(ascii: "\n")).map {
            try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
        }
        #expect(quotes.count == 2)
        #expect(quotes.first?["url"] as? String == "articles/army-backed-visit/index.html#q-1")
        #expect(quotes.first?["speakerName"] as? String == "Babar Iftikhar")
    }
}
