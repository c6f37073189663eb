import Foundation
@testable import Site
@testable import SitePages
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A site folder whose every piece of text is hostile: script tags, attribute breakouts (also
/// with a combining accent after the quote mark), `javascript:` links, Markdown link tricks,
/// template delimiters and spreadsheet formulas. The built site must show all of it as text and
/// run none of it: in pages, attributes, JSON-LD, the feed, the search index, JSON and CSV.
@Suite struct InjectionTests {
    /// Payloads that must come out as inert text wherever they land.
    static let script = "<script>alert('x')</script>"
    static let breakout = "\"><img src=x onerror=alert(1)>"
    static let accentBreakout = "\"\u{301} autofocus onfocus=alert(2) x=\""
    static let closeJSON = "</script><script>alert(3)</script>"
    static let template = "{{layout.siteTitle}} {{{links.home}}} {{#x}}"

    /// The built site of the hostile folder, by path.
    static func build() async throws -> (files: [String: Data], base: URL) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("injection-\(UUID().uuidString)")
        let articles = base.appendingPathComponent("articles")
        let content = base.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let title = "Title \(script) \(breakout) \(accentBreakout) \(template)"
        try Data(
            """
            ---
            title: \(json(title))
            source: \(json("Outlet \(script)\(accentBreakout)"))
            date: 2024-05-01
            standfirst: \(json("Standfirst \(closeJSON) \(accentBreakout) \(breakout)"))
            topics: [\(json("Topic \(script)")), \(json(breakout)), \(json(template))]
            ---

            "\(script) and \(closeJSON)," said Anna Berg.

            “=HYPERLINK("http://evil.example/","click"),” said Anna Berg again.

            [click me](javascript:alert(4)) and <img src=x onerror=alert(5)> and [x]: javascript:alert(6)

            """.utf8
        ).write(to: articles.appendingPathComponent("hostile.md"))
        let name = "Name \(script)\(breakout)\(accentBreakout)"
        let role = "Role \(breakout) \(template)"
        try Data(
            """
            ---
            title: \(json("Hand-written \(script)"))
            topics: [\(json(accentBreakout))]
            speakers:
              evil: {name: \(json(name)), kind: person, role: \(json(role)), aliases: [\(json("Alias \(closeJSON)"))]}
              org: {name: \(json("@SUM(A1:A9)")), kind: organization}
            ---

            [“+1 \(breakout)”](../people/evil/) said [someone](../people/evil/).

            [“-2 <b>bold</b> \(template)”](../people/org/) said the organisation.

            [“=HYPERLINK("http://evil.example/","click")”](../people/org/) was posted.

            [“@cmd \(closeJSON)”](../people/evil/) and <script>alert(7)</script> and [link](javascript:alert(8)) and [data](data:text/html;base64,PHNjcmlwdD4=).

            <div onclick="alert(9)">raw block</div>

            """.utf8
        ).write(to: content.appendingPathComponent("handwritten.md"))
        let output = base.appendingPathComponent("site")
        let report = try await SiteBuild(
            root: base, output: output,
            options: SiteOptions(title: "Site \(script)\(accentBreakout)", baseURL: "https://example.org/news/")
        ).run()
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.articleCount == 2)
        var files: [String: Data] = [:]
        for path in (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String]) ?? [] {
            var isFolder: ObjCBool = false
            let url = output.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return (files, base)
    }

    /// Every start tag in `html` with its attributes (names lowercased), read the way an HTML
    /// parser reads them: quoted values may hold anything but their own quote mark.
    static func tags(in html: String) -> [(String, [(String, String)])] {
        let tag = #"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*/?>"#
        let attribute = #"([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"#
        return matches(tag, in: html).map { match in
            let attributes = matches(attribute, in: match[2]).map { ($0[1].lowercased(), $0[2] + $0[3] + $0[4]) }
            return (match[1].lowercased(), attributes)
        }
    }

    /// `text` as a double-quoted YAML (and JSON) string.
    static func json(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    static func text(_ data: Data?) -> String { data.map { String(decoding: $0, as: UTF8.self) } ?? "" }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators, .caseInsensitive])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    @Test func pagesShowHostileTextAsText() async throws {
        let (files, base) = try await Self.build()
        defer { try? FileManager.default.removeItem(at: base) }
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 8)
        for (path, data) in pages {
            let page = Self.text(data)
            // JSON-LD is data, checked on its own below; everything else is markup.
            let withCharts = page.replacingOccurrences(
                of: #"<script type="application/ld\+json">.*?</script>"#, with: "", options: .regularExpression)
            // The site's own charts are the only SVG: they hold nothing but drawing and text elements.
            for chart in Self.matches(#"(?s)<svg class="(?:chart|timeline-chart)".*?</svg>"#, in: withCharts) {
                for (tag, attributes) in Self.tags(in: chart[0]) {
                    #expect(["svg", "title", "desc", "g", "a", "text", "line", "circle", "rect"].contains(tag), "\(path): <\(tag)> in a chart")
                    #expect(!attributes.contains { $0.0.hasPrefix("on") }, "\(path): <\(tag)> in a chart has an event handler")
                }
            }
            let html = withCharts.replacingOccurrences(
                of: #"(?s)<svg class="(?:chart|timeline-chart)".*?</svg>"#, with: "", options: .regularExpression)
            // Outside JSON-LD, the only scripts are the site's own, which load files and have no body.
            for match in Self.matches(#"<script\b([^>]*)>(.*?)</script>"#, in: html) {
                if match[1].contains("application/ld+json") { continue }
                #expect(match[2].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || !match[2].contains("alert"), "\(path): an inline script runs \(match[2])")
            }
            #expect(!html.localizedCaseInsensitiveContains("<script>alert"), "\(path) holds a live script tag")
            #expect(Self.matches(#"<(img|svg|iframe|object|embed)\b"#, in: html).isEmpty, "\(path) holds an injected element")
            for (tag, attributes) in Self.tags(in: html) {
                for (name, value) in attributes {
                    #expect(!name.hasPrefix("on"), "\(path): <\(tag)> has an event-handler attribute \(name)")
                    #expect(!["autofocus", "x", "src"].contains(name) || tag == "script", "\(path): <\(tag)> has an injected attribute \(name)")
                    let url = value.trimmingCharacters(in: .whitespaces).lowercased()
                    if ["href", "src", "action"].contains(name) {
                        #expect(!url.hasPrefix("javascript:") && !url.hasPrefix("data:") && !url.hasPrefix("vbscript:"), "\(path): <\(tag) \(name)=\(value)>")
                    }
                }
            }
            #expect(!html.unicodeScalars.split(separator: "\"").dropFirst().contains { $0.first == "\u{301}" }, "\(path) left a quote mark before an accent unescaped")
            #expect(!html.contains("<div onclick"), "\(path) kept raw HTML from the content file")
        }
        let article = Self.text(files["articles/hostile/index.html"])
        #expect(article.contains("{{layout.siteTitle}} {{{links.home}}} {{#x}}"), "template delimiters in the title were not kept as text")
        #expect(article.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        let person = try #require(files.first { $0.key.hasPrefix("people/") && Self.text($0.value).contains("Role ") }, "no page for the hostile speaker")
        #expect(Self.text(person.value).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func jsonLDCannotCloseItsScript() async throws {
        let (files, base) = try await Self.build()
        defer { try? FileManager.default.removeItem(at: base) }
        var blocks = 0
        for (path, data) in files where path.hasSuffix(".html") {
            for match in Self.matches(#"<script type="application/ld\+json">(.*?)</script>"#, in: Self.text(data)) {
                blocks += 1
                #expect(!match[1].contains("<"), "\(path): JSON-LD holds a raw <")
                let object = try JSONSerialization.jsonObject(with: Data(match[1].utf8)) as? [String: Any]
                #expect(object != nil, "\(path): JSON-LD does not parse")
            }
        }
        #expect(blocks >= 2)
        let article = Self.text(files["articles/hostile/index.html"])
        let json = try #require(Self.matches(#"<script type="application/ld\+json">(.*?)</script>"#, in: article).first?[1])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["headline"] as? String)?.contains(Self.script) == true, "the title did not survive as data")
    }

    @Test func searchIndexAndDataFilesKeepTextAsData() async throws {
        let (files, base) = try await Self.build()
        defer { try? FileManager.default.removeItem(at: base) }
        var titles: [String] = []
        for (path, data) in files where path.hasPrefix("data/search/") {
            let script = Self.text(data)
            #expect(!script.contains("<"), "\(path) holds a raw <")
            guard path.hasPrefix("data/search/a-") else { continue }
            let json = try #require(script.range(of: #"(?<=",).*(?=\);\n$)"#, options: .regularExpression))
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(script[json].utf8)) as? [[Any]])
            titles += entries.compactMap { $0.first as? String }
        }
        #expect(titles.contains { $0.contains(Self.script) && $0.contains(Self.accentBreakout) }, "\(titles)")

        let quotesFile = try #require(files["data/quotes.jsonl"])
        let texts = try quotesFile.split(separator: UInt8(ascii: "\n")).compactMap {
            (try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])?["text"] as? String
        }
        #expect(texts.contains { $0.contains(Self.closeJSON) }, "\(texts)")
    }

    @Test func feedIsWellFormedAndEscaped() async throws {
        let (files, base) = try await Self.build()
        defer { try? FileManager.default.removeItem(at: base) }
        let feed = try #require(files["feed.xml"])
        let parser = XMLParser(data: feed)
        let collector = ElementCollector()
        parser.delegate = collector
        #expect(parser.parse(), "feed.xml is not well-formed XML: \(String(describing: parser.parserError))")
        #expect(!collector.elements.contains("script") && !collector.elements.contains("img"), "\(collector.elements)")
        #expect(collector.text.contains(Self.script), "the hostile title is not in the feed as text")
        let sitemap = try #require(files["sitemap.xml"])
        #expect(XMLParser(data: sitemap).parse())
    }

    @Test func csvCellsAreQuotedAndFormulasDefused() async throws {
        let (files, base) = try await Self.build()
        defer { try? FileManager.default.removeItem(at: base) }
        let rows = try Self.parseCSV(Self.text(files["data/quotes.csv"]))
        #expect(rows.first == ["text", "speaker", "date", "article", "quote"])
        #expect(rows.count >= 5, "\(rows)")
        for row in rows {
            #expect(row.count == 5, "a row of \(row.count) cells: \(row)")
            for cell in row {
                let first = cell.unicodeScalars.first
                #expect(first.map { !["=", "+", "-", "@", "\t", "\r"].contains($0) } ?? true, "a live formula cell: \(cell)")
            }
        }
        let cells = rows.flatMap { $0 }
        #expect(cells.contains { $0.hasPrefix("'=HYPERLINK(\"http://evil.example/\"") }, "the formula quote is missing or not defused")
        #expect(cells.contains { $0.hasPrefix("'+1 ") } && cells.contains { $0.hasPrefix("'-2 ") } && cells.contains { $0.hasPrefix("'@cmd ") })
        #expect(cells.contains("'@SUM(A1:A9)"), "the speaker name starting with @ was not defused")
        // Each row names its quote's place: the article's page holds the anchor.
        for row in rows.dropFirst() where row.count == 5 {
            let page = try #require(files["articles/\(row[3])/index.html"], "no page for the article of \(row)")
            #expect(Self.text(page).contains(#"id="\#(row[4])""#), "no anchor \(row[4]) on \(row[3])")
        }
        let articles = try Self.parseCSV(Self.text(files["data/articles.csv"]))
        #expect(articles.first == ["slug", "title", "source", "date", "topics", "url"])
        #expect(articles.count >= 2 && articles.allSatisfy { $0.count == 6 }, "\(articles)")
        for cell in articles.flatMap({ $0 }) {
            #expect(cell.unicodeScalars.first.map { !["=", "+", "-", "@", "\t", "\r"].contains($0) } ?? true, "a live formula cell: \(cell)")
        }
    }

    /// Splits RFC 4180 text into rows of cells, and fails on anything that is not RFC 4180.
    static func parseCSV(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { cell.append(scalars.removeFirst()) } else { quoted = false }
                } else {
                    cell.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                try #require(cell.isEmpty, "a quote mark inside an unquoted cell")
                quoted = true
            case ",":
                row.append(String(cell))
                cell = String.UnicodeScalarView()
            case "\r":
                try #require(scalars.popFirst() == "\n", "a CR not followed by LF outside quotes")
                row.append(String(cell))
                rows.append(row)
                row = []
                cell = String.UnicodeScalarView()
            case "\n":
                Issue.record("a bare LF ends a row")
            default:
                cell.append(scalar)
            }
        }
        try #require(!quoted && row.isEmpty && cell.isEmpty, "the file does not end with CRLF after a whole row")
        return rows
    }
}

/// Collects element names and text from an XML document.
final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: Set<String> = []
    var text = ""

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.insert(elementName)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
