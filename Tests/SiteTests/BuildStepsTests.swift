import Articles
import Attribution
import Content
import Foundation
@testable import Site
@testable import SiteModel
@testable import SitePages
import TestSupport
import Testing

@Suite struct BuildStepsTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("steps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func parallelAnnotationEqualsOneAtATime() async throws {
        let sources = try ArticleSources.find(in: Fixtures.samples)
        #expect(sources.count > 1)
        let parallel = await BuildSteps.annotate(sources, people: .empty)
        let sequential = sources.compactMap { try? BuildSteps.annotate($0, people: .empty).get() }
        #expect(parallel.errors.isEmpty)
        #expect(parallel.articles.map(\.source) == sequential.map(\.source))
        #expect(parallel.articles.map(\.annotations) == sequential.map(\.annotations))
    }

    @Test func contentIsWrittenOnceAndHandEditsAreKept() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = try ArticleSources.find(in: Fixtures.samples).filter { $0.slug == "sputnik-pakistan-army" }
        let annotated = await BuildSteps.annotate(sources, people: .empty).articles
        let first = BuildSteps.writeContent(annotated, into: folder)
        #expect(first.kept.isEmpty && first.errors.isEmpty)
        let file = folder.appendingPathComponent("sputnik-pakistan-army.md")
        let written = try String(contentsOf: file, encoding: .utf8)
        let edited = written.replacingOccurrences(of: "Pakistan Army Claims", with: "Army Claims")
        #expect(edited != written)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let second = BuildSteps.writeContent(annotated, into: folder)
        #expect(second.kept == ["sputnik-pakistan-army"])
        #expect(try String(contentsOf: file, encoding: .utf8) == edited)
    }

    @Test func aBrokenContentFileIsReportedWithItsLineAndTheRestIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = "---\ntitle: 'Fine'\n---\n\nBody.\n"
        let bad = "---\ntitle: 'Broken'\nspeakers:\n  a: {name: A, kind: person}\n---\n\n[“Hi”][b]\n\n[b]: ../people/b/\n"
        try good.write(to: folder.appendingPathComponent("good.md"), atomically: true, encoding: .utf8)
        try bad.write(to: folder.appendingPathComponent("bad.md"), atomically: true, encoding: .utf8)
        let content = BuildSteps.readContent(in: folder)
        #expect(content.documents.map(\.slug) == ["good"])
        #expect(content.slugs == ["bad", "good"])
        let message = try #require(content.errors.first).description
        #expect(message.contains(folder.appendingPathComponent("bad.md").path + ":7"))
    }

    @Test func peopleFileMergesSpeakersByAlias() throws {
        let people = try PeopleDirectory(
            yaml: "imran-khan:\n  name: Imran Khan\n  role: former Prime Minister\n  aliases: [Khan]\n", path: "people.yml")
        var first = Fixtures.bases
        first.speakers[1] = Speaker(id: "khan", name: "Khan", kind: .person)
        first.quotes[1].speakerID = "khan"
        let identities = SpeakerIdentities(people: people, documents: [first, Fixtures.visit])
        #expect(identities.canonicalIDs["khan"] == "imran-khan")
        let graph = SiteGraph(documents: [first, Fixtures.visit], identities: identities)
        #expect(graph.speaker("khan") == nil)
        #expect(graph.speaker("imran-khan")?.roles.first == "former Prime Minister")
        #expect(graph.speaker("imran-khan")?.quotes.map(\.text) == ["Absolutely not,"])
    }

    @Test func aBrokenPeopleFileNamesItself() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("people.yml")
        try "khan: [not, a, mapping]\n".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            _ = try BuildSteps.readPeople(at: file)
        } throws: { error in
            (error as? SiteError)?.description.contains(file.path) == true
        }
        #expect(try BuildSteps.readPeople(at: folder.appendingPathComponent("missing.yml")).entries.isEmpty)
    }
}

@Suite struct SiteBuildTests {
    @Test func aProjectWithOnlyContentBuilds() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("content-only-\(UUID().uuidString)")
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let article = try ArticleReader.read(fileAt: Fixtures.samples.appendingPathComponent("sputnik-pakistan-army.txt"))
        let markdown = AnnotatedMarkdown.write(article: article, annotations: Attributor.attribute(article))
        try markdown.write(to: content.appendingPathComponent("reference.md"), atomically: true, encoding: .utf8)
        let report = try await SiteBuild(root: root, output: root.appendingPathComponent("site")).run()
        #expect(report.articleCount == 1)
        #expect(report.problems.isEmpty && report.leftOut == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/articles/reference/index.html").path))
    }

    @Test func aProjectWithNeitherArticlesNorContentIsAnError() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        await #expect(throws: SiteError.self) { _ = try await SiteBuild(root: root, output: root.appendingPathComponent("site")).run() }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }
}

@Suite struct AnnotationCacheTests {
    @Test func unchangedArticlesAreNotAnnotatedAgainAndChangedOnesAre() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        try Data("Title\n\n\"First words,\" said Anna Berg.\n".utf8).write(to: file)
        let cache = AnnotationCache()
        let sources = try ArticleSources.find(in: folder)
        let first = await BuildSteps.annotate(sources, people: .empty, cache: cache)
        #expect(await cache.count == 1)
        let again = await BuildSteps.annotate(sources, people: .empty, cache: cache)
        #expect(again.articles.map(\.annotations) == first.articles.map(\.annotations))

        try Data("Title\n\n\"Other words,\" said Anna Berg.\n".utf8).write(to: file)
        let changed = await BuildSteps.annotate(sources, people: .empty, cache: cache)
        #expect(changed.articles.first?.annotations.quotes.first?.text == "Other words,")
        let fresh = await BuildSteps.annotate(sources, people: .empty)
        #expect(changed.articles.map(\.annotations) == fresh.articles.map(\.annotations))

        let people = try PeopleDirectory(yaml: "anna-berg:\n  name: Anna Berg\n  role: Mayor\n", path: "people.yml")
        let withPeople = await BuildSteps.annotate(sources, people: people, cache: cache)
        let freshWithPeople = await BuildSteps.annotate(sources, people: people)
        #expect(withPeople.articles.map(\.annotations) == freshWithPeople.articles.map(\.annotations))
    }
}
