import Foundation
import Testing

/// `verbatim init` run as a program: the folder it starts builds into a working site.
@Suite struct InitCommandTests {
    @Test(.enabled(if: VerbatimProgram.isBuilt, "needs the verbatim program built"))
    func startedFolderBuildsIntoASiteWithItsExampleQuote() throws {
        let parent = try VerbatimProgram.temporaryFolder("init")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("my quotes")

        let started = try VerbatimProgram.run(["init", folder.path])
        #expect(started.status == 0, "\(started.standardError)")
        for path in ["README.md", "articles/welcome.txt", "people.yml", "content", "templates"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path)")
        }

        let built = try VerbatimProgram.run(["build", "--root", folder.path])
        #expect(built.status == 0, "\(built.standardError)")
        let article = try String(
            contentsOf: folder.appendingPathComponent("site/articles/welcome/index.html"), encoding: .utf8)
        #expect(article.contains("Every direct quote is found and linked to the person who said it"))
        #expect(article.contains("people/mara-quill/"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/people/mara-quill/index.html").path))
    }

    @Test(.enabled(if: VerbatimProgram.isBuilt, "needs the verbatim program built"))
    func refusesAFolderThatAlreadyHoldsFiles() throws {
        let folder = try VerbatimProgram.temporaryFolder("init-busy")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("notes.txt"))

        let result = try VerbatimProgram.run(["init", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains(folder.path))
        #expect(result.standardError.contains("not empty"))
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("articles").path))
    }
}
