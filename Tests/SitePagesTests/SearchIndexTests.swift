import Foundation
import Testing

@testable import SiteModel
@testable import SitePages

/// The search index: every quote, speaker and article is found by each of its words, in shards
/// small enough to load one per word of a query, ranked quotes first.
@Suite struct SearchIndexTests {
    /// The entry numbers a posting list holds, read as `assets/search.js` reads them.
    static func decode(_ postings: String) throws -> [Int] {
        if postings.hasPrefix("b:") {
            let bytes = try #require(Data(base64Encoded: String(postings.dropFirst(2))))
            return bytes.enumerated().flatMap { index, byte in (0..<8).filter { byte & (1 << $0) != 0 }.map { index * 8 + $0 } }
        }
        var id = 0
        return try postings.dropFirst(2).split(separator: ",").map {
            id += try #require(Int($0, radix: 36))
            return id
        }
    }

    /// The data a shard script hands over.
    static func data(of file: SearchIndex.File) throws -> Any {
        let text = String(decoding: file.bytes, as: UTF8.self)
        let json = try #require(text.range(of: #"(?<=",).*(?=\);\n$)"#, options: .regularExpression))
        return try JSONSerialization.jsonObject(with: Data(text[json].utf8))
    }

    @Test func wordsAreFoldedAsTheScriptFoldsThem() {
        #expect(SearchTerms.words("Café, CAFE and café-au-lait") == ["cafe", "and", "au", "lait"])
        #expect(SearchTerms.words("“Don’t,” said Zoë Ólafsdóttir.") == ["don", "t", "said", "zoe", "olafsdottir"])
        #expect(SearchTerms.words("ΣΟΦΟΣ σοφός 2024") == ["σοφοσ", "2024"])
        #expect(SearchTerms.words("İstanbul—Ankara") == ["istanbul", "ankara"])
        #expect(SearchTerms.words("  ...  ").isEmpty)
    }

    @Test func everyEntryIsFoundByEachOfItsWordsAndQuotesComeFirst() throws {
        let graph = try DataPiecesTests.sampleGraph()
        let files = SearchIndex(graph: graph).files()
        #expect(Set(files.map(\.path)).count == files.count)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
        let manifestText = String(decoding: try #require(byPath[SitePath.searchIndex]).bytes, as: UTF8.self)
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(manifestText.dropFirst("window.verbatimSearchIndex = ".count).dropLast(2).utf8))
                as? [String: Any])
        #expect(manifest["quotes"] as? Int == graph.quotes.count && manifest["perShard"] as? Int == SearchIndex.perShard)
        var terms: [String: String] = [:]
        for key in try #require(manifest["shards"] as? [String]) {
            let file = try #require(byPath[SearchIndex.folder + SearchIndex.shardName(key) + ".js"])
            for (term, postings) in try #require(try Self.data(of: file) as? [String: String]) {
                #expect(term.hasPrefix(key), "\(term) is in the shard of \(key)")
                #expect(terms.updateValue(postings, forKey: term) == nil, "\(term) is in two shards")
            }
        }
        var entries: [[String]] = []
        for number in 0... {
            guard let file = byPath[SearchIndex.folder + "d-\(number).js"] else { break }
            entries += try #require(try Self.data(of: file) as? [[String]])
        }
        #expect(entries.count == graph.quotes.count + graph.speakers.count + graph.articles.count)
        for (id, quote) in graph.quotes.enumerated() {
            #expect(entries[id][0] == quote.text && entries[id][1] == SitePath.article(quote.articleSlug) + "#" + quote.anchor)
            for word in SearchTerms.words(quote.text) {
                #expect(try Self.decode(try #require(terms[word])).contains(id), "\(word) does not find \(quote.text)")
            }
        }
        for (offset, speaker) in graph.speakers.enumerated() {
            let id = graph.quotes.count + offset
            #expect(entries[id][0] == speaker.name)
            for word in SearchTerms.words(speaker.name) { #expect(try Self.decode(try #require(terms[word])).contains(id)) }
        }
        for (offset, article) in graph.articles.enumerated() {
            let id = graph.quotes.count + graph.speakers.count + offset
            #expect(entries[id][0] == article.document.title)
            for word in SearchTerms.words(article.document.title) { #expect(try Self.decode(try #require(terms[word])).contains(id)) }
        }
    }

    @Test func postingsTakeTheShorterOfDifferencesAndABitmap() throws {
        let sparse: [Int32] = [3, 700, 701, 5000]
        #expect(SearchIndex.encode(sparse, of: 6000) == "d:3,jd,1,3bf")
        let dense = Array(Int32(0)..<Int32(300)).filter { $0 % 3 != 0 }
        let encoded = SearchIndex.encode(dense, of: 300)
        #expect(encoded.hasPrefix("b:"))
        #expect(try Self.decode(encoded) == dense.map(Int.init))
        #expect(try Self.decode(SearchIndex.encode(sparse, of: 6000)) == sparse.map(Int.init))
    }

    @Test func largeShardsAreSplitByLongerBeginnings() {
        let words = ["t", "ta", "tax", "the", "them", "then", "there", "to", "zoo"]
        let sizes = Dictionary(uniqueKeysWithValues: words.map { ($0, $0 == "zoo" ? 10 : SearchIndex.shardLimit / 5) })
        let shards = SearchIndex.shards(of: words, sizes: sizes, depth: 1)
        #expect(shards.map(\.key) == ["t", "ta", "th", "to", "z"])
        #expect(shards.first { $0.key == "th" }?.words == ["the", "them", "then", "there"])
        // Past the limit again, "th" would be split once more, and "the" keep its own word.
        let larger = SearchIndex.shards(of: words, sizes: sizes.mapValues { $0 * 2 }, depth: 1)
        #expect(larger.map(\.key) == ["t", "ta", "the", "them", "then", "ther", "to", "z"])
        #expect(Set(shards.flatMap(\.words)) == Set(words))
        #expect(SearchIndex.shardName("con") == "t-con")
        #expect(SearchIndex.shardName("ça") == "t-_0000e7a")
    }
}
