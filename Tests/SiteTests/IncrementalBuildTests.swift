import Foundation
@testable import Site
@testable import SiteModel
@testable import SitePages
import TestSupport
import Testing

/// A rebuild after an edit renders only the pages the edit touches, into the spare copy of the
/// site; the site it leaves must be, byte for byte, the one a full build of the same inputs makes.
@Suite(.serialized) struct IncrementalBuildTests {
    /// A project folder with its own site, removed when the value is dropped.
    final class Project {
        let root: URL
        var articles: URL { root.appendingPathComponent("articles") }
        var site: URL { root.appendingPathComponent("site") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("incremental-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("articles"), withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Builds the site and returns the report.
        @discardableResult
        func build(jobs: Int = 2) async throws -> BuildReport {
            try await SiteBuild(root: root, output: site, jobs: jobs).run()
        }

        /// Writes the article `name` (replacing the file, as editors do).
        func write(_ name: String, _ text: String) throws {
            let url = articles.appendingPathComponent(name)
            let temporary = root.appendingPathComponent(".edit-\(UUID().uuidString)")
            try Data(text.utf8).write(to: temporary)
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: temporary, to: url)
        }

        func read(_ name: String) throws -> String {
            try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8)
        }
    }

    /// Every file under `folder` by relative path.
    static func files(in folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            result[String(url.path.dropFirst(folder.path.count + 1))] = FileManager.default.contents(atPath: url.path)
        }
        return result
    }

    /// The inode of the file at `path`.
    static func inode(_ path: URL) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    /// Articles in the sample layout whose speakers and topics overlap, so that one edit reaches
    /// other articles' related lists, speaker pages and topic pages.
    static func generated(_ count: Int) -> [(String, String)] {
        let speakers = ["Anna Berg", "Tomas Reed", "Lena Okafor", "Marco Villa", "Priya Shah"]
        let topics = ["Harbour", "Energy", "Transport"]
        return (0..<count).map { index in
            let first = speakers[index % speakers.count]
            let second = speakers[(index * 3 + 1) % speakers.count]
            let text = """
                \(topics[index % topics.count])

                Council Weighs Plan Number \(index) for the Old Quay

                Councillors met on Tuesday to discuss plan \(index), which would change how the quay is used.
                Harbour Wire
                2025-03-\(String(format: "%02d", index % 28 + 1))
                "We have waited long enough for plan \(index)," said \(first), who chairs the quay committee.
                \(second), a local trader, disagreed. "Nobody asked the people who work here," \(second) said.
                The council will vote next month.

                """
            return ("generated-\(index).txt", text)
        }
    }

    /// Fills `project` with the package's sample articles, some real news texts, and generated ones.
    static func fill(_ project: Project) throws {
        let samples = Fixtures.samples
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
        where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(name), to: project.articles.appendingPathComponent(name))
        }
        for url in SharedData.evalArticles("dev").prefix(12) {
            try FileManager.default.copyItem(at: url, to: project.articles.appendingPathComponent(url.lastPathComponent))
        }
        for (name, text) in generated(12) { try project.write(name, text) }
    }

    /// Builds the articles and content files of `project` from scratch (without its caches) in a
    /// project of their own and returns the site.
    static func fullBuild(of project: Project) async throws -> [String: Data] {
        let fresh = try Project()
        try FileManager.default.removeItem(at: fresh.articles)
        try FileManager.default.copyItem(at: project.articles, to: fresh.articles)
        let content = fresh.root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: project.root.appendingPathComponent("content"), to: content)
        for name in try FileManager.default.contentsOfDirectory(atPath: content.path) where name.hasPrefix(".") {
            try FileManager.default.removeItem(at: content.appendingPathComponent(name))
        }
        try await fresh.build()
        return files(in: fresh.site)
    }

    /// Rebuilds `project` after `change`, checks that the rebuild kept unchanged files (so it
    /// was incremental) and that its site equals a full build's.
    static func expectSameAsFullBuild(_ project: Project, after label: String, _ change: () throws -> Void) async throws {
        let untouched = project.site.appendingPathComponent(SitePath.notFound)
        let before = inode(untouched)
        try change()
        try await project.build()
        #expect(inode(untouched) == before, "\(label): the rebuild wrote every file again")
        let rebuilt = files(in: project.site)
        let full = try await fullBuild(of: project)
        #expect(rebuilt.count == full.count, "\(label): \(rebuilt.count) files after the rebuild, \(full.count) after a full build")
        let differing = Set(rebuilt.keys).union(full.keys).filter { rebuilt[$0] != full[$0] }.sorted()
        #expect(differing.isEmpty, "\(label): differs from a full build in \(differing.prefix(8))")
    }

    @Test(.enabled(if: SharedData.isPresent, "needs ../shared"))
    func rebuildsEqualFullBuilds() async throws {
        let project = try Project()
        try Self.fill(project)
        try await project.build()

        try await Self.expectSameAsFullBuild(project, after: "one article edited") {
            let text = try project.read("generated-4.txt")
            try project.write("generated-4.txt", text + "\"The figures were checked again,\" said Priya Shah.\n")
        }
        // Text no quote or index shows: only the article's own page can change.
        try await Self.expectSameAsFullBuild(project, after: "text between quotes edited") {
            let text = try project.read("generated-6.txt")
            try project.write("generated-6.txt", text.replacingOccurrences(of: "vote next month", with: "vote later this month"))
        }
        try await Self.expectSameAsFullBuild(project, after: "a sample article edited") {
            let text = try project.read("harbour-strike-vote.txt")
            try project.write("harbour-strike-vote.txt", text.replacingOccurrences(of: "812 votes", with: "813 votes"))
        }
        try await Self.expectSameAsFullBuild(project, after: "an article added") {
            try project.write("generated-new.txt", Self.generated(13)[12].1.replacingOccurrences(of: "Number 12", with: "Number 99"))
        }
        try await Self.expectSameAsFullBuild(project, after: "an article deleted") {
            try FileManager.default.removeItem(at: project.articles.appendingPathComponent("generated-7.txt"))
            try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/generated-7.md"))
        }
        try await Self.expectSameAsFullBuild(project, after: "a speaker changed") {
            let text = try project.read("generated-2.txt")
            try project.write("generated-2.txt", text.replacingOccurrences(of: "Marco Villa", with: "Nora Lund"))
        }
        try await Self.expectSameAsFullBuild(project, after: "a date and a title changed") {
            let text = try project.read("generated-9.txt")
            try project.write(
                "generated-9.txt",
                text.replacingOccurrences(of: "2025-03-10", with: "2024-12-31").replacingOccurrences(of: "Council Weighs", with: "Council Drops"))
        }
        try await Self.expectSameAsFullBuild(project, after: "a quote credited to another speaker by hand") {
            let file = project.root.appendingPathComponent("content/generated-4.md")
            let markdown = try String(contentsOf: file, encoding: .utf8)
            let range = try #require(markdown.range(of: "][priya-shah]"))
            try markdown.replacingCharacters(in: range, with: "][marco-villa]").write(to: file, atomically: true, encoding: .utf8)
        }
        // The hand-edited file is kept and reported on every build, and an unchanged site is left alone.
        let home = project.site.appendingPathComponent(SitePath.home)
        let before = Self.inode(home)
        #expect(try await project.build().keptEdited == ["generated-4"])
        #expect(Self.inode(home) == before)
        // Statements reach across articles: an edit to one changes the pages of the others that report it.
        let statementPages = { Self.files(in: project.site).keys.filter { $0.hasPrefix("statements/") }.count }
        let statementsBefore = statementPages()
        #expect(statementsBefore > 0)
        try await Self.expectSameAsFullBuild(project, after: "a statement reported in one more article") {
            let text = try project.read("generated-3.txt")
            try project.write("generated-3.txt", text + "\"Nobody asked the people who work here,\" Priya Shah said again.\n")
        }
        try await Self.expectSameAsFullBuild(project, after: "a report of a statement reworded") {
            let text = try project.read("generated-3.txt")
            try project.write(
                "generated-3.txt", text.replacingOccurrences(of: "work here,\" Priya", with: "work on the quay at night,\" Priya"))
        }
        try await Self.expectSameAsFullBuild(project, after: "an article with a statement's only other report deleted") {
            try FileManager.default.removeItem(at: project.articles.appendingPathComponent("generated-6.txt"))
            try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/generated-6.md"))
        }
        try await Self.expectSameAsFullBuild(project, after: "a real news text edited") {
            let name = try #require(SharedData.evalArticles("dev").first).lastPathComponent
            try project.write(name, try project.read(name) + "\n\"We will look at it again,\" the minister said.\n")
        }
    }

    /// An article in the sample layout quoting `speaker` once.
    static func quoting(_ speaker: String, _ words: String, day: Int) -> String {
        """
        Harbour

        The Quay Plan, Day \(day)

        The council heard from traders again on day \(day).
        Harbour Wire
        2025-04-\(String(format: "%02d", day))
        "\(words)," said \(speaker), who spoke at the meeting.

        """
    }

    @Test func rebuildsEqualFullBuildsWhenAnAddedArticleMergesOrSplitsPages() async throws {
        let project = try Project()
        try project.write("burman.txt", Self.quoting("Leonard E. Burman", "The quay must be dredged first", day: 1))
        try project.write("anna-berg.txt", Self.quoting("Anna Berg", "We asked for a survey a year ago", day: 2))
        try project.write("berg.txt", Self.quoting("Berg", "Nobody has answered", day: 3))
        try project.write("other.txt", Self.quoting("Priya Shah", "The traders will wait", day: 4))
        try await project.build()
        let people = project.site.appendingPathComponent("people")
        let exists = { (slug: String) in FileManager.default.fileExists(atPath: people.appendingPathComponent(slug).path) }
        #expect(exists("anna-berg") && !exists("berg"))

        try await Self.expectSameAsFullBuild(project, after: "an article merging two spellings") {
            try project.write("len-burman.txt", Self.quoting("Len Burman", "It will cost more than they say", day: 5))
        }
        #expect(exists("leonard-e-burman") && !exists("len-burman"))
        // A second Berg makes "Berg" alone ambiguous: it leaves Anna Berg's page for one of its own.
        try await Self.expectSameAsFullBuild(project, after: "an article splitting a page") {
            try project.write("tomas-berg.txt", Self.quoting("Tomas Berg", "The survey is under way", day: 6))
        }
        #expect(exists("anna-berg") && exists("berg") && exists("tomas-berg"))
    }

    @Test func rebuildsOfPagedListsEqualFullBuilds() async throws {
        // More articles than an archive page lists, and speakers quoted more often than a page of theirs shows.
        let project = try Project()
        let count = SiteRenderer.teasersPerPage + 60
        // Every other article quotes Anna Berg once more, in words of its own.
        let articles = Self.generated(count).enumerated().map { index, article in
            index % 2 == 1 ? article : (article.0, article.1 + "\"Plan \(index) has my support,\" said Anna Berg.\n")
        }
        for (name, text) in articles { try project.write(name, text) }
        try await project.build()
        let site = project.site.appendingPathComponent("")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(SitePath.page(2, of: SitePath.articles)).path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(SitePath.page(2, of: SitePath.person("anna-berg"))).path))

        // The last page of the archive and of a speaker change, and the first pages count anew.
        try await Self.expectSameAsFullBuild(project, after: "a quote added to an old article") {
            let name = "generated-28.txt"
            try project.write(name, try project.read(name) + "\"We will look again in spring,\" said Anna Berg.\n")
        }
        // A title shown on the archive's second page only: the pages listing other articles stay as they were.
        try await Self.expectSameAsFullBuild(project, after: "a title changed on the archive's second page") {
            let name = "generated-56.txt"
            try project.write(name, try project.read(name).replacingOccurrences(of: "Council Weighs", with: "Council Shelves"))
        }
        // An article dated anew moves others from one page of the archive to the next.
        try await Self.expectSameAsFullBuild(project, after: "an article dated anew") {
            let name = "generated-3.txt"
            try project.write(name, try project.read(name).replacingOccurrences(of: "2025-03-04", with: "2025-02-27"))
        }
        // Fewer articles: the archive's second page and the speakers' second pages go.
        try await Self.expectSameAsFullBuild(project, after: "articles deleted") {
            for index in stride(from: count - 1, through: 120, by: -1) {
                try FileManager.default.removeItem(at: project.articles.appendingPathComponent("generated-\(index).txt"))
                try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/generated-\(index).md"))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(SitePath.page(2, of: SitePath.articles)).path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(SitePath.page(2, of: SitePath.person("anna-berg"))).path))
        try await Self.expectSameAsFullBuild(project, after: "articles added back") {
            for (name, text) in articles.suffix(count - 120) { try project.write(name, text) }
        }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(SitePath.page(2, of: SitePath.articles)).path))
    }

    /// The text of the site-wide files that list every quote: as JSON Lines, as CSV, and the
    /// search index's entries (all its shards of entries together).
    static func dataFiles(of project: Project) throws -> [String] {
        let search = project.site.appendingPathComponent(SearchIndex.folder)
        let entries = try FileManager.default.contentsOfDirectory(atPath: search.path).filter { $0.hasPrefix("a-") }.sorted()
        return try [SitePath.quotesJSONLines, SitePath.quotesCSV].map {
            try String(contentsOf: project.site.appendingPathComponent($0), encoding: .utf8)
        } + [try entries.map { try String(contentsOf: search.appendingPathComponent($0), encoding: .utf8) }.joined()]
    }

    @Test(.enabled(if: SharedData.isPresent, "needs ../shared"))
    func dataFilesFollowEditsToQuotesSpeakersAndArticles() async throws {
        let project = try Project()
        try Self.fill(project)
        try await project.build()
        try await project.build()
        #expect(try Self.dataFiles(of: project).allSatisfy { $0.contains("waited long enough for plan 3") })

        try await Self.expectSameAsFullBuild(project, after: "a quote's words changed") {
            let text = try project.read("generated-3.txt")
            try project.write("generated-3.txt", text.replacingOccurrences(of: "waited long enough", with: "waited far too long"))
        }
        for file in try Self.dataFiles(of: project) {
            #expect(file.contains("waited far too long for plan 3") && !file.contains("waited long enough for plan 3"))
            #expect(file.contains("waited long enough for plan 8"))
        }
        // A speaker's new name shows in the quotes of every article that quotes them.
        try await Self.expectSameAsFullBuild(project, after: "a speaker's name changed in three articles") {
            for index in [0, 5, 10] {
                let name = "generated-\(index).txt"
                try project.write(name, try project.read(name).replacingOccurrences(of: "Anna Berg", with: "Anna Bergström"))
            }
        }
        #expect(try Self.dataFiles(of: project).allSatisfy { $0.contains("Anna Bergström") })
        let people = try String(contentsOf: project.site.appendingPathComponent(SitePath.peopleJSONLines), encoding: .utf8)
        #expect(people.contains(#""name":"Anna Bergström""#))
        try await Self.expectSameAsFullBuild(project, after: "an article deleted") {
            try FileManager.default.removeItem(at: project.articles.appendingPathComponent("generated-3.txt"))
            try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/generated-3.md"))
        }
        for file in try Self.dataFiles(of: project) {
            #expect(!file.contains("for plan 3,") && !file.contains("Plan Number 3 "))
            #expect(file.contains("waited long enough for plan 8"))
        }
    }

    @Test(.enabled(if: SharedData.isPresent, "needs ../shared"))
    func aRebuildWithOneJobEqualsOneWithMany() async throws {
        let project = try Project()
        try Self.fill(project)
        try await project.build()
        let text = try project.read("generated-1.txt")
        try project.write("generated-1.txt", text + "\"It is settled,\" said Anna Berg.\n")
        let copy = try Project()
        try FileManager.default.removeItem(at: copy.root)
        try FileManager.default.copyItem(at: project.root, to: copy.root)
        try await project.build(jobs: 1)
        try await copy.build(jobs: 4)
        #expect(Self.files(in: project.site) == Self.files(in: copy.site))
    }

    @Test(.enabled(if: SharedData.isPresent, "needs ../shared"))
    func aSiteOrSpareChangedByHandIsBuiltAgainWhole() async throws {
        let project = try Project()
        try Self.fill(project)
        try await project.build()
        let spare = project.root.appendingPathComponent(".site.spare")
        #expect(FileManager.default.fileExists(atPath: spare.appendingPathComponent(SitePath.home).path))

        // A page gone from the spare must not reach the output with the next rebuild.
        try FileManager.default.removeItem(at: spare.appendingPathComponent(SitePath.notFound))
        let text = try project.read("generated-5.txt")
        try project.write("generated-5.txt", text + "\"Again,\" said Lena Okafor.\n")
        try await project.build()
        #expect(Self.files(in: project.site) == (try await Self.fullBuild(of: project)))

        // A page deleted from the output by hand comes back.
        try FileManager.default.removeItem(at: project.site.appendingPathComponent(SitePath.article("generated-8")))
        try await project.build()
        #expect(Self.files(in: project.site) == (try await Self.fullBuild(of: project)))

        // A page of the output written over in place (the same file, another time and size) is found.
        usleep(20_000)
        let page = project.site.appendingPathComponent(SitePath.article("generated-8"))
        let handle = try FileHandle(forWritingTo: page)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<p>added by hand</p>".utf8))
        try handle.close()
        try await project.build()
        #expect(Self.files(in: project.site) == (try await Self.fullBuild(of: project)))

        // And rebuilds after that are incremental again.
        try await Self.expectSameAsFullBuild(project, after: "an edit after a repair") {
            try project.write("generated-5.txt", text + "\"Once more,\" said Lena Okafor.\n")
        }

        // A page of the spare replaced by another file (the listing shows another inode) is found.
        let sparePage = spare.appendingPathComponent(SitePath.notFound)
        try FileManager.default.removeItem(at: sparePage)
        try Data("<p>changed by hand</p>".utf8).write(to: sparePage)
        try project.write("generated-5.txt", text + "\"And again,\" said Lena Okafor.\n")
        try await project.build()
        #expect(Self.files(in: project.site) == (try await Self.fullBuild(of: project)))
    }
}
