import Attribution
import Content
import Foundation
import TestSupport
import Testing

@testable import SiteModel
@testable import SitePages

/// The search index: every quote, speaker and article is found by each of its words, in shards
/// small enough to load one per word of a query; an edit changes only the files of its words.
@Suite struct SearchIndexTests {
    /// The data a shard script hands over.
    static func data(of bytes: [UInt8]) throws -> Any {
        let text = String(decoding: bytes, as: UTF8.self)
        let json = try #require(text.range(of: #"(?<=",).*(?=\);\n$)"#, options: .regularExpression))
        return try JSONSerialization.jsonObject(with: Data(text[json].utf8))
    }

    /// The index's files by path.
    static func files(_ graph: SiteGraph) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: SearchIndex(graph: graph).files().map { ($0.path, $0.bytes) })
    }

    /// Every word of the index with its decoded postings, checking each is in its key's shard once.
    static func terms(_ files: [String: [UInt8]]) throws -> [String: [(ordinal: Int, marks: SearchMarks)]] {
        let manifestText = String(decoding: try #require(files[SitePath.searchIndex]), as: UTF8.self)
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(manifestText.dropFirst("window.verbatimSearchIndex = ".count).dropLast(2).utf8))
                as? [String: Any])
        var terms: [String: [(ordinal: Int, marks: SearchMarks)]] = [:]
        for key in try #require(manifest["shards"] as? [String]) {
            let file = try #require(files[SearchIndex.folder + SearchShards.name(key) + ".js"])
            for (term, postings) in try #require(try Self.data(of: file) as? [String: String]) {
                #expect(term.hasPrefix(key), "\(term) is in the shard of \(key)")
                #expect(terms.updateValue(try #require(SearchPostings.decode(Array(postings.utf8))), forKey: term) == nil)
            }
        }
        return terms
    }

    @Test func wordsAreFoldedAsTheScriptFoldsThem() {
        #expect(SearchTerms.words("Café, CAFE and café-au-lait") == ["cafe", "and", "au", "lait"])
        #expect(SearchTerms.words("“Don’t,” said Zoë Ólafsdóttir.") == ["don", "t", "said", "zoe", "olafsdottir"])
        #expect(SearchTerms.words("ΣΟΦΟΣ σοφός 2024") == ["σοφοσ", "2024"])
        #expect(SearchTerms.words("İstanbul—Ankara") == ["istanbul", "ankara"])
        #expect(SearchTerms.words("  ...  ").isEmpty)
    }

    @Test func everyQuoteSpeakerAndArticleIsFoundByEachOfItsWords() throws {
        let graph = try DataPiecesTests.sampleGraph()
        let files = Self.files(graph)
        let terms = try Self.terms(files)
        let index = SearchIndex(graph: graph)
        var listed = Set<String>()
        for ordinal in 0..<graph.articles.count {
            let article = index.article(ordinal)
            #expect(article.slug == graph.articles[graph.articles.count - 1 - ordinal].slug, "ordinal 0 is the oldest article")
            let file = try #require(files[SearchIndex.folder + "a-\(ordinal / SearchIndex.group).js"])
            let data = try #require(try Self.data(of: file) as? [Any])
            let names = try #require(data.first as? [String])
            #expect(Set(names).count == names.count, "each speaker is named once a file")
            let entry = try #require((data.last as? [[Any]])?[ordinal % SearchIndex.group])
            #expect(entry.count == 4, "title, address, quotes, speakers: no standfirst")
            #expect(entry[0] as? String == article.document.title && entry[1] as? String == SitePath.article(article.slug))
            for word in SearchTerms.words(article.document.title) {
                #expect(try #require(terms[word]).contains { $0.ordinal == ordinal && $0.marks.own })
            }
            let quotes = try #require(entry[2] as? [[Any]])
            #expect(quotes.map { $0[0] as? String } == article.quotes.map(\.text))
            // The speaker by position in the file's names; the anchor only when its position does not give it.
            for (position, quote) in article.quotes.enumerated() {
                let who = quotes[position].count > 1 ? try #require(quotes[position][1] as? Int) : -1
                #expect((who < 0 ? nil : names[who]) == quote.speakerSlug.flatMap(graph.speaker)?.name)
                #expect(quotes[position].count == 3 ? quotes[position][2] as? String == quote.anchor : quote.anchor == "q-\(position + 1)")
            }
            for (position, quote) in article.quotes.enumerated() {
                for word in SearchTerms.words(quote.text) {
                    #expect(
                        try #require(terms[word]).contains { $0.ordinal == ordinal && $0.marks.quotes.contains(position) },
                        "\(word) does not find \(quote.text)")
                }
            }
            for (position, speaker) in try #require(entry[3] as? [[String]]).enumerated() {
                let node = try #require(graph.speakers.first { SitePath.person($0.slug) == speaker[1] })
                #expect(speaker[0] == node.name && index.home(of: node) == ordinal)
                #expect(listed.insert(node.slug).inserted, "\(node.slug) is listed twice")
                for word in SearchTerms.words(node.name) {
                    #expect(try #require(terms[word]).contains { $0.ordinal == ordinal && $0.marks.speakers.contains(position) })
                }
            }
        }
        #expect(listed == Set(graph.speakers.map(\.slug)), "every speaker is listed with one article")
    }

    @Test func postingsRoundTripAndTakeTheShorterOfPositionsAndAMask() throws {
        let items: [(ordinal: Int, marks: SearchMarks)] = [
            (0, SearchMarks(quotes: [3], speakers: [], own: false)),
            (37, SearchMarks(quotes: [0, 1, 2, 3, 4], speakers: [1], own: true)),
            (40, SearchMarks(quotes: [], speakers: [0], own: false)),
            (41, SearchMarks(quotes: [2, 60], speakers: [], own: false)),
        ]
        let text = String(decoding: SearchPostings.encode(items), as: UTF8.self)
        #expect(text == "0.3,11!*v:1,3:0,1.2.1o")
        let decoded = try #require(SearchPostings.decode(Array(text.utf8)))
        #expect(decoded.map(\.ordinal) == items.map(\.ordinal) && decoded.map(\.marks) == items.map(\.marks))
        #expect(SearchPostings.decode(Array("1.2,x".utf8)) == nil, "an item without marks is not one")
        #expect(SearchPostings.decode(Array("1?2".utf8)) == nil)
    }

    @Test func largeShardsAreSplitByLongerBeginnings() throws {
        let words = ["t", "ta", "tax", "the", "them", "then", "there", "to", "zoo"]
        func units(_ size: Int) -> [SearchShards.Unit] {
            words.map { SearchShards.Unit(word: $0, size: $0 == "zoo" ? 10 : size) }
        }
        let shards = try SearchShards.plan(units(SearchShards.shardLimit / 5)).get()
        #expect(shards.map(\.key) == ["t", "ta", "th", "to", "z"])
        #expect(shards.first { $0.key == "th" }?.units.map { words[$0] } == ["the", "them", "then", "there"])
        // Past the limit again, "th" would be split once more, and "the" keep its own word.
        let larger = try SearchShards.plan(units(SearchShards.shardLimit * 2 / 5)).get()
        #expect(larger.map(\.key) == ["t", "ta", "the", "them", "then", "ther", "to", "z"])
        #expect(SearchShards.name("con") == "t-con")
        #expect(SearchShards.name("ça") == "t-_0000e7a")
    }

    @Test func filesNotReadStandInForTheirWordsUntilTheSplitGoesThroughThem() throws {
        let limit = SearchShards.shardLimit
        // A previous file of every word beginning "th", and one of the single word "t".
        let th = SearchShards.Unit(file: "th", size: limit * 4 / 5, block: .group)
        let t = SearchShards.Unit(file: "t", size: 10, block: .ownWord)
        let ta = SearchShards.Unit(word: "ta", size: limit / 2)
        let kept = try SearchShards.plan([t, ta, th]).get()
        #expect(kept.map(\.key) == ["t", "ta", "th"], "the files stand where they were")
        // Grown past the limit, "th" is split by one more letter, which needs its words.
        var grown = th
        grown.size = limit + 1
        guard case .failure(let unread) = SearchShards.plan([t, ta, grown]) else {
            Issue.record("a file the split goes through was not asked for")
            return
        }
        #expect(unread.blocks == [2])
        // Shrunk below the limit, all of "t" is one file again, which needs both files' words.
        var small = ta
        small.size = 10
        guard case .failure(let merged) = SearchShards.plan([t, small, th]) else {
            Issue.record("files put together with other words were not asked for")
            return
        }
        #expect(merged.blocks == [0, 2])
    }

    @Test func shardScriptsAreReadBackAsWritten() throws {
        let words: [(word: String, postings: [UInt8])] = [("zoe", Array("0.1".utf8)), ("zoë", Array("3!,1:0".utf8))]
        let script = SearchShards.script(key: "zo", words: words)
        #expect(try Self.data(of: script) as? [String: String] == ["zoe": "0.1", "zoë": "3!,1:0"])
        let read = try #require(SearchShards.words(ofScript: script))
        #expect(read.map(\.word) == words.map(\.word) && read.map(\.postings) == words.map(\.postings))
        #expect(SearchShards.words(ofScript: Array(script.dropLast())) == nil)
    }

    @Test func anEditedQuoteChangesOnlyItsArticlesEntriesAndTheShardsOfItsWords() throws {
        var documents = try Fixtures.sampleDocuments()
        let before = Self.files(SiteGraph(documents: documents))
        let edited = try #require(documents.indices.first { documents[$0].quotes.count > 1 })
        let oldWords = SearchTerms.words(documents[edited].quotes[1].text)
        documents[edited].quotes[1].text += " quokka zebra"
        let graph = SiteGraph(documents: documents)
        let after = Self.files(graph)
        #expect(Set(before.keys) == Set(after.keys))
        let index = SearchIndex(graph: graph)
        let ordinal = try #require((0..<graph.articles.count).first { index.article($0).slug == documents[edited].slug })
        let terms = try Self.terms(after)
        let keys = Set(try Self.terms(before).keys).union(terms.keys)
        // The shard of each word the edit touched: the one of the longest key the word begins with.
        let manifestText = String(decoding: try #require(after[SitePath.searchIndex]), as: UTF8.self)
        let shardKeys = try #require(
            (try JSONSerialization.jsonObject(with: Data(manifestText.dropFirst("window.verbatimSearchIndex = ".count).dropLast(2).utf8))
                as? [String: Any])?["shards"] as? [String])
        var shardFiles = Set<String>()
        for word in oldWords + ["quokka", "zebra"] {
            let keys: [String] = shardKeys.filter { word.hasPrefix($0) }
            if let key = keys.max(by: { $0.count < $1.count }) { shardFiles.insert(SearchIndex.folder + SearchShards.name(key) + ".js") }
        }
        let changed = Set(after.keys.filter { before[$0] != after[$0] })
        #expect(changed.contains(SearchIndex.folder + "a-\(ordinal / SearchIndex.group).js"))
        #expect(changed.isSubset(of: shardFiles.union([SearchIndex.folder + "a-\(ordinal / SearchIndex.group).js"])), "\(changed)")
        #expect(changed.count < after.count / 4 && keys.contains("quokka"))
    }

    /// Writes the index of `documents` into a new folder, returning it and the recorded state.
    static func written(_ documents: [Document]) throws -> (folder: URL, pieces: DataPieces) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(SearchIndex.folder), withIntermediateDirectories: true)
        let recorder = DataPieces.Recorder()
        _ = try SearchIndex(graph: SiteGraph(documents: documents)).write(reusing: nil, recorder: recorder) { file in
            try Data(file.bytes).write(to: folder.appendingPathComponent(file.path))
        }
        return (folder, recorder.recorded)
    }

    /// Updates the index written from `before` for `after`, whose articles `changed` differ, and
    /// checks it against the whole index of `after`; returns the paths it made and how many
    /// files the index has.
    static func update(from before: [Document], to after: [Document], changed: Set<String>) throws -> (made: Set<String>, total: Int) {
        let (folder, pieces) = try written(before)
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = SiteGraph(documents: after)
        var reuse = PieceReuse(
            folder: folder, pieces: pieces, articles: Set(graph.articles.map(\.slug)).subtracting(changed), speakers: [],
            wholeSpeakers: [])
        reuse.previousDocuments = Dictionary(uniqueKeysWithValues: before.filter { changed.contains($0.slug) }.map { ($0.slug, $0) })
        let recorder = DataPieces.Recorder()
        var made: [String: [UInt8]] = [:]
        let paths = SearchIndex(graph: graph).write(reusing: reuse, recorder: recorder) { made[$0.path] = $0.bytes }
        let whole = DataPieces.Recorder()
        var full: [String: [UInt8]] = [:]
        _ = SearchIndex(graph: graph).write(reusing: nil, recorder: whole) { full[$0.path] = $0.bytes }
        #expect(Set(paths) == Set(full.keys), "the update names the whole index's files")
        for path in full.keys.sorted() {
            let bytes = try made[path] ?? Array(Data(contentsOf: folder.appendingPathComponent(path)))
            #expect(bytes == full[path], "\(path) is not the whole index's")
        }
        #expect(recorder.recorded.search == whole.recorded.search && recorder.recorded.search != nil)
        return (Set(made.keys), full.count)
    }

    @Test func anUpdateMakesOnlyTheChangedFilesAndThoseAreTheWholeIndexs() throws {
        let documents = try Fixtures.sampleDocuments()
        let graph = SiteGraph(documents: documents)
        let newest = graph.articles[0].slug
        let edited = try #require(documents.firstIndex { $0.slug != newest && $0.quotes.count > 1 })
        var after = documents
        after[edited].quotes[1].text += " quokka zebra"
        let (made, total) = try Self.update(from: documents, to: after, changed: [documents[edited].slug])
        #expect(made.count < total / 2, "the update made \(made.count) of \(total) files")
        let ordinal = graph.articles.count - 1 - (graph.articles.firstIndex { $0.slug == documents[edited].slug } ?? 0)
        #expect(made.contains(SearchIndex.folder + "a-\(ordinal / SearchIndex.group).js"))
        #expect(made.contains { $0.hasPrefix(SearchIndex.folder + "t-q") } && made.contains { $0.hasPrefix(SearchIndex.folder + "t-z") })

        // An article added as the newest, with a speaker of its own; then the newest taken away.
        var added = documents[edited]
        added.slug = "added-article"
        added.date = "2099-01-01"
        added.title = "A wholly new headline"
        added.speakers.append(Speaker(id: "xavier-quill", name: "Xavier Quill", kind: .person))
        added.quotes[0].speakerID = "xavier-quill"
        _ = try Self.update(from: documents, to: documents + [added], changed: ["added-article"])
        _ = try Self.update(from: documents + [added], to: documents, changed: ["added-article"])
    }
}
