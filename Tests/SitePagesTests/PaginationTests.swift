import Articles
import Attribution
import Content
import Foundation
import TestSupport
import Testing

@testable import SiteModel
@testable import SitePages

/// Long lists (the archive, a topic, a speaker's quotes, the A–Z index) are split over pages
/// that each stay small, list every entry once, and link each other in a way that resolves
/// from disk and under any base path.
@Suite struct PaginationTests {
    /// `count` dated articles, each quoting one of `speakers` (in turn) twice and filed under one topic.
    static func documents(_ count: Int, speakers: [Speaker], topic: String = "Harbour") -> [Document] {
        (0..<count).map { index in
            let speaker = speakers[index % speakers.count]
            return Document(
                slug: "article-\(index)", title: "Article \(index)", date: "2024-\(String(format: "%02d", index % 12 + 1))-\(String(format: "%02d", index % 28 + 1))",
                topics: [topic], speakers: [speaker],
                body: """
                    [“First words of \(index),”][\(speaker.id)] she said. [“Second words of \(index),”][\(speaker.id)] she added.

                    [\(speaker.id)]: ../people/\(speaker.id)/ "\(speaker.name)"
                    """,
                quotes: [
                    DocumentQuote(text: "First words of \(index),", speakerID: speaker.id, index: 0, line: 1, paragraph: 0),
                    DocumentQuote(text: "Second words of \(index),", speakerID: speaker.id, index: 1, line: 1, paragraph: 0),
                ])
        }
    }

    /// Every relative link of every HTML page of `site` that leads to another page of it must
    /// name a file of the site (and, with a fragment, an id on that page).
    static func expectLinksResolve(in site: SiteFiles) throws {
        let pattern = try NSRegularExpression(pattern: ##"href="([^"#:]*)(#[^"]*)?""##)
        for path in site.paths where path.hasSuffix(".html") && path != SitePath.notFound {
            let html = try #require(site.text(path))
            let base = try #require(URL(string: "https://example.org/site/" + path))
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let link = String(html[Range(match.range(at: 1), in: html)!])
                let resolved = try #require(URL(string: link.isEmpty ? path : link, relativeTo: base)?.absoluteURL.path)
                let target = link.isEmpty ? path : String(resolved.dropFirst("/site/".count))
                #expect(site.files[target] != nil, "\(path) links \(link), which is not in the site")
                if match.range(at: 2).location != NSNotFound, let page = site.text(target) {
                    let id = String(html[Range(match.range(at: 2), in: html)!].dropFirst())
                    #expect(page.contains("id=\"\(id)\""), "\(path) links \(link)#\(id), which \(target) does not have")
                }
            }
        }
    }

    @Test func itemsFillPagesWholeAndLongOnesAreSplit() {
        let runs = Pagination.runs(sizes: [3, 0, 4, 9, 1], perPage: 5)
        #expect(runs.map { $0.map(\.item) } == [[0, 1], [2], [3], [3, 4]])
        #expect(runs[2][0].entries == 0..<5)
        #expect(runs[3].map(\.entries) == [5..<9, 0..<1])
        #expect(Pagination.runs(sizes: [], perPage: 5).count == 1)
        #expect(Pagination.pageCount(items: 0, perPage: 200) == 1)
        #expect(Pagination.pageCount(items: 401, perPage: 200) == 3)
        #expect(SitePath.page(1, of: SitePath.articles) == "articles/index.html")
        #expect(SitePath.page(3, of: SitePath.person("a")) == "people/a/page/3/index.html")
    }

    @Test func thePagerLinksNeighboursTheEndsAndNotItself() throws {
        let pager = try #require(Pagination(first: SitePath.articles, count: 20).pager(on: 10))
        #expect(pager.previous == "../9/index.html" && pager.next == "../11/index.html")
        #expect(pager.entries.map(\.label) == ["1", "…", "8", "9", "10", "11", "12", "…", "20"])
        #expect(pager.entries.filter(\.isCurrent).map(\.number) == [10] && pager.entries[4].url == nil)
        #expect(pager.entries[0].url == "../../index.html")
        let first = try #require(Pagination(first: SitePath.articles, count: 2).pager(on: 1))
        #expect(first.previous == nil && first.next == "page/2/index.html")
        #expect(Pagination(first: SitePath.articles, count: 1).pager(on: 1) == nil)
    }

