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
        [
            QuotesData.pieced(graph: graph), PeopleData(graph: graph).pieced(), QuotesCSV(graph: graph).pieced(),
            ArticlesData(graph: graph, options: SiteOptions()).jsonLines(), ArticlesData(graph: graph, options: SiteOptions()).csv(),
        ]
    }

    @Test func theQuotesAreOneLineEachInArticleOrder() throws {
        let graph = try Self.sampleGraph()
        #expect(graph.quotes.count > 20)
        let text = String(decoding: QuotesData(graph: graph).jsonLines(), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == graph.quotes.count)
        for (line, quote) in zip(lines, graph.quotes) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["text"] as? String == quote.text)
            #expect(object["article"] as? String == quote.articleSlug)
            #expect(object["url"] as? String == SitePath.article(quote.articleSlug) + "#" + quote.anchor)
            #expect(object["speaker"] as? String == quote.speakerSlug)
            // What the article, the speaker or the url already say is not repeated for every quote.
            #expect(object["articleTitle"] == nil && object["index"] == nil && object["speakerURL"] == nil && object["date"] == nil)
        }
        #expect(QuotesData(graph: SiteGraph(documents: [])).jsonLines().isEmpty)
    }

    @Test func everyArticleIsOneLineWithItsTitleOutletAndDate() throws {
        let graph = try Self.sampleGraph()
        let data = ArticlesData(graph: graph, options: SiteOptions())
        let lines = String(decoding: data.jsonLines().make(reusing: nil, recorder: nil), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == graph.articles.count)
        for (line, article) in zip(lines, graph.articles) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["slug"] as? String == article.slug)
            #expect(object["title"] as? String == article.document.title)
            #expect(object["source"] as? String == article.document.source)
            #expect(object["date"] as? String == article.date?.text)
            #expect(object["url"] as? String == SitePath.article(article.slug))
            #expect(object["quotes"] as? Int == article.quotes.count)
        }
        let rows = String(decoding: data.csv().make(reusing: nil, recorder: nil), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(rows.first == "slug,title,source,date,topics,url")
        // A header, a row per article (no title of the sample has a line break), and the empty rest after the last break.
        #expect(rows.count == graph.articles.count + 2)
        #expect(rows.dropFirst().first?.hasPrefix(graph.articles[0].slug + ",") == true)
    }

    @Test func everySpeakerIsOneLineWithTheirQuotes() throws {
        let graph = try Self.sampleGraph()
        let file = PeopleData(graph: graph).pieced().make(reusing: nil, recorder: nil)
        let lines = String(decoding: file, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == graph.speakers.count)
        for (line, speaker) in zip(lines, graph.speakers) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["slug"] as? String == speaker.slug)
            #expect(object["name"] as? String == speaker.name)
            #expect(object["quotes"] as? Int == speaker.quotes.count)
            #expect((object["feed"] != nil) == !speaker.quotes.isEmpty)
        }
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
        #expect(pieces.places[.people]?.count == graph.speakers.count)

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
            speakers: Set(graph.speakers.dropFirst().map(\.slug)), wholeSpeakers: Set(graph.speakers.dropFirst().map(\.slug)))
        for file in Self.files(graph) {
            let fresh = file.make(reusing: nil, recorder: nil)
            let recorder = DataPieces.Recorder()
            let rebuilt = file.make(reusing: reuse, recorder: recorder)
            #expect(rebuilt.count == fresh.count)
            for run in file.runs {
                let places = try #require(recorder.recorded.places[run.part])
                for (slug, place) in places {
                    let piece = rebuilt[place.start..<place.start + place.count]
                    let copied = run.nodes == .articles ? slug != changed : slug != graph.speakers[0].slug
                    #expect(copied == piece.allSatisfy { $0 == UInt8(ascii: "#") }, "\(file.path): \(slug)")
                    if !copied { #expect(piece == fresh[place.start..<place.start + place.count]) }
                }
            }
        }

        // A previous file of another size is not trusted: everything is made again.
        let quotes = folder.appendingPathComponent(SitePath.quotesJSONLines)
        try (try Data(contentsOf: quotes) + Data("\n".utf8)).write(to: quotes)
        let file = QuotesData.pieced(graph: graph)
        #expect(file.make(reusing: reuse, recorder: nil) == file.make(reusing: nil, recorder: nil))
    }

    @Test func placesReadBackEqual() throws {
        let graph = try Self.sampleGraph()
        let recorder = DataPieces.Recorder()
        for file in Self.files(graph) { _ = file.make(reusing: nil, recorder: recorder) }
        var writer = BinaryWriter()
        recorder.recorded.write(to: &writer)
        var reader = BinaryReader(writer.bytes)
        #expect(try DataPieces(from: &reader) == recorder.recorded)
        #expect(reader.isAtEnd)
        #expect(recorder.recorded.places.count == DataPieces.Part.allCases.count)
    }
}
