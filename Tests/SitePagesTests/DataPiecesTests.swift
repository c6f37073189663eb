import Content
import Foundation
@testable import SiteModel
@testable import SitePages
import TestSupport
import Testing

/// The site-wide data files are made of one piece per article or speaker: made whole they must be
/// the files as ever, and a rebuild must copy exactly the pieces it is told still hold.
@Suite struct DataPiecesTests {
    /// The graph of the sample articles as a build reads them back, so quotes have contexts.
    static func sampleGraph() throws -> SiteGraph {
        SiteGraph(documents: try Fixtures.sampleDocuments())
    }

    static func files(_ graph: SiteGraph) -> [PiecedFile] {
        [QuotesData.pieced(graph: graph), SearchIndex(graph: graph).pieced(), QuotesCSV(graph: graph, options: SiteOptions()).pieced()]
    }

    @Test func piecedQuotesAreTheWholeFile() throws {
        let graph = try Self.sampleGraph()
        #expect(graph.quotes.count > 20)
        #expect(QuotesData.pieced(graph: graph).make(reusing: nil, recorder: nil) == QuotesData(graph: graph).json())
        let empty = SiteGraph(documents: [])
        #expect(QuotesData.pieced(graph: empty).make(reusing: nil, recorder: nil) == QuotesData(graph: empty).json())
    }

    @Test func theSearchIndexIsOneScriptOfThreeLists() throws {
        let graph = try Self.sampleGraph()
        let script = String(decoding: SearchIndex(graph: graph).pieced().make(reusing: nil, recorder: nil), as: UTF8.self)
        let prefix = "window.verbatimSearchIndex = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(script.dropFirst(prefix.count).dropLast(2).utf8)) as? [String: [Any]])
        #expect(json["articles"]?.count == graph.articles.count)
        #expect(json["people"]?.count == graph.speakers.count)
        #expect(json["quotes"]?.count == graph.quotes.count)
    }

    /// Writes `graph`'s data files into `folder` and returns where their pieces lie.
    static func write(_ graph: SiteGraph, into folder: URL) throws -> DataPieces {
        let recorder = DataPieces.Recorder()
        for file in files(graph) {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.make(reusing: nil, recorder: recorder).write(to: url)
        }
        return recorder.recorded
    }