    @Test func theArchiveTopicsAndSpeakersArePagedAndEveryEntryIsListedOnce() throws {
        let speakers = [Fixtures.iftikhar, Fixtures.khan]
        let count = SiteRenderer.teasersPerPage * 2 + 30
        let graph = SiteGraph(documents: Self.documents(count, speakers: speakers))
        let site = try SiteRenderer(graph: graph, templates: SiteTemplates()).render()
        let archive = (1...3).map { SitePath.page($0, of: SitePath.articles) }
        #expect(site.files[SitePath.page(4, of: SitePath.articles)] == nil)
        let topic = (1...3).map { SitePath.page($0, of: SitePath.topic("harbour")) }
        for pages in [archive, topic] {
            let listed = try pages.flatMap { page in
                try #require(site.text(page)).components(separatedBy: #"<li class="teaser">"#).dropFirst().map { teaser in
                    String(teaser[try #require(teaser.range(of: #"(?<=>)Article \d+(?=</a>)"#, options: .regularExpression))])
                }
            }
            #expect(listed.count == count && Set(listed).count == count, "\(pages[0]) lists \(listed.count)")
        }
        #expect(try #require(site.text(archive[0])).contains("\(count) articles with \(count * 2) quotes"))
        #expect(try #require(site.text(archive[1])).contains("Page 2 of 3"))

        // Each speaker said `count` quotes: pages of at most `quotesPerPage`, each quote once.
        let perSpeaker = count  // two quotes an article, every other article
        let pages = Pagination.pageCount(items: perSpeaker, perPage: SiteRenderer.quotesPerPage)
        #expect(pages > 1)
        var quoted: [String] = []
        for number in 1...pages {
            let page = try #require(site.text(SitePath.page(number, of: SitePath.person("imran-khan"))))
            let quotes = page.components(separatedBy: "<blockquote id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(quotes.count <= SiteRenderer.quotesPerPage)
            #expect(page.contains("application/ld+json") == (number == 1))
            quoted += quotes
        }
        #expect(quoted.count == perSpeaker && Set(quoted).count == perSpeaker)
        #expect(site.files[SitePath.page(pages + 1, of: SitePath.person("imran-khan"))] == nil)
        try Self.expectLinksResolve(in: site)
    }

    @Test func thePeopleIndexIsSplitByLetterAndEveryLetterIsLinked() throws {
        // More speakers than a page holds, most under one letter, so that letter spans pages.
        let speakers = (0..<(SiteRenderer.speakersPerPage + 120)).map { index in
            let initial = index < SiteRenderer.speakersPerPage ? "M" : ["A", "B", "Z"][index % 3]
            // First name and surname start alike, so either order of sorting gives these letters.
            let tail = String(String(index, radix: 26).unicodeScalars.map { Character(UnicodeScalar(($0.value < 58 ? $0.value + 49 : $0.value + 10))!) })
            return Speaker(id: "s-\(index)", name: "\(initial)\(tail) \(initial)\(tail)son", kind: .person)
        } + [Fixtures.pentagon]
        let graph = SiteGraph(documents: Self.documents(speakers.count, speakers: speakers))
        let site = try SiteRenderer(graph: graph, templates: SiteTemplates()).render()
        let pages = (1...).prefix { site.files[SitePath.page($0, of: SitePath.people)] != nil }.map { SitePath.page($0, of: SitePath.people) }
        #expect(pages.count == 3)
        var listed: [String] = []
        for path in pages {
            let page = try #require(site.text(path))
            let items = page.components(separatedBy: #"<li><a href=""#).dropFirst().filter { $0.contains("<span class=\"count\">") }
            #expect(items.count <= SiteRenderer.speakersPerPage)
            listed += items.map { String($0.prefix { $0 != "\"" }) }
            for letter in ["A", "B", "M", "Z"] { #expect(page.contains(">\(letter)</a>"), "\(path) does not link \(letter)") }
            #expect(page.contains("Organisations"))
        }
        #expect(listed.count == speakers.count && Set(listed).count == speakers.count)
        try Self.expectLinksResolve(in: site)
    }
}
