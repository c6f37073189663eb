import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `verbatim build` run as a program on a site folder full of files that are wrong in every way
/// people get them wrong: each bad one is named on standard error and left out, every good one
/// is still built, and nothing lands outside the output folder.
@Suite(.serialized) struct HostileInputTests {
    /// A temporary project folder with an `articles/` folder the test fills.
    final class SiteFolder {
        let root: URL
        var articles: URL { root.appendingPathComponent("articles") }
        var content: URL { root.appendingPathComponent("content") }
        var output: URL { root.appendingPathComponent("site") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        }

        deinit {
            // A test may have made files unreadable; give them back before removing them.
            _ = chmod(root.path, 0o755)
            if let names = try? FileManager.default.contentsOfDirectory(atPath: articles.path) {
                for name in names { _ = chmod(articles.appendingPathComponent(name).path, 0o644) }
            }
            try? FileManager.default.removeItem(at: root)
        }

        /// Writes `bytes` as `articles/name`.
        func article(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: articles.appendingPathComponent(name))
        }

        /// Writes `text` as UTF-8 to `articles/name`.
        func article(_ name: String, _ text: String) throws {
            try article(name, Array(text.utf8))
        }

        /// Runs `verbatim build` on this folder with `arguments` after the root and output.
        func build(_ arguments: [String] = []) throws -> (status: Int32, stderr: String) {
            let result = try VerbatimProgram.run(["build", "--root", root.path, "--output", output.path] + arguments)
            return (result.status, result.standardError)
        }

        /// Every file under the project folder, by path relative to it.
        var allFiles: [String: Data] { BuildCommandTests.files(in: root) }