    @Test func onlyThePiecesVouchedForAreCopied() throws {
        let graph = try Self.sampleGraph()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pieces-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pieces = try Self.write(graph, into: folder)
        #expect(pieces.places[.quotesJSON]?.count == graph.articles.filter { !$0.quotes.isEmpty }.count)
        #expect(pieces.places[.searchPeople]?.count == graph.speakers.count)

        // Every piece of the previous files blanked out, their sizes kept: whatever is copied shows.
        for path in pieces.sizes.keys {
            let url = folder.appendingPathComponent(path)
            var bytes = [UInt8](try Data(contentsOf: url))
            for part in DataPieces.Part.allCases where Self.files(graph).first(where: { $0.runs.contains { $0.part == part } })?.path == path {
                for place in pieces.places[part]!.values {
                    bytes.replaceSubrange(place.start..<place.start + place.count, with: repeatElement(UInt8(ascii: "#"), count: place.count))
                }
            }
            try Data(bytes).write(to: url)
        }
        let changed = try #require(graph.articles.first { $0.quotes.count > 1 }).slug
        let reuse = PieceReuse(
            folder: folder, pieces: pieces, articles: Set(graph.articles.map(\.slug)).subtracting([changed]),
            speakers: Set(graph.speakers.dropFirst().map(\.slug)), teasers: [])
        for file in Self.files(graph) {
            let fresh = file.make(reusing: nil, recorder: nil)
            let recorder = DataPieces.Recorder()
            let rebuilt = file.make(reusing: reuse, recorder: recorder)
            #expect(rebuilt.count == fresh.count)
            for run in file.runs {
                let places = try #require(recorder.recorded.places[run.part])
                for (slug, place) in places {
                    let piece = rebuilt[place.start..<place.start + place.count]
                    let copied = run.ofSpeakers ? slug != graph.speakers[0].slug : slug != changed
                    #expect(copied == piece.allSatisfy { $0 == UInt8(ascii: "#") }, "\(file.path): \(slug)")
                    if !copied { #expect(piece == fresh[place.start..<place.start + place.count]) }
                }
            }
        }

        // A previous file of another size is not trusted: everything is made again.
        let quotes = folder.appendingPathComponent(SitePath.quotesJSON)
        try (try Data(contentsOf: quotes) + Data("\n".utf8)).write(to: quotes)
        let file = QuotesData.pieced(graph: graph)
        #expect(file.make(reusing: reuse, recorder: nil) == file.make(reusing: nil, recorder: nil))
    }

    @Test func placesReadBackEqual() throws {
        let graph = try Self.sampleGraph()
        let recorder = DataPieces.Recorder()
        for file in Self.files(graph) { _ = file.make(reusing: nil, recorder: recorder) }
        var renderer = SiteRenderer(graph: graph, templates: try SiteTemplates())
        renderer.pieceRecorder = recorder
        _ = try renderer.archiveHTML()
        var writer = BinaryWriter()
        recorder.recorded.write(to: &writer)
        var reader = BinaryReader(writer.bytes)
        #expect(try DataPieces(from: &reader) == recorder.recorded)
        #expect(reader.isAtEnd)
        #expect(recorder.recorded.places.count == DataPieces.Part.allCases.count)
    }

    @Test func theArchiveIsItsTeasersBetweenTheMonths() throws {
        let graph = try Self.sampleGraph()
        var renderer = SiteRenderer(graph: graph, templates: try SiteTemplates())
        let recorder = DataPieces.Recorder()
        renderer.pieceRecorder = recorder
        let whole = try renderer.templates.render("articles", renderer.archivePage())
        let pieced = try renderer.archiveHTML()
        #expect(pieced == whole)
        #expect(Set(renderer.archiveGroups().map(\.heading)).count > 3)
        let places = try #require(recorder.recorded.places[.archiveTeasers])
        #expect(places.count == graph.articles.count)

        // Teasers vouched for come from the previous page: blanked there, they come out blank.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Array(pieced.utf8)
        for place in places.values {
            bytes.replaceSubrange(place.start..<place.start + place.count, with: repeatElement(UInt8(ascii: "#"), count: place.count))
        }
        let url = folder.appendingPathComponent(SitePath.articles)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        let changed = graph.articles[3].slug
        renderer.pieceReuse = PieceReuse(
            folder: folder, pieces: recorder.recorded, articles: [], speakers: [],
            teasers: Set(graph.articles.map(\.slug)).subtracting([changed]))
        let rebuilt = Array(try renderer.archiveHTML().utf8)
        #expect(rebuilt.count == bytes.count)
        for (slug, place) in places {
            let piece = rebuilt[place.start..<place.start + place.count]
            #expect(piece.allSatisfy { $0 == UInt8(ascii: "#") } == (slug != changed), "\(slug)")
        }
    }

    @Test func aSiteWithItsOwnTeaserGetsTheArchiveWhole() throws {
        let graph = try Self.sampleGraph()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("teaser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<li>{{title}} of {{summary}}</li>\n".utf8).write(to: folder.appendingPathComponent("article-teaser.mustache"))
        let renderer = SiteRenderer(graph: graph, templates: try SiteTemplates(overridesIn: folder))
        let html = try renderer.archiveHTML()
        #expect(html == (try renderer.templates.render("articles", renderer.archivePage())))
        // The teaser reads the page's summary through the context, which a teaser alone has not.
        #expect(html.contains("<li>\(graph.articles[0].document.title) of \(graph.articles.count) articles"))
    }
}
