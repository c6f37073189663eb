import Content
import Foundation
@testable import SiteIncremental
@testable import SiteModel
@testable import SitePages
import TestSupport
import Testing

/// The graph cache must give back exactly the summaries and digest it was saved with, and
/// nothing from a damaged file.
@Suite struct GraphCacheTests {
    static func temporaryRoot() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("graph-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        return root
    }

    @Test func summariesAndDigestReadBackEqual() async throws {
        let root = try Self.temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        // Sample articles as a build reads them back, so quotes have contexts.
        let documents = try Fixtures.sampleDocuments(limit: 4) + [Fixtures.visit]
        let entries = Dictionary(uniqueKeysWithValues: documents.map {
            ("\($0.slug).md", GraphCache.Entry(hash: ContentHash.of(Data($0.body.utf8)), summary: ArticleSummary($0)))
        })
        let saved = GraphCache(
            generation: "g", program: "p", entries: entries, digest: await SiteGraph(documents: documents).digest(jobs: 2))
        #expect(saved.save(root: root))
        let loaded = try #require(GraphCache.load(root: root))
        #expect(loaded.entries == saved.entries && loaded.digest == saved.digest)
        #expect(loaded.generation == "g" && loaded.program == "p")
        #expect(entries.values.contains { !$0.summary.contexts.isEmpty })

        // Saved again from the bytes it was read from (the summaries copied), the file holds the
        // same, at the same size: its tables are written in their own order, not sorted.
        let first = try Data(contentsOf: GraphCache.file(root: root))
        #expect(loaded.save(root: root))
        let again = try Data(contentsOf: GraphCache.file(root: root))
        #expect(again.count == first.count && again.prefix(again.count / 2) == first.prefix(first.count / 2))
        let reloaded = try #require(GraphCache.load(root: root))
        #expect(reloaded.entries == saved.entries && reloaded.digest == saved.digest)

        // A cut file is no cache at all.
        try first.prefix(first.count - 3).write(to: GraphCache.file(root: root))
        #expect(GraphCache.load(root: root) == nil)
    }
}
