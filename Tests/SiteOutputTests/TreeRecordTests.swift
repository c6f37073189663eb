import Foundation
@testable import SiteOutput
import Testing

@Suite struct TreeRecordTests {
    /// A small site-like tree in a fresh folder.
    private func tree() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tree-\(UUID().uuidString)")
        for (path, text) in [("index.html", "home"), ("articles/a/index.html", "a"), ("articles/b/index.html", "b"), ("data/quotes.json", "[]")] {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    /// Waits past the coarsest clock tick, so a change made now has another time than the record's.
    private func laterTick() { usleep(20_000) }

    @Test func anUntouchedTreeMatchesItsRecord() throws {
        let folder = try tree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = try #require(TreeRecord.scan(folder.path))
        #expect(record.matches(folder.path))
        #expect(TreeRecord.scan(folder.path) == record)
        // Read back from its bytes, it is the same record.
        #expect(TreeRecord(bytes: record.bytes).matches(folder.path))
    }

    @Test func everyKindOfChangeIsFound() throws {
        let changes: [(String, (URL) throws -> Void)] = [
            ("a file written in place", { folder in
                let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("articles/a/index.html"))
                try handle.seekToEnd()
                try handle.write(contentsOf: Data("!".utf8))
                try handle.close()
            }),
            ("a file removed", { try FileManager.default.removeItem(at: $0.appendingPathComponent("data/quotes.json")) }),
            ("a file added", { try Data("x".utf8).write(to: $0.appendingPathComponent("articles/a/extra.html")) }),
            ("a folder added", { try FileManager.default.createDirectory(at: $0.appendingPathComponent("articles/c"), withIntermediateDirectories: false) }),
            ("a file replaced", { folder in
                let file = folder.appendingPathComponent("index.html")
                try FileManager.default.removeItem(at: file)
                try Data("home".utf8).write(to: file)
            }),
        ]
        for (label, change) in changes {
            let folder = try tree()
            defer { try? FileManager.default.removeItem(at: folder) }
            let record = try #require(TreeRecord.scan(folder.path))
            laterTick()
            try change(folder)
            #expect(!record.matches(folder.path), "\(label) went unnoticed")
        }
    }

    @Test func aDamagedOrEmptyRecordMatchesNothing() throws {
        let folder = try tree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = try #require(TreeRecord.scan(folder.path))
        #expect(!TreeRecord().matches(folder.path))
        #expect(!TreeRecord(bytes: Array(record.bytes.dropLast(3))).matches(folder.path))
    }

    @Test func recordsOfBothTreesComeBackFromTheirFile() throws {
        let folder = try tree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("project-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        let trees = SiteTrees(output: try #require(TreeRecord.scan(folder.path)), spare: TreeRecord())
        #expect(trees.save(root: root))
        #expect(SiteTrees.load(root: root) == trees)
    }
}
