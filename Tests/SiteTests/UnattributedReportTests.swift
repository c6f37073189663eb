import Foundation
@testable import Site
@testable import SiteModel
import Testing

/// A quote an article credits to nobody joins the statement of the one speaker whose words it
/// quotes in another article; rebuilds follow it as full builds do, whichever article changes.
@Suite(.serialized) struct UnattributedReportTests {
    typealias Project = IncrementalBuildTests.Project

    static let words = "We asked for a survey of the quay a year ago and nobody has answered us since"

    /// An article that quotes `words` from a banner, naming nobody, dated April `day`.
    static func banner(_ words: String, day: Int) -> String {
        """
        Harbour

        Banners Along the Quay, Day \(day)

        Traders hung banners along the quay on Wednesday.
        Harbour Wire
        2025-04-\(String(format: "%02d", day))
        One banner read: "\(words)."
        The council will vote next month.

        """
    }

    /// The `statement` and `speaker` of the first quote of each article in the site's quote data.
    static func firstQuotes(of project: Project) throws -> [String: (statement: String, speaker: String?)] {
        let text = try String(contentsOf: project.site.appendingPathComponent(SitePath.quotesJSONLines), encoding: .utf8)
        var quotes: [String: (statement: String, speaker: String?)] = [:]
        for line in text.split(separator: "\n") {
            let quote = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let article = try #require(quote["article"] as? String)
            if quotes[article] == nil {
                quotes[article] = (try #require(quote["statement"] as? String), quote["speaker"] as? String)
            }
        }
        return quotes
    }

    /// The text of `path` in the project's site.
    static func page(_ path: String, of project: Project) throws -> String {
        try String(contentsOf: project.site.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func aQuoteCreditedToNobodyJoinsTheStatementOfTheOneSpeakerWhoseWordsItHolds() async throws {
        let project = try Project()
        try project.write("a.txt", IncrementalBuildTests.quoting("Anna Berg", Self.words, day: 2))
        try project.write("b.txt", Self.banner(Self.words, day: 3))
        try project.write("c.txt", IncrementalBuildTests.quoting("Priya Shah", "The traders will wait for the survey", day: 4))
        // Seven words of it are too few to tell a statement from a phrase.
        try project.write("e.txt", Self.banner("asked for a survey of the quay", day: 5))
        try await project.build()
        var quotes = try Self.firstQuotes(of: project)
        #expect(quotes["a"]?.statement == "a-q-1" && quotes["a"]?.speaker == "anna-berg")
        #expect(quotes["b"]?.statement == "a-q-1" && quotes["b"]?.speaker == nil)
        #expect(quotes["e"]?.statement == "e-q-1")
        #expect(try Self.page(SitePath.statement("a-q-1"), of: project).contains("Said by Anna Berg; reported in 2 articles"))

        // Another speaker quoted in the same words: which one the banner quotes is unknown.
        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "a second speaker of the words") {
            try project.write("d.txt", IncrementalBuildTests.quoting("Priya Shah", Self.words, day: 6))
        }
        quotes = try Self.firstQuotes(of: project)
        #expect(quotes["b"]?.statement == "b-q-1")
        #expect(quotes["a"]?.statement == "a-q-1" && quotes["d"]?.statement == "d-q-1")
        #expect(!FileManager.default.fileExists(atPath: project.site.appendingPathComponent(SitePath.statement("a-q-1")).path))

        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "the second speaker's article deleted") {
            try FileManager.default.removeItem(at: project.articles.appendingPathComponent("d.txt"))
            try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/d.md"))
        }
        #expect(try Self.firstQuotes(of: project)["b"]?.statement == "a-q-1")

        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "the banner reworded") {
            try project.write("b.txt", Self.banner("Nobody asked the people who work on the quay at night", day: 3))
        }
        #expect(try Self.firstQuotes(of: project)["b"]?.statement == "b-q-1")

        // Reported first by the article that credits nobody, the statement takes its id from it;
        // the speaker's page still lists it, at the speaker's own report.
        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "the banner's words back, a day earlier") {
            try project.write("b.txt", Self.banner(Self.words, day: 1))
        }
        quotes = try Self.firstQuotes(of: project)
        #expect(quotes["a"]?.statement == "b-q-1" && quotes["b"]?.statement == "b-q-1")
        let speakerPage = try Self.page(SitePath.person("anna-berg"), of: project)
        #expect(speakerPage.contains("We asked for a survey of the quay a year ago"))
        #expect(speakerPage.contains(SitePath.statement("b-q-1")))
    }

    @Test func aSpeakerPageShowsTheWordsOfAnEarlierReportCreditingNobody() async throws {
        let project = try Project()
        try project.write("a.txt", IncrementalBuildTests.quoting("Anna Berg", Self.words, day: 2))
        try project.write("b.txt", Self.banner(Self.words + " and the council knows it", day: 1))
        try await project.build()
        let quotes = try Self.firstQuotes(of: project)
        #expect(quotes["a"]?.statement == "b-q-1" && quotes["b"]?.statement == "b-q-1")
        // The banner's report comes first, in longer words than the speaker's own report the page shows.
        let speakerPage = try Self.page(SitePath.person("anna-berg"), of: project)
        #expect(speakerPage.contains("nobody has answered us since and the council knows it.”"))
    }

    /// Each edit changes one article: the speaker's words, the banner's article around the banner,
    /// or a banner's words; the rebuild finds what joins again only for the changed article's quotes.
    @Test func editsOfOneArticleJoinAndPartQuotesCreditedToNobodyAsAFullBuildDoes() async throws {
        let project = try Project()
        try project.write("a.txt", IncrementalBuildTests.quoting("Anna Berg", Self.words, day: 2))
        try project.write("b.txt", Self.banner(Self.words, day: 3))
        try project.write("c.txt", IncrementalBuildTests.quoting("Priya Shah", "The traders will wait for the survey", day: 4))
        try await project.build()
        #expect(try Self.firstQuotes(of: project)["b"]?.statement == "a-q-1")

        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "the speaker's words changed") {
            try project.write("a.txt", IncrementalBuildTests.quoting("Anna Berg", "The quay can wait another year", day: 2))
        }
        #expect(try Self.firstQuotes(of: project)["b"]?.statement == "b-q-1")
        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "the speaker's words back") {
            try project.write("a.txt", IncrementalBuildTests.quoting("Anna Berg", Self.words, day: 2))
        }
        #expect(try Self.firstQuotes(of: project)["b"]?.statement == "a-q-1")
        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "the banner's article edited around it") {
            try project.write("b.txt", Self.banner(Self.words, day: 3) + "Traders said the banners would stay up.\n")
        }
        #expect(try Self.firstQuotes(of: project)["b"]?.statement == "a-q-1")
        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "a second banner in another speaker's article") {
            try project.write(
                "c.txt",
                IncrementalBuildTests.quoting("Priya Shah", "The traders will wait for the survey", day: 4)
                    + "A second banner read: \"\(Self.words).\"\n")
        }
        let page = try Self.page(SitePath.statement("a-q-1"), of: project)
        #expect(page.contains("reported in 3 articles"))
        // Still holding the speaker's words, the banner stays a report; the pages that show its words change.
        try await IncrementalBuildTests.expectSameAsFullBuild(project, after: "the banner's words changed but for a passage") {
            try project.write("b.txt", Self.banner("Months ago we asked for a survey of the quay a year ago and nobody has answered", day: 3))
        }
        #expect(try Self.firstQuotes(of: project)["b"]?.statement == "a-q-1")
    }
}
