import Foundation
@testable import Site
@testable import SiteModel
import SitePages
import Testing

/// A site built without statements (`verbatim build --no-statements`) treats every quote as a
/// statement of its own, however many articles report it, and rebuilds it as a full build does.
@Suite(.serialized) struct WithoutStatementsTests {
    typealias Project = IncrementalBuildTests.Project

    static let words = "We asked for a survey of the quay a year ago and nobody has answered us since"

    /// Builds `project` with statements grouped or not.
    static func build(_ project: Project, statements: Bool) async throws {
        try await SiteBuild(root: project.root, output: project.site, options: SiteOptions(groupsStatements: statements), jobs: 2).run()
    }

    /// Every file of a build of `project`'s articles and content from scratch.
    static func fullBuild(of project: Project, statements: Bool) async throws -> [String: Data] {
        let fresh = try Project()
        try FileManager.default.removeItem(at: fresh.articles)
        try FileManager.default.copyItem(at: project.articles, to: fresh.articles)
        try await build(fresh, statements: statements)
        return IncrementalBuildTests.files(in: fresh.site)
    }

    static func text(_ path: String, in project: Project) throws -> String {
        try String(contentsOf: project.site.appendingPathComponent(path), encoding: .utf8)
    }

    /// The `statement` of every quote in the site's quote data, by article.
    static func statementIDs(in project: Project) throws -> [String: String] {
        let lines = try text(SitePath.quotesJSONLines, in: project).split(separator: "\n")
        var ids: [String: String] = [:]
        for line in lines {
            let quote = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            ids[try #require(quote["article"] as? String)] = try #require(quote["statement"] as? String)
        }
        return ids
    }

    @Test func withoutStatementsNoPageListsOtherReports() async throws {
        let project = try Project()
        try project.write("a.txt", IncrementalBuildTests.quoting("Anna Berg", Self.words, day: 2))
        try project.write("b.txt", IncrementalBuildTests.quoting("Anna Berg", Self.words, day: 3))
        try await Self.build(project, statements: true)
        let statements = project.site.appendingPathComponent("statements")
        #expect(FileManager.default.fileExists(atPath: statements.appendingPathComponent("a-q-1/index.html").path))
        #expect(try Self.text(SitePath.article("b"), in: project).contains(#"<section class="also-reported""#))
        #expect(try Self.statementIDs(in: project) == ["a": "a-q-1", "b": "a-q-1"])

        try await Self.build(project, statements: false)
        #expect(!FileManager.default.fileExists(atPath: statements.path))
        for article in ["a", "b"] {
            let page = try Self.text(SitePath.article(article), in: project)
            #expect(page.contains(Self.words))
            #expect(!page.contains("also-reported") && !page.contains("also reported"))
        }
        let speaker = try Self.text(SitePath.person("anna-berg"), in: project)
        #expect(speaker.contains(#"id="in-a""#) && speaker.contains(#"id="in-b""#))
        #expect(!speaker.contains("statement-reports"))
        #expect(try Self.statementIDs(in: project) == ["a": "a-q-1", "b": "b-q-1"])
        #expect(IncrementalBuildTests.files(in: project.site) == (try await Self.fullBuild(of: project, statements: false)))
    }

    @Test func rebuildsWithoutStatementsEqualFullBuilds() async throws {
        let project = try Project()
        try project.write("a.txt", IncrementalBuildTests.quoting("Anna Berg", Self.words, day: 2))
        try project.write("b.txt", IncrementalBuildTests.quoting("Priya Shah", "The traders will wait for the survey", day: 3))
        try await Self.build(project, statements: false)
        let untouched = project.site.appendingPathComponent(SitePath.notFound)
        let before = IncrementalBuildTests.inode(untouched)

        // A second report of Anna Berg's words, which a site with statements would group.
        try project.write("c.txt", IncrementalBuildTests.quoting("Anna Berg", Self.words, day: 4))
        try await Self.build(project, statements: false)
        #expect(IncrementalBuildTests.inode(untouched) == before, "the rebuild wrote every file again")
        #expect(IncrementalBuildTests.files(in: project.site) == (try await Self.fullBuild(of: project, statements: false)))
        #expect(try Self.statementIDs(in: project)["c"] == "c-q-1")

        // Turning statements on again builds what a full build with statements does.
        try await Self.build(project, statements: true)
        #expect(IncrementalBuildTests.files(in: project.site) == (try await Self.fullBuild(of: project, statements: true)))
        #expect(try Self.statementIDs(in: project)["c"] == "a-q-1")
    }
}
