import Foundation
import Testing

@testable import Site

/// The people pages of the sample site, built from its articles and `people.yml` as a user
/// builds it: the index files people by surname and organisations apart, and a sentence
/// interrupted by its cue reads whole on the speaker's page.
@Suite struct SamplePeopleTests {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Builds the sample site in a fresh project and returns the text of `paths` in it.
    static func built(_ paths: [String]) async throws -> [String] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sample-people-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("articles"), to: root.appendingPathComponent("articles"))
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("people.yml"), to: root.appendingPathComponent("people.yml"))
        let site = root.appendingPathComponent("site")
        try await SiteBuild(root: root, output: site, jobs: 2).run()
        return try paths.map { try String(contentsOf: site.appendingPathComponent($0), encoding: .utf8) }
    }

    /// The section of `page` from the heading with `id` to the next heading of its level.
    static func section(_ page: String, id: String, level: Int) -> String {
        guard let start = page.range(of: "<h\(level) id=\"\(id)\">") else { return "" }
        let rest = page[start.upperBound...]
        let end = rest.range(of: "<h\(level) ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func peopleAreFiledBySurnameAndOrganisationsApart() async throws {
        let index = try await Self.built(["people/index.html"])[0]
        #expect(Self.section(index, id: "people-i", level: 3).contains(">Babar Iftikhar<"))
        #expect(!Self.section(index, id: "people-b", level: 3).contains("Babar Iftikhar"))
        #expect(Self.section(index, id: "people-w", level: 3).contains(">Saskia Wren<"))
        let people = Self.section(index, id: "people", level: 2)
        let organisations = Self.section(index, id: "organisations", level: 2)
        #expect(!people.contains("Varnholm Railways"))
        #expect(organisations.contains(">Varnholm Railways<"))
        // By first name Babar would come before Per; by surname Aldane comes before Iftikhar.
        let aldane = try #require(people.range(of: ">Per Aldane<"))
        let iftikhar = try #require(people.range(of: ">Babar Iftikhar<"))
        #expect(aldane.lowerBound < iftikhar.lowerBound)
    }

    @Test func aSentenceInterruptedByItsCueReadsWhole() async throws {
        let page = try await Self.built(["people/saskia-wren/index.html"])[0]
        // One item: the first half, the cue linking to the second half's place, the second half.
        #expect(page.contains("\"><a class=\"said\" href=\"../../articles/heatwave-health-advice/index.html#q-"))
        #expect(page.contains("“What used to be a once-in-fifty-years summer day is now a once-in-ten-years day,”</a> <a class=\"cue\" href=\"../../articles/heatwave-health-advice/index.html#q-"))
        #expect(page.contains(">said Wren,</a> “and by the 2040s it could be every other summer.”</blockquote>"))
        #expect(!page.contains("“…” said Wren, “…”"))
    }
}
