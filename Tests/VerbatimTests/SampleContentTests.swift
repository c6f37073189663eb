import Foundation
import Testing

/// The annotated Markdown committed in `content/` is what Verbatim writes for the sample articles
/// today, so the repository shows readers the program's real output and a change in attribution
/// shows up as a change to these files.
@Suite(.enabled(if: VerbatimProgram.isBuilt, "needs the built verbatim program"))
struct SampleContentTests {
    @Test func committedContentIsWhatBuildWrites() throws {
        let root = BuildCommandTests.packageRoot
        let project = try VerbatimProgram.temporaryFolder("sample-content")
        defer { try? FileManager.default.removeItem(at: project) }
        let manager = FileManager.default
        try manager.copyItem(at: root.appendingPathComponent("articles"), to: project.appendingPathComponent("articles"))
        try manager.copyItem(at: root.appendingPathComponent("people.yml"), to: project.appendingPathComponent("people.yml"))

        let result = try VerbatimProgram.run(["build", "--root", project.path])
        #expect(result.status == 0, "\(result.standardError)")

        let committed = root.appendingPathComponent("content")
        let names = try manager.contentsOfDirectory(atPath: committed.path).filter { $0.hasSuffix(".md") }.sorted()
        let written = try manager.contentsOfDirectory(atPath: project.appendingPathComponent("content").path)
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(names == written)
        #expect(names.count >= 15)
        for name in names {
            let expected = try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
            let actual = try String(contentsOf: project.appendingPathComponent("content/\(name)"), encoding: .utf8)
            #expect(actual == expected, "content/\(name) is out of date: run `make site` and commit content/")
        }
    }
}
