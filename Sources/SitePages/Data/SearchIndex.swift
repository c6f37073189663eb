import Foundation
import SiteModel

/// The search index under `data/search/`, in scripts rather than JSON so that search also works
/// when the site is opened from disk, where pages may not fetch files. A reader's browser loads
/// only the shards a query needs (`assets/search.js`):
///
/// - `index.js`, the manifest: how many articles, how many go in a file of entries, and the
///   shards of words there are;
/// - `t-KEY.js`, the words beginning with KEY, each with its postings (`SearchPostings`): the
///   articles whose entry holds it, and where in the entry (`SearchShards` splits them);
/// - `a-N.js`, the entries of articles `N × group` onwards: each article's title, address and
///   standfirst, its quotes, and the speakers first named in it.
///
/// Articles are numbered by their **ordinal**, oldest first, so a new article takes the next
/// number and an edit changes only its own entry: a rebuild rewrites only the files of the words
/// and entries that changed. The script ranks quotes first, then speakers, then articles, each
/// newest first.
package struct SearchIndex {
    /// What to index.
    package let graph: SiteGraph

    /// The index of `graph`.
    package init(graph: SiteGraph) {
        self.graph = graph
    }

    /// How many articles' entries a file of entries holds.
    static let group = 16
    /// The folder of the index.
    package static let folder = "data/search/"

    /// One file of the index.
    package struct File: Sendable {
        /// Its path in the site.
        package var path: String
        /// Its bytes.
        package var bytes: [UInt8]
    }

    /// How many articles there are, and so ordinals.
    var count: Int { graph.articles.count }

    /// The article numbered `ordinal` (0 for the oldest).
    func article(_ ordinal: Int) -> ArticleNode { graph.articles[count - 1 - ordinal] }

    /// The ordinal of the article at `position` in the graph, and the other way round.
    func ordinal(ofPosition position: Int) -> Int { count - 1 - position }

    /// The speakers (positions in `graph.speakers`) listed with each article, by ordinal: each
    /// speaker with the oldest article that declares or quotes them, which an article added
    /// later does not change.
    func homes() -> [Int: [Int]] {
        var homes: [Int: [Int]] = [:]
        for (position, speaker) in graph.speakers.enumerated() {
            if let home = home(of: speaker) { homes[home, default: []].append(position) }
        }
        return homes
    }

    /// The ordinal of the oldest article declaring or quoting `speaker`.
    func home(of speaker: SpeakerNode) -> Int? {
        // Both lists are newest first, so their last articles are the oldest.
        [speaker.articleSlugs.last, speaker.quotes.last?.articleSlug].compactMap { slug in
            slug.flatMap(graph.articlePosition).map(ordinal(ofPosition:))
        }.min()
    }

    /// The text whose words find `speaker`: name, first role, other names.
    static func text(of speaker: SpeakerNode) -> String {
        ([speaker.name, speaker.roles.first ?? ""] + speaker.aliases).joined(separator: " ")
    }

    /// Where each word of the entry of article `ordinal`, listed with `speakers`, occurs.
    func marks(_ ordinal: Int, speakers: [Int]) -> [String: SearchMarks] {
        let article = article(ordinal)
        let document = article.document
        var marks: [String: SearchMarks] = [:]
        for word in SearchTerms.words(([document.title, document.standfirst ?? ""] + document.topics).joined(separator: " ")) {
            marks[word, default: SearchMarks()].own = true
        }
        for (position, quote) in article.quotes.enumerated() {
            for word in SearchTerms.words(quote.text) { marks[word, default: SearchMarks()].quotes.append(position) }
        }
        for (position, speaker) in speakers.enumerated() {
            for word in SearchTerms.words(Self.text(of: graph.speakers[speaker])) {
                marks[word, default: SearchMarks()].speakers.append(position)
            }
        }
        return marks
    }

    /// The entry of article `ordinal`, listed with `speakers`: title, address, standfirst, its
    /// quotes (text, anchor, speaker's name) and the speakers (name, address, kind, role).
    func entry(_ ordinal: Int, speakers: [Int]) -> JSONValue {
        let article = article(ordinal)
        let document = article.document
        let quotes = article.quotes.map { quote -> JSONValue in
            .array([
                .string(quote.text), .string(quote.anchor), .string(quote.speakerSlug.flatMap(graph.speaker)?.name ?? ""),
            ])
        }
        let listed = speakers.map { position -> JSONValue in
            let speaker = graph.speakers[position]
            return .array([
                .string(speaker.name), .string(SitePath.person(speaker.slug)),
                .string(speaker.kind == .person ? "Person" : "Organisation"), .string(speaker.roles.first ?? ""),
            ])
        }
        return .array([
            .string(document.title), .string(SitePath.article(article.slug)), .string(document.standfirst ?? ""),
            .array(quotes), .array(listed),
        ])
    }

    /// The file of entries number `number`, with each article's speakers from `homes`.
    func entryFile(_ number: Int, homes: [Int: [Int]]) -> File {
        let ordinals = (number * Self.group)..<min(count, (number + 1) * Self.group)
        let entries = JSONValue.array(ordinals.map { entry($0, speakers: homes[$0] ?? []) })
        let name = "a-\(number)"
        return File(path: Self.folder + name + ".js", bytes: Array("verbatimSearchShard(\"\(name)\",\(entries.scriptSafeText));\n".utf8))
    }

    /// How many files of entries the index has.
    var entryFileCount: Int { (count + Self.group - 1) / Self.group }

    /// The manifest, naming the shards of words by their keys.
    func manifest(shards: [String]) -> File {
        let manifest: [String: JSONValue] = [
            "articles": .integer(count), "group": .integer(Self.group), "depth": .integer(SearchShards.depth),
            "shards": .array(shards.map { .string($0) }),
        ]
        let text = "window.verbatimSearchIndex = " + JSONValue.object(manifest).scriptSafeText + ";\n"
        return File(path: SitePath.searchIndex, bytes: Array(text.utf8))
    }

    /// Every word of the index with its postings, oldest article first.
    func postings(homes: [Int: [Int]]) -> [String: [UInt8]] {
        var postings: [String: [UInt8]] = [:]
        var last: [String: Int] = [:]
        for ordinal in 0..<count {
            for (word, marks) in marks(ordinal, speakers: homes[ordinal] ?? []) {
                let previous = last.updateValue(ordinal, forKey: word)
                if previous != nil { postings[word, default: []].append(UInt8(ascii: ",")) }
                SearchPostings.append(ordinal - (previous ?? 0), to: &postings[word, default: []])
                SearchPostings.append(marks, to: &postings[word, default: []])
            }
        }
        return postings
    }

    /// Every file of the index: the manifest, the shards of words, the files of entries.
    package func files() -> [File] {
        let homes = homes()
        var files = (0..<entryFileCount).map { entryFile($0, homes: homes) }
        let postings = postings(homes: homes)
        let words = postings.keys.sorted(by: SearchShards.precedes)
        let units = words.map { SearchShards.Unit(word: $0, size: SearchShards.entrySize(word: $0, postings: postings[$0]!.count)) }
        // Only words, so there is no file to read first.
        guard case .success(let shards) = SearchShards.plan(units) else { return files }
        for shard in shards {
            let entries = shard.units.map { (word: words[$0], postings: postings[words[$0]]!) }
            files.append(File(path: Self.folder + SearchShards.name(shard.key) + ".js", bytes: SearchShards.script(key: shard.key, words: entries)))
        }
        files.append(manifest(shards: shards.map(\.key)))
        return files
    }
}
