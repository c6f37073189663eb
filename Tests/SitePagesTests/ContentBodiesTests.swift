import Content
import Foundation
@testable import SitePages
import Testing

@Suite struct ContentBodiesTests {
    /// The package's committed annotated Markdown, found from this file's path.
    static let content = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content")

    private func copy(of name: String) throws -> (url: URL, text: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bodies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Self.content.appendingPathComponent(name), to: url)
        return (url, try String(contentsOf: url, encoding: .utf8))
    }

    @Test func everySampleBodyIsTheOneTheDocumentReads() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.content.path).filter { $0.hasSuffix(".md") }
        #expect(names.count > 10)
        for name in names {
            let url = Self.content.appendingPathComponent(name)
            let data = try Data(contentsOf: url)
            let bodies = ContentBodies(files: ["a": .init(path: url.path, hash: ContentHash.of(data))])
            let document = try AnnotatedMarkdown.read(String(decoding: data, as: UTF8.self), slug: "a", path: url.path)
            #expect(try bodies.body(of: "a") == document.body, "\(name)")
            #expect(try bodies.body(of: "other") == nil)
        }
    }

    @Test func aFileChangedSinceItWasHashedStopsItsPage() throws {
        let (url, text) = try copy(of: "election-debate-energy.md")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let bodies = ContentBodies(files: ["a": .init(path: url.path, hash: ContentHash.of(Data(text.utf8)))])
        try (text + "\nOne more paragraph.\n").write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: SiteError.contentChanged(path: url.path)) { try bodies.body(of: "a") }
        try FileManager.default.removeItem(at: url)
        #expect(throws: SiteError.contentUnreadable(path: url.path, reason: "no longer readable")) { try bodies.body(of: "a") }
    }

    @Test func aChangedFileIsNamedInTheMessage() {
        let message = SiteError.contentChanged(path: "content/visit.md").description
        #expect(message.hasPrefix("content/visit.md: changed while the site was being built"))
    }
}
