import Foundation
import SiteModel

/// The search index under `data/search/`, in scripts rather than JSON so that search also works
/// when the site is opened from disk, where pages may not fetch files. A reader's browser loads
/// only the shards a query needs (`assets/search.js`):
///
/// - `index.js`, the manifest: how many entries of each kind, and the shards of words there are;
/// - `t-KEY.js`, the words beginning with KEY, each with the entries holding it. A shard larger
///   than `shardLimit` is split by one more letter, down to `depth` letters;
/// - `d-N.js`, entries `N × perShard` onwards: what a result shows of each.
///
/// Entries are numbered quotes first (newest article first), then speakers, then articles, so the
/// search ranks them in that order: a quote's words, a speaker's name and role, an article's
/// title, standfirst and topics.
package struct SearchIndex {
    /// What to index.
    package let graph: SiteGraph

    /// The index of `graph`.
    package init(graph: SiteGraph) {
        self.graph = graph
    }

    /// How many entries a shard of entries holds.
    static let perShard = 64
    /// The size in bytes past which a shard of words is split by a longer beginning.
    static let shardLimit = 96 * 1024
    /// The most letters a shard's words share.
    static let depth = 4
    /// The folder of the index.
    package static let folder = "data/search/"

    /// One file of the index.
    package struct File {
        /// Its path in the site.
        package var path: String
        /// Its bytes.
        package var bytes: [UInt8]
    }

    /// Every file of the index: the manifest, the shards of entries, the shards of words.
    package func files() -> [File] {
        let quotes = graph.articles.flatMap(\.quotes)
        var entries: [JSONValue] = []
        entries.reserveCapacity(quotes.count + graph.speakers.count + graph.articles.count)
        var postings: [String: [Int32]] = [:]
        func add(_ text: String) {
            let id = Int32(entries.count - 1)
            for word in SearchTerms.words(text) { postings[word, default: []].append(id) }
        }
        for quote in quotes {
            let article = graph.article(quote.articleSlug)
            entries.append(
                .array([
                    .string(quote.text), .string(SitePath.article(quote.articleSlug) + "#" + quote.anchor),
                    .string(quote.speakerSlug.flatMap(graph.speaker)?.name ?? ""), .string(article?.document.title ?? ""),
                ]))
            add(quote.text)
        }
        for speaker in graph.speakers {
            let role = speaker.roles.first ?? ""
            entries.append(
                .array([
                    .string(speaker.name), .string(SitePath.person(speaker.slug)),
                    .string(speaker.kind == .person ? "Person" : "Organisation"), .string(role),
                ]))
            add(([speaker.name, role] + speaker.aliases).joined(separator: " "))
        }
        for article in graph.articles {
            let document = article.document
            entries.append(
                .array([.string(document.title), .string(SitePath.article(article.slug)), .string(document.standfirst ?? "")]))
            add(([document.title, document.standfirst ?? ""] + document.topics).joined(separator: " "))
        }

        var files: [File] = []
        for start in stride(from: 0, to: entries.count, by: Self.perShard) {
            let name = "d-\(start / Self.perShard)"
            let shard = JSONValue.array(Array(entries[start..<min(entries.count, start + Self.perShard)]))
            files.append(File(path: Self.folder + name + ".js", bytes: Self.script(name, shard)))
        }
        let encoded = postings.mapValues { Self.encode($0, of: entries.count) }
        let shards = Self.shards(of: encoded.keys.sorted(), sizes: encoded.mapValues(\.utf8.count), depth: 1)
        for (key, words) in shards {
            let name = Self.shardName(key)
            let shard = JSONValue.object(Dictionary(uniqueKeysWithValues: words.map { ($0, JSONValue.string(encoded[$0]!)) }))
            files.append(File(path: Self.folder + name + ".js", bytes: Self.script(name, shard)))
        }
        let manifest: [String: JSONValue] = [
            "quotes": .integer(quotes.count), "speakers": .integer(graph.speakers.count), "articles": .integer(graph.articles.count),
            "perShard": .integer(Self.perShard), "depth": .integer(Self.depth), "shards": .array(shards.map { .string($0.key) }),
        ]
        let text = "window.verbatimSearchIndex = " + JSONValue.object(manifest).scriptSafeText + ";\n"
        files.append(File(path: SitePath.searchIndex, bytes: Array(text.utf8)))
        return files
    }

    /// The script of one shard: it hands its data to the search page.
    private static func script(_ name: String, _ data: JSONValue) -> [UInt8] {
        Array("verbatimSearchShard(\"\(name)\",\(data.scriptSafeText));\n".utf8)
    }

    /// `words` (sorted), whose postings take `sizes` bytes, in shards by their first `depth`
    /// letters, each split further while it is over `shardLimit` and its words are longer. A
    /// word as long as its shard's key stays in that shard.
    static func shards(of words: [String], sizes: [String: Int], depth: Int) -> [(key: String, words: [String])] {
        var groups: [(key: String, words: [String])] = []
        for word in words {
            let key = String(String.UnicodeScalarView(word.unicodeScalars.prefix(depth)))
            if groups.last?.key == key { groups[groups.count - 1].words.append(word) } else { groups.append((key, [word])) }
        }
        var shards: [(key: String, words: [String])] = []
        for group in groups {
            let size = group.words.reduce(0) { $0 + $1.utf8.count + sizes[$1, default: 0] + 6 }
            let longer = group.words.filter { $0.unicodeScalars.count > depth }
            guard size > shardLimit, depth < Self.depth, !longer.isEmpty else {
                shards.append(group)
                continue
            }
            let own = group.words.filter { $0.unicodeScalars.count <= depth }
            if !own.isEmpty { shards.append((group.key, own)) }
            shards += Self.shards(of: longer, sizes: sizes, depth: depth + 1)
        }
        return shards
    }

    /// The file name of the shard of words beginning with `key` (as `assets/search.js` makes it):
    /// letters a–z and digits as they are, any other character as `_` and six hex digits.
    static func shardName(_ key: String) -> String {
        var name = "t-"
        for scalar in key.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16)
                name += "_" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex
            }
        }
        return name
    }

    /// Entry numbers (increasing) as text: differences in base 36 after `d:`, or, when that is
    /// longer, a bitmap of the `count` entries in base 64 after `b:`.
    static func encode(_ ids: [Int32], of count: Int) -> String {
        var deltas = "d:"
        var previous: Int32 = 0
        for (position, id) in ids.enumerated() {
            if position > 0 { deltas += "," }
            deltas += String(id - previous, radix: 36)
            previous = id
        }
        guard let last = ids.last, deltas.utf8.count > (Int(last) / 8 + 1) * 4 / 3 + 2 else { return deltas }
        var bitmap = [UInt8](repeating: 0, count: Int(last) / 8 + 1)
        for id in ids { bitmap[Int(id) / 8] |= 1 << (UInt8(id % 8)) }
        return "b:" + Data(bitmap).base64EncodedString()
    }
}
