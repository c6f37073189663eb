import Foundation
import Testing

/// `verbatim build` run as a program on the project's sample articles, then the site checked
/// the way a reader's browser would use it.
@Suite(.serialized) struct BuildCommandTests {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The sample articles.
    static let samples = packageRoot.appendingPathComponent("articles")

    /// The built `verbatim` program, next to the test bundle in the build products folder.
    static let verbatim: URL? = VerbatimProgram.url

    /// A project folder whose `articles` is a symlink to the samples, so the build's `content/`
    /// goes to a temporary folder and never into the repository.
    final class Project {
        let root: URL
        var output: URL { root.appendingPathComponent("site") }

        init(articles: URL = BuildCommandTests.samples) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("build-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("articles"), withDestinationURL: articles)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Runs `verbatim build` with `arguments` after the root and output options.
        func build(_ arguments: [String] = [], output: URL? = nil) throws -> (status: Int32, stderr: String) {
            let result = try VerbatimProgram.run(
                ["build", "--root", root.path, "--output", (output ?? self.output).path] + arguments)
            return (result.status, result.standardError)
        }
    }

    // MARK: - Reading the built site

    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        for path in paths {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    /// A marked-up quote: its anchor (1), speaker link (2) and words (3), without the tooltip.
    static let quotePattern =
        #"<q id="(q-\d+)"[^>]*><a href="([^"]+)"[^>]*>(.*?)<span role="tooltip">"#

    /// Text with tags removed and the entities the renderers write decoded.
    static func plain(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// The text a reader sees in `html`: a quote shown as another report of the same statement
    /// reads with its own words (the words it changed are marked up, and the first report's struck
    /// out), with spaces run together.
    static func reading(_ html: String) -> String {
        let shown = html.replacingOccurrences(
            of: #"<del>.*?</del>|<span class="visually-hidden">[^<]*</span>"#, with: "", options: .regularExpression)
        return plain(shown).replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    /// The quote's words without the marks at either end.
    static func words(_ quote: String) -> String {
        let marks = CharacterSet(charactersIn: "\"“”„«»'‘’‚‹› ")
        return quote.trimmingCharacters(in: marks)
    }

    /// Resolves a relative `href` found on `page` to a site path and fragment.
    static func resolve(_ href: String, from page: String) -> (path: String, fragment: String?) {
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        var components = page.split(separator: "/").dropLast().map(String.init)
        if parts[0].isEmpty { return (page, parts.count > 1 ? parts[1] : nil) }
        for component in parts[0].split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "..": _ = components.popLast()
            case ".", "": continue
            default: components.append(String(component))
            }
        }
        var path = components.joined(separator: "/")
        if parts[0].hasSuffix("/") { path += (path.isEmpty ? "" : "/") + "index.html" }
        return (path, parts.count > 1 ? parts[1] : nil)
    }

    // MARK: - Tests

    @Test(.enabled(if: verbatim != nil, "needs the verbatim program built")) func sampleSiteHasEveryPageAndNoBrokenLink() throws {
        let project = try Project()
        let result = try project.build()
        #expect(result.status == 0, "\(result.stderr)")
        let site = Self.files(in: project.output)
        let articleNames = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        #expect(!articleNames.isEmpty)
        for name in articleNames {
            let slug = (name as NSString).deletingPathExtension
            #expect(site["articles/\(slug)/index.html"] != nil, "no page for \(name)")
        }
        for page in ["index.html", "404.html", "people/index.html", "topics/index.html", "search/index.html",
                     "assets/style.css", "feed.xml", "sitemap.xml", "data/quotes.jsonl"] {
            #expect(site[page] != nil, "missing \(page)")
        }
        #expect(site.keys.contains { $0.hasPrefix("people/") && $0 != "people/index.html" })
        #expect(site.keys.contains { $0.hasPrefix("topics/") && $0 != "topics/index.html" })

        var ids: [String: Set<String>] = [:]
        for (path, data) in site where path.hasSuffix(".html") {
            ids[path] = Set(Self.matches(#"\sid="([^"]+)""#, in: String(decoding: data, as: UTF8.self)).map { $0[1] })
        }
        for (page, data) in site where page.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in Self.matches(#"\s(?:href|src)="([^"]*)""#, in: html) {
                let href = match[1].replacingOccurrences(of: "&amp;", with: "&")
                if href.hasPrefix("https://") || href.hasPrefix("http://") || href.hasPrefix("mailto:") { continue }
                #expect(!href.hasPrefix("/"), "root-absolute link \(href) in \(page)")
                #expect(!href.contains("://"), "absolute link \(href) in \(page)")
                let target = Self.resolve(href, from: page)
                #expect(site[target.path] != nil, "\(page) links to \(href), which is not in the site")
                if let fragment = target.fragment, !fragment.isEmpty, target.path.hasSuffix(".html") {
                    #expect(ids[target.path]?.contains(fragment) == true, "\(page) links to #\(fragment), which \(target.path) lacks")
                }
            }
        }
    }

    @Test(.enabled(if: verbatim != nil, "needs the verbatim program built")) func everyQuoteIsOnItsSpeakersPageWithALinkBack() throws {
        let project = try Project()
        _ = try project.build()
        let site = Self.files(in: project.output)
        var quoteCount = 0
        for (page, data) in site where page.hasPrefix("articles/") {
            let html = String(decoding: data, as: UTF8.self)
            for match in Self.matches(Self.quotePattern, in: html) {
                quoteCount += 1
                let speakerPage = Self.resolve(match[2], from: page).path
                let speakerHTML = String(decoding: try #require(site[speakerPage], "no \(speakerPage)"), as: UTF8.self)
                let backLink = Self.matches(#"articles/([^/"]+)/"#, in: page)[0][0]
                #expect(speakerHTML.contains("../../\(backLink)index.html#\(match[1])\""), "\(speakerPage) lacks a link back to \(page)#\(match[1])")
                #expect(
                    Self.reading(speakerHTML).contains(Self.reading(Self.words(Self.plain(match[3])))),
                    "\(speakerPage) lacks the quote \(match[3])")
            }
        }
        #expect(quoteCount > 20)
    }

    @Test(.enabled(if: verbatim != nil, "needs the verbatim program built")) func referenceQuoteLinksBabarIftikhar() throws {
        let project = try Project()
        _ = try project.build()
        let site = Self.files(in: project.output)
        let quote = "We told the government that the PM should go ahead with the visit,"
        let article = String(decoding: try #require(site["articles/sputnik-pakistan-army/index.html"]), as: UTF8.self)
        let marked = Self.matches(Self.quotePattern, in: article)
            .first { Self.plain($0[3]).contains(quote) }
        let link = try #require(marked, "the quote is not marked up as a quote")
        #expect(link[2] == "../../people/babar-iftikhar/index.html")
        let person = String(decoding: try #require(site["people/babar-iftikhar/index.html"]), as: UTF8.self)
        #expect(Self.plain(person).contains(quote))
        #expect(person.contains("../../articles/sputnik-pakistan-army/index.html#\(link[1])\""))
    }

    @Test(.enabled(if: verbatim != nil, "needs the verbatim program built")) func twoBuildsAreByteIdentical() throws {
        let project = try Project()
        _ = try project.build()
        let second = project.root.appendingPathComponent("second")
        _ = try project.build(output: second)
        let first = Self.files(in: project.output)
        let again = Self.files(in: second)
        #expect(first.keys.sorted() == again.keys.sorted())
        for (path, data) in first { #expect(again[path] == data, "\(path) differs between builds") }
    }

    @Test(.enabled(if: verbatim != nil, "needs the verbatim program built")) func noStatementsLeavesOutTheStatementPages() throws {
        let project = try Project()
        let with = try project.build()
        #expect(with.status == 0, "\(with.stderr)")
        #expect(Self.files(in: project.output).keys.contains { $0.hasPrefix("statements/") })
        let without = try project.build(["--no-statements"])
        #expect(without.status == 0, "\(without.stderr)")
        let site = Self.files(in: project.output)
        #expect(!site.keys.contains { $0.hasPrefix("statements/") })
        #expect(!site.values.contains { String(decoding: $0, as: UTF8.self).contains(#"class="also-reported""#) })
    }

    @Test(.enabled(if: verbatim != nil, "needs the verbatim program built")) func failedBuildLeavesThePreviousSiteUntouched() throws {
        let project = try Project()
        #expect(try project.build().status == 0)
        let before = Self.files(in: project.output)
        let templates = project.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("<h1>{{#title}}</h1>\n".utf8).write(to: templates.appendingPathComponent("article.mustache"))
        let failed = try project.build()
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("article.mustache"))
        #expect(Self.files(in: project.output) == before)
    }

    @Test(.enabled(if: verbatim != nil, "needs the verbatim program built")) func badArticleIsSkippedAndReported() throws {
        let articles = FileManager.default.temporaryDirectory.appendingPathComponent("articles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: articles) }
        let reference = Self.samples.appendingPathComponent("sputnik-pakistan-army.txt")
        try FileManager.default.copyItem(at: reference, to: articles.appendingPathComponent("good.txt"))
        try Data([0x54, 0x69, 0x74, 0x6C, 0x65, 0x00, 0xFF, 0x00]).write(to: articles.appendingPathComponent("broken.txt"))
        let project = try Project(articles: articles)
        let result = try project.build()
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.txt"))
        #expect(result.stderr.contains("1 article was left out"))
        #expect(FileManager.default.fileExists(atPath: project.output.appendingPathComponent("articles/good/index.html").path))
    }

    @Test(.enabled(if: verbatim != nil, "needs the verbatim program built")) func baseURLMakesSitemapAndFeedAbsolute() throws {
        let project = try Project()
        #expect(try project.build(["--base-url", "https://example.org/news"]).status == 0)
        let site = Self.files(in: project.output)
        let sitemap = String(decoding: try #require(site["sitemap.xml"]), as: UTF8.self)
        #expect(sitemap.contains("<loc>https://example.org/news/articles/sputnik-pakistan-army/</loc>"))
        let feed = String(decoding: try #require(site["feed.xml"]), as: UTF8.self)
        #expect(feed.contains("<id>https://example.org/news/articles/sputnik-pakistan-army/</id>"))
        let invalid = try project.build(["--base-url", "example.org"])
        #expect(invalid.status != 0 && invalid.stderr.contains("--base-url"))
    }
}
