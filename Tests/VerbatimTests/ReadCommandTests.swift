import Foundation
import Testing
import TestSupport

/// `verbatim read` and `verbatim build` on saved web pages, run as a program.
@Suite struct ReadCommandTests {
    static let pages = URL(fileURLWithPath: SharedData.path("testdata/article-extraction/html"))
    static let pagesPresent = FileManager.default.fileExists(atPath: pages.path)

    /// The saved page whose name starts with `prefix`.
    static func page(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: pages.path)
        return pages.appendingPathComponent(try #require(names.first { $0.hasPrefix(prefix) }))
    }

    @Test(.enabled(if: VerbatimProgram.isBuilt, "needs the verbatim program built"))
    func printsEveryInputKindAsJSONAndNamesTheFileItCannotRead() throws {
        let folder = try VerbatimProgram.temporaryFolder("read")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        let paragraph = "The mayor said on Friday that the library, shut for repairs, would open again in June."
        try Data("<html><head><meta property='og:site_name' content='The Courier'><title>Library to reopen | The Courier</title></head><body><article><h1>Library to reopen</h1><p>\(paragraph)</p><p>\(paragraph)</p></article></body></html>".utf8)
            .write(to: page)
        let text = folder.appendingPathComponent("note.txt")
        try Data("Library to reopen\n\n\(paragraph)\n".utf8).write(to: text)
        let broken = folder.appendingPathComponent("broken.html.gz")
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x01]).write(to: broken)

        let result = try VerbatimProgram.run(["read", "--format", "json", page.path, broken.path, text.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("broken.html.gz"))
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(Set(objects[0].keys) == ["file", "title", "standfirst", "outlet", "author", "date", "paragraphs"])
        #expect(objects[0]["title"] as? String == "Library to reopen")
        #expect(objects[0]["outlet"] as? String == "The Courier")
        #expect(objects[0]["paragraphs"] as? [String] == [paragraph, paragraph])
        #expect(objects[1]["title"] as? String == "Library to reopen")
        #expect(objects[1]["paragraphs"] as? [String] == [paragraph])

        let plain = try VerbatimProgram.run(["read", page.path])
        #expect(plain.status == 0)
        #expect(plain.standardOutput.contains("title: Library to reopen\n"))
        #expect(plain.standardOutput.contains("outlet: The Courier\n"))
    }

    @Test(.enabled(if: VerbatimProgram.isBuilt && pagesPresent, "needs the verbatim program and ../shared/testdata/article-extraction"))
    func buildsASiteFromSavedPagesWithEachArticleOnItsPage() throws {
        let root = try VerbatimProgram.temporaryFolder("pages-site")
        defer { try? FileManager.default.removeItem(at: root) }
        let articles = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try Self.page("a1fca19b"), to: articles.appendingPathComponent("taliban-hostages.html.gz"))
        try FileManager.default.copyItem(at: try Self.page("8634d121"), to: articles.appendingPathComponent("gannett.html.gz"))
        try Data("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8).write(to: articles.appendingPathComponent("empty-page.htm"))
        let output = root.appendingPathComponent("site")
        let result = try VerbatimProgram.run(["build", "--root", root.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("empty-page.htm"))
        let html = try String(contentsOf: output.appendingPathComponent("articles/taliban-hostages/index.html"), encoding: .utf8)
        #expect(html.contains("Taliban say they freed US, Australian hostages for 3 terrorist figures"))
        #expect(html.contains("Two hostages — an American and an Australian"))
        let other = try String(contentsOf: output.appendingPathComponent("articles/gannett/index.html"), encoding: .utf8)
        #expect(other.contains("Gannett/GateHouse merger bodes ill"))
    }
}
