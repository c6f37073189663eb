import Foundation
@testable import SiteOutput
@testable import SitePages
import Testing

@Suite struct SiteWriterTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func site(_ marker: String) -> SiteFiles {
        var site = SiteFiles()
        site.add("index.html", "<p>\(marker)</p>")
        site.add("assets/style.css", "p {}")
        site.add("articles/a/index.html", marker)
        return site
    }

    private func listing(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func replacesThePreviousSiteWhole() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("site")
        try SiteWriter(output: output).write(site("one"))
        var second = site("two")
        second.add("articles/b/index.html", "new")
        try SiteWriter(output: output).write(second)
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "<p>two</p>")
        #expect(listing(output).contains("articles/b/index.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test func aFailedWriteLeavesThePreviousSiteUntouched() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("site")
        try SiteWriter(output: output).write(site("one"))
        let before = listing(output)
        var broken = site("two")
        broken.add("articles", "a file where a folder must go")
        #expect(throws: SiteError.self) { try SiteWriter(output: output).write(broken) }
        #expect(listing(output) == before)
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "<p>one</p>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test func refusesToReplaceAFolderThatIsNotASite() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        try Data("keep me".utf8).write(to: parent.appendingPathComponent("notes.txt"))
        #expect(throws: SiteError.self) { try SiteWriter(output: parent).write(site("one")) }
        #expect(FileManager.default.fileExists(atPath: parent.appendingPathComponent("notes.txt").path))
    }
}
