import Foundation
@testable import Site
@testable import SiteModel
import Testing

/// A full build over a site it built before replaces the site and its spare copy, deleting the
/// previous ones only once the new ones are made, and leaves nothing else beside them.
@Suite struct FullBuildOverSiteTests {
    @Test func aFullBuildOverASiteLeavesTheNewSiteAndSpareOnly() async throws {
        let project = try IncrementalBuildTests.Project()
        for (name, text) in IncrementalBuildTests.generated(6) { try project.write(name, text) }
        try await project.build()
        let spare = project.root.appendingPathComponent(".site.spare")
        let before = try #require(IncrementalBuildTests.inode(project.site.appendingPathComponent(SitePath.home)))

        // Without the graph cache a build cannot rebuild in place, so it builds the whole site again.
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/.build-graph"))
        let text = try project.read("generated-2.txt")
        try project.write("generated-2.txt", text + "\"Not this year,\" said Anna Berg.\n")
        try await project.build()

        let home = try #require(IncrementalBuildTests.inode(project.site.appendingPathComponent(SitePath.home)))
        #expect(home != before, "the site was not built again")
        #expect(IncrementalBuildTests.inode(spare.appendingPathComponent(SitePath.home)) == home)
        let beside = try FileManager.default.contentsOfDirectory(atPath: project.root.path).sorted()
        #expect(beside == [".site.spare", "articles", "content", "site"])
        #expect(IncrementalBuildTests.files(in: spare) == IncrementalBuildTests.files(in: project.site))
    }

    @Test func aRebuildDeletesWhatAKilledBuildSetAside() async throws {
        let project = try IncrementalBuildTests.Project()
        for (name, text) in IncrementalBuildTests.generated(6) { try project.write(name, text) }
        try await project.build()
        // A build killed while deleting the previous site has saved its caches, so the next
        // builds rebuild in place and make no staging folder that would sweep it up.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let retired = project.root.appendingPathComponent(".site.old-\(gone.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: retired.appendingPathComponent("articles/a"), withIntermediateDirectories: true)
        try Data("<p>the previous site</p>".utf8).write(to: retired.appendingPathComponent("articles/a/index.html"))
        let text = try project.read("generated-2.txt")
        try project.write("generated-2.txt", text + "\"Not this year,\" said Anna Berg.\n")
        let untouched = project.site.appendingPathComponent(SitePath.notFound)
        let before = IncrementalBuildTests.inode(untouched)
        try await project.build()
        #expect(IncrementalBuildTests.inode(untouched) == before, "the rebuild was not in place")
        #expect(!FileManager.default.fileExists(atPath: retired.path))
    }
}