        /// The text of a built page.
        func page(_ path: String) -> String? {
            FileManager.default.contents(atPath: output.appendingPathComponent(path).path)
                .map { String(decoding: $0, as: UTF8.self) }
        }
    }

    static let builtAvailable = BuildCommandTests.verbatim != nil
    static let sample = BuildCommandTests.samples.appendingPathComponent("sputnik-pakistan-army.txt")

    /// UTF-16 with a byte-order mark, little- or big-endian.
    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        return bytes
    }

    @Test(.enabled(if: builtAvailable, "needs the verbatim program built"))
    func everyBadFileIsNamedAndEveryGoodOneBuilt() throws {
        let site = try SiteFolder()
        try FileManager.default.copyItem(at: Self.sample, to: site.articles.appendingPathComponent("good.txt"))
        // Bad: each must be named on standard error and left out.
        try site.article("empty.txt", "")
        try site.article("blank.txt", "  \n\t\n   \r\n")
        try site.article("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        try site.article("nul.txt", "A title\n\nSome text\u{0}more\n")
        try site.article("latin1.txt", Array("Latin title\n\nFirst line\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8))
        try site.article("badyaml.md", "---\ntitle: [unclosed\ndate: 2024\n---\nBody text.\n")
        try site.article("notitle.md", "---\nsource: Somewhere\n---\n\nJust a paragraph.\n")
        try FileManager.default.createDirectory(at: site.articles.appendingPathComponent("folder.txt"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(
            at: site.articles.appendingPathComponent("dangling.txt"), withDestinationURL: site.root.appendingPathComponent("nowhere"))
        // Good, however odd: each must be read correctly.
        try site.article("utf16le.txt", Self.utf16("UTF-16 LE Title\n\n“We are here,” said Anna Berg.\n", bigEndian: false))
        try site.article("utf16be.txt", Self.utf16("UTF-16 BE Title\n\n“We are there,” said Anna Berg.\n", bigEndian: true))
        try site.article("crlf.txt", "CRLF Title\r\n\r\n\"We are near,\" said Anna Berg.\r\nSecond CRLF paragraph.\r\n")
        try site.article("cr.txt", "CR Title\r\r\"We are far,\" said Anna Berg.\rSecond CR paragraph.\r")
        try site.article("Ünïcödé Tïtle ñ.txt", "Ünïcödé headline\n\nText with ünïcödé.\n")
        try site.article("with  spaces.md", "# Spaced headline\n\nText.\n")
        try site.article("—.txt", "Dash headline\n\nText.\n")

        let result = try site.build()
        #expect(result.status == 1)
        let messages: [(String, String)] = [
            ("empty.txt", "empty"), ("blank.txt", "empty"), ("binary.txt", "binary"), ("nul.txt", "binary"),
            ("latin1.txt:4", "UTF-8"), ("badyaml.md:3", "front matter"), ("notitle.md", "no title"),
            ("folder.txt", "folder"), ("dangling.txt", "cannot read"),
        ]
        let lines = result.stderr.split(separator: "\n").map(String.init)
        for (name, phrase) in messages {
            #expect(
                lines.contains { $0.contains("articles/" + name + ":") && $0.contains(phrase) },
                "no message naming \(name) and saying \(phrase):\n\(result.stderr)")
        }
        #expect(result.stderr.contains("9 articles were left out"), "\(result.stderr)")

        let slugs = ["good", "utf16le", "utf16be", "crlf", "cr", "unicode-title-n", "with-spaces"]
        for slug in slugs {
            #expect(site.page("articles/\(slug)/index.html") != nil, "no page for \(slug)")
        }
        let dashSlug = try #require(
            (try? FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("articles").path))?
                .first { $0.hasPrefix("x-") }, "the article whose name slugs to nothing has no page")
        #expect(site.page("articles/\(dashSlug)/index.html")?.contains("Dash headline") == true)
        let built = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("articles").path)
            .filter { $0 != "index.html" }
        #expect(built.count == slugs.count + 1, "article pages: \(built.sorted())")

        #expect(site.page("articles/utf16le/index.html")?.contains("UTF-16 LE Title") == true)
        #expect(site.page("articles/utf16be/index.html")?.contains("UTF-16 BE Title") == true)
        let crlf = try #require(site.page("articles/crlf/index.html"))
        #expect(crlf.contains("CRLF Title") && !crlf.contains("\r"))
        let cr = try #require(site.page("articles/cr/index.html"))
        #expect(cr.contains("<h1") && cr.contains("CR Title") && cr.contains("Second CR paragraph.") && !cr.contains("\r"))
        #expect(!cr.contains("CR Title We are"), "lone CRs were not read as line breaks")
        let person = try #require(site.page("people/anna-berg/index.html"), "the quotes of the odd encodings found no speaker")
        for words in ["We are here,", "We are there,", "We are near,", "We are far,"] {
            #expect(person.contains(words), "the speaker page lacks \(words)")
        }

        // The same bad input built again, elsewhere, gives the same bytes.
        let first = BuildCommandTests.files(in: site.output)
        try FileManager.default.moveItem(at: site.output, to: site.root.appendingPathComponent("first"))
        #expect(try site.build().status == 1)
        #expect(BuildCommandTests.files(in: site.output) == first, "two builds of the same folder differ")
    }

    @Test(
        .enabled(if: builtAvailable, "needs the verbatim program built"),
        .enabled(if: geteuid() != 0, "runs as root, which reads files whatever their mode; the folder and dangling-link cases cover unreadable files"))
    func unreadableFileIsNamedAndLeftOut() throws {
        let site = try SiteFolder()
        try FileManager.default.copyItem(at: Self.sample, to: site.articles.appendingPathComponent("good.txt"))
        try site.article("locked.txt", "Locked\n\nText.\n")
        #expect(chmod(site.articles.appendingPathComponent("locked.txt").path, 0) == 0)
        let result = try site.build()
        #expect(result.status == 1)
        #expect(result.stderr.contains("articles/locked.txt:") && result.stderr.contains("cannot read"), "\(result.stderr)")
        #expect(result.stderr.contains("1 article was left out"))
        #expect(site.page("articles/good/index.html") != nil)
    }

    @Test(.enabled(if: builtAvailable, "needs the verbatim program built"))
    func strictStopsBeforeWritingAnything() throws {
        let site = try SiteFolder()
        try FileManager.default.copyItem(at: Self.sample, to: site.articles.appendingPathComponent("good.txt"))
        try site.article("empty.txt", "")
        let fresh = try site.build(["--strict"])
        #expect(fresh.status == 1)
        #expect(fresh.stderr.contains("articles/empty.txt:") && fresh.stderr.contains("--strict"), "\(fresh.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "a strict build wrote the site")
        #expect(!FileManager.default.fileExists(atPath: site.content.path), "a strict build wrote content")

        try FileManager.default.removeItem(at: site.articles.appendingPathComponent("empty.txt"))
        #expect(try site.build().status == 0)
        let before = site.allFiles
        try site.article("another.txt", "Another\n\nA new article that would change the index.\n")
        try site.article("binary.txt", [0, 1, 2, 3])
        let stopped = try site.build(["--strict"])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("articles/binary.txt:"))
        var after = site.allFiles
        after["articles/another.txt"] = nil
        after["articles/binary.txt"] = nil
        #expect(after == before, "a strict build changed \(Set(after.keys).symmetricDifference(before.keys).sorted())")
    }

    @Test(.enabled(if: builtAvailable, "needs the verbatim program built"))
    func clashingNamesAndTitlesGetDistinctStableSlugs() throws {
        let site = try SiteFolder()
        try site.article("Same Title.txt", "Same Title\n\nThe first.\n")
        try site.article("same-title.txt", "Same Title\n\nThe second.\n")
        try site.article("SAME_TITLE.md", "# Same Title\n\nThe third.\n")
        try site.article("other.txt", "Same Title\n\nThe fourth, with the same headline.\n")
        let first = try site.build()
        #expect(first.status == 0, "\(first.stderr)")
        let pages = ["same-title": "The third.", "same-title-2": "The first.", "same-title-3": "The second.", "other": "The fourth"]
        for (slug, words) in pages {
            #expect(site.page("articles/\(slug)/index.html")?.contains(words) == true, "\(slug) does not hold \(words)")
        }
        let before = site.allFiles.filter { $0.key.hasPrefix("site/") }
        #expect(try site.build().status == 0)
        #expect(site.allFiles.filter { $0.key.hasPrefix("site/") } == before, "a second build changed the site")
    }

    @Test(.enabled(if: builtAvailable, "needs the verbatim program built"))
    func hostileTopicAndSpeakerNamesStayInsideTheSite() throws {
        let site = try SiteFolder()
        try site.article(
            "topics.md",
            """
            ---
            title: Topic trouble
            topics: ["..", "../../escaped", "///", "!!!", "a/b", ".", "", "/etc/passwd", '\\\\server\\share', "%2e%2e"]
            ---

            "Hello," said Anna Berg.
            """)
        try FileManager.default.createDirectory(at: site.content, withIntermediateDirectories: true)
        try Data(
            """
            ---
            title: Speaker trouble
            speakers:
              "../../escaped": {name: "../../escaped", kind: person}
              "..": {name: "..", kind: person}
              "x/y": {name: "/", kind: organization}
              "!!!": {name: "!!!", kind: person}
            ---

            [“One,”](../people/..%2F..%2Fescaped/) said [someone](../people/..%2F..%2Fescaped/).

            [“Two,”](../people/%2E%2E/) said someone else.

            [“Three,”](../people/x%2Fy/) said a third.

            [“Four,”](../people/%21%21%21/) said a fourth.

            """.utf8
        ).write(to: site.content.appendingPathComponent("speakers.md"))
        let result = try site.build()
        #expect(result.status == 0, "\(result.stderr)")
        let files = site.allFiles.keys
        for path in files {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            #expect(!parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }, "odd path \(path)")
            // `.site.spare/` is the copy of the site that rebuilds update and swap in.
            let inSite = path.hasPrefix("site/") || path.hasPrefix(".site.spare/")
            #expect(inSite || path.hasPrefix("articles/") || path.hasPrefix("content/"), "a file outside the site: \(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.deletingLastPathComponent().appendingPathComponent("escaped").path))
        let topics = files.filter { $0.hasPrefix("site/topics/") && $0 != "site/topics/index.html" }
        #expect(topics.count >= 6, "topic pages: \(topics.sorted())")
        let people = files.filter { $0.hasPrefix("site/people/") && $0 != "site/people/index.html" }
        #expect(people.count >= 4, "speaker pages: \(people.sorted())")
    }
}
