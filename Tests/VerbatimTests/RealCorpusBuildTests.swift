import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `verbatim build` over the 84 real articles of ../shared/eval/quotes/polnear-dev: plain text
/// with a title and paragraphs only, as people paste it.
@Suite(.serialized) struct RealCorpusBuildTests {
    /// The articles, when ../shared is next to the package.
    static let corpus = BuildCommandTests.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/eval/quotes/polnear-dev")
    static let isPresent = FileManager.default.fileExists(atPath: corpus.path)
    static let canRun = isPresent && BuildCommandTests.verbatim != nil

    /// Links and fragments on the site's HTML pages that lead nowhere, as "page → href".
    static func brokenLinks(in site: [String: Data]) -> [String] {
        var ids: [String: Set<String>] = [:]
        for (path, data) in site where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            ids[path] = Set(BuildCommandTests.matches(#"\sid="([^"]+)""#, in: html).map { $0[1] })
        }
        var broken: [String] = []
        for (page, data) in site where page.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in BuildCommandTests.matches(#"\s(?:href|src)="([^"]*)""#, in: html) {
                let href = match[1].replacingOccurrences(of: "&amp;", with: "&")
                if href.hasPrefix("https://") || href.hasPrefix("http://") || href.hasPrefix("mailto:") { continue }
                let target = BuildCommandTests.resolve(href, from: page)
                if site[target.path] == nil {
                    broken.append("\(page) → \(href)")
                } else if let fragment = target.fragment, !fragment.isEmpty, target.path.hasSuffix(".html"),
                    ids[target.path]?.contains(fragment) != true
                {
                    broken.append("\(page) → \(href) (no such anchor)")
                }
            }
        }
        return broken.sorted()
    }

    /// Whether `data` parses as XML.
    static func isWellFormed(_ data: Data) -> Bool {
        XMLParser(data: data).parse()
    }

    @Test(.enabled(if: canRun, "needs ../shared/eval/quotes/polnear-dev and the verbatim program built"))
    func realArticlesBuildWithoutBrokenLinksTwiceTheSame() throws {
        let project = try BuildCommandTests.Project(articles: Self.corpus)
        let result = try project.build()
        #expect(result.status == 0, "\(result.stderr)")
        let site = BuildCommandTests.files(in: project.output)
        let articles = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".txt") }
        #expect(articles.count == 84)
        #expect(site.keys.filter { $0.hasPrefix("articles/") && $0.hasSuffix("/index.html") }.count == 85)

        let broken = Self.brokenLinks(in: site)
        #expect(broken.isEmpty, "\(broken.count) broken links, first: \(broken.prefix(5))")

        let xmlFiles = site.keys.filter { $0.hasSuffix(".xml") }
        #expect(xmlFiles.contains("feed.xml") && xmlFiles.contains("sitemap.xml"))
        #expect(xmlFiles.count > 50, "speaker feeds are missing")
        for path in xmlFiles { #expect(Self.isWellFormed(site[path]!), "\(path) is not well-formed XML") }

        // Plain-text articles have no kicker and no topics: no topics index, and no page promises one.
        #expect(!site.keys.contains { $0.hasPrefix("topics/") })
        let home = String(decoding: site["index.html"]!, as: UTF8.self)
        #expect(!home.contains(">Topics<"))
        // The file names date the articles, so the newest comes first and speakers get timelines.
        let feed = String(decoding: site["feed.xml"]!, as: UTF8.self)
        #expect(!feed.contains("1970-01-01"))
        #expect(site.keys.contains { $0.hasPrefix("people/") }
            && site.contains { $0.key.hasPrefix("people/") && String(decoding: $0.value, as: UTF8.self).contains(#"<svg class="timeline-chart""#) })

        let second = project.root.appendingPathComponent("second")
        _ = try project.build(output: second)
        let again = BuildCommandTests.files(in: second)
        #expect(site.keys.sorted() == again.keys.sorted())
        let differing = site.keys.filter { again[$0] != site[$0] }.sorted()
        #expect(differing.isEmpty, "differ between builds: \(differing.prefix(5))")
    }
}
