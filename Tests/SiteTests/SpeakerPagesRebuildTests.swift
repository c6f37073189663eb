import Foundation
@testable import Site
@testable import SiteModel
import Testing

/// A speaker quoted across the archive has many pages; a rebuild leaves alone those an edit
/// changes nothing on (which it renders, `SpeakerPageChangesTests` checks) and renders them all
/// when it adds a page, and its site is still a full build's.
@Suite(.serialized) struct SpeakerPagesRebuildTests {
    typealias Project = IncrementalBuildTests.Project

    /// Article `number` (from 0, one day apart, the later the newer) quoting Anna Berg twice,
    /// in words of its own; `reworded` changes the first quote's words.
    static func article(_ number: Int, reworded: Bool = false) -> String {
        let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: number, to: Date(timeIntervalSince1970: 1_704_067_200))!
        let day = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        return """
            Harbour

            The Quay, Part \(number)

            The council heard from traders again.
            Harbour Wire
            \(day)
            "Part \(number) of the plan \(reworded ? "was rewritten overnight" : "keeps the quay open")," said Anna Berg, who chairs the board.
            "We counted \(number) boats at dawn on the north side," said Anna Berg.

            """
    }

    /// The pages of Anna Berg: the first, then `people/anna-berg/page/N/`.
    static func page(_ number: Int, of project: Project) -> URL {
        project.site.appendingPathComponent(SitePath.page(number, of: SitePath.person("anna-berg")))
    }

    @Test func anEditLeavesAloneTheLaterPagesItChangesNothingOnAndAnAddedPageRendersThemAll() async throws {
        let project = try Project()
        // 125 articles of two quotes each: 50 articles to a page, three pages, newest first.
        for number in 0..<125 { try project.write(String(format: "part-%03d.txt", number), Self.article(number)) }
        try await project.build()
        let exists = { (number: Int) in FileManager.default.fileExists(atPath: Self.page(number, of: project).path) }
        #expect(exists(3) && !exists(4))
        let page3 = try String(contentsOf: Self.page(3, of: project), encoding: .utf8)
        #expect(page3.contains("Part 10 of the plan keeps the quay open") && !page3.contains("Part 60 of the plan"))

        // Part 60 is on the second page: its words change, the counts do not.
        var before = (1...3).map { IncrementalBuildTests.inode(Self.page($0, of: project)) }
        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "a quote on the second page reworded") {
            try project.write("part-060.txt", Self.article(60, reworded: true))
        }
        var after = (1...3).map { IncrementalBuildTests.inode(Self.page($0, of: project)) }
        #expect(after[1] != before[1], "the changed page was not rendered")
        #expect(after[2] == before[2], "the third page, which the edit changes nothing on, was written")
        #expect(try String(contentsOf: Self.page(2, of: project), encoding: .utf8).contains("was rewritten overnight"))

        // Fifty-one more quotes need a fourth page, which every page's pager names.
        before = (1...3).map { IncrementalBuildTests.inode(Self.page($0, of: project)) }
        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "quotes added past a page") {
            let quotes = (0..<51).map { "\"Harbour note \($0) is filed with the board,\" said Anna Berg." }
            try project.write("part-200.txt", Self.article(200) + quotes.joined(separator: "\n") + "\n")
        }
        after = (1...3).map { IncrementalBuildTests.inode(Self.page($0, of: project)) }
        #expect(exists(4) && zip(before, after).allSatisfy { $0 != $1 }, "an added page left pages as they were")

        // An edit that adds a quote changes the counts every page shows.
        before = (1...4).map { IncrementalBuildTests.inode(Self.page($0, of: project)) }
        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "a quote added to an old article") {
            try project.write("part-005.txt", Self.article(5) + "\"One more for the record,\" said Anna Berg.\n")
        }
        after = (1...4).map { IncrementalBuildTests.inode(Self.page($0, of: project)) }
        #expect(zip(before, after).allSatisfy { $0 != $1 })
    }
}
