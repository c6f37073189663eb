import Content
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
/// - `a-N.js`, the entries of articles `N × group` onwards: each article's title and address,
///   its quotes, and the speakers first named in it; the names of the speakers of its quotes are
///   given once, in a list at the start of the file, and each quote names its speaker by position
///   in that list.
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

    /// The ordinal of the article at `position` in the graph (newest first).
    func ordinal(ofPosition position: Int) -> Int { count - 1 - position }

    /// Every speaker as an article's entry lists them, in the graph's order: each with the
    /// oldest article that declares or quotes them, which an article added later does not change.
    func listings() -> [SearchState.Listing] {
        graph.speakers.compactMap { speaker in
            home(of: speaker).map { home in
                SearchState.Listing(
                    slug: speaker.slug, home: home, isPerson: speaker.kind == .person, name: speaker.name,
                    role: speaker.roles.first ?? "", aliases: speaker.aliases)
            }
        }
    }

    /// `listings` by the ordinal of the article listing them, in order.
    static func homes(_ listings: [SearchState.Listing]) -> [Int: [SearchState.Listing]] {
        Dictionary(grouping: listings, by: \.home)
    }

    /// The ordinal of the oldest article declaring or quoting `speaker`.
    func home(of speaker: SpeakerNode) -> Int? {
        // Both lists are newest first, so their last articles are the oldest.
        [speaker.articleSlugs.last, speaker.quotes.last?.articleSlug].compactMap { slug in
            slug.flatMap(graph.articlePosition).map(ordinal(ofPosition:))
        }.min()
    }

    /// Where each word of the entry of article `ordinal`, listed with `speakers`, occurs.
    func marks(_ ordinal: Int, speakers: [SearchState.Listing]) -> [String: SearchMarks] {
        let article = article(ordinal)
        return Self.marks(of: article.document, quotes: article.quotes.map(\.text), speakers: speakers)
    }

    /// Where each word occurs in the entry of the article `document`, whose quotes say `quotes`,
    /// listed with `speakers`: its own title and topics, its quotes, its speakers. (Search ranks
    /// quotes, then speakers, then titles; an article's standfirst is on its page.)
    static func marks(of document: Document, quotes: [String], speakers: [SearchState.Listing]) -> [String: SearchMarks] {
        var marks: [String: SearchMarks] = [:]
        for word in SearchTerms.words(([document.title] + document.topics).joined(separator: " ")) {
            marks[word, default: SearchMarks()].own = true
        }
        for (position, quote) in quotes.enumerated() {
            for word in SearchTerms.words(quote) { marks[word, default: SearchMarks()].quotes.append(position) }
        }
        for (position, speaker) in speakers.enumerated() {
            for word in SearchTerms.words(speaker.text) { marks[word, default: SearchMarks()].speakers.append(position) }
        }
        return marks
    }

    /// The entry of article `ordinal`, listed with `speakers`: title, address, its quotes and the
    /// speakers (name, address, kind, role). A quote is its text and its speaker's position in
    /// `names` (added there when new), nothing more when nobody is credited; its anchor follows
    /// from its position, and is given third, with -1 for nobody, only when it does not.
    func entry(_ ordinal: Int, speakers: [SearchState.Listing], names: inout SpeakerNames) -> JSONValue {
        let article = article(ordinal)
        let quotes = article.quotes.enumerated().map { position, quote -> JSONValue in
            let who = quote.speakerSlug.flatMap(graph.speaker).map { names.position(of: $0.name) }
            var fields: [JSONValue] = [.string(quote.text)]
            if quote.anchor != SitePath.quoteAnchor(position) {
                fields += [.integer(who ?? -1), .string(quote.anchor)]
            } else if let who {
                fields.append(.integer(who))
            }
            return .array(fields)
        }
        let listed = speakers.map { speaker -> JSONValue in
            .array([
                .string(speaker.name), .string(SitePath.person(speaker.slug)), .string(speaker.isPerson ? "Person" : "Organisation"),
                .string(speaker.role),
            ])
        }
        return .array([.string(article.document.title), .string(SitePath.article(article.slug)), .array(quotes), .array(listed)])
    }

    /// The names of the speakers quoted in one file of entries, each once, in the order first met.
    struct SpeakerNames {
        /// The names in order.
        private(set) var list: [String] = []
        private var positions: [String: Int] = [:]

        /// The position of `name`, which is added at the end when it is new.
        mutating func position(of name: String) -> Int {
            if let known = positions[name] { return known }
            positions[name] = list.count
            list.append(name)
            return list.count - 1
        }
    }

    /// The file of entries number `number`, with each article's speakers from `homes`: the names
    /// of the speakers its quotes credit, then its entries.
    func entryFile(_ number: Int, homes: [Int: [SearchState.Listing]]) -> File {
        let ordinals = (number * Self.group)..<min(count, (number + 1) * Self.group)
        var names = SpeakerNames()
        let entries = ordinals.map { entry($0, speakers: homes[$0] ?? [], names: &names) }
        let data = JSONValue.array([.array(names.list.map(JSONValue.string)), .array(entries)])
        let name = "a-\(number)"
        return File(path: Self.folder + name + ".js", bytes: Array("verbatimSearchShard(\"\(name)\",\(data.scriptSafeText));\n".utf8))
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
    func postings(homes: [Int: [SearchState.Listing]]) -> [String: [UInt8]] {
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

    /// Every file of the index: the files of entries, the shards of words, the manifest.
    package func files() -> [File] {
        var files: [File] = []
        _ = write(reusing: nil, recorder: nil) { files.append($0) }
        return files
    }

    /// Hands every file of the index to `emit` as it is made, and returns the paths of all its
    /// files. With `reuse`, only the files that differ from the previous index's (in the output
    /// `reuse` names) are made, when its state allows (`update`); the others stay as they are.
    /// The index's state goes to `recorder`, for the next rebuild.
    package func write<Failure: Error>(
        reusing reuse: PieceReuse?, recorder: DataPieces.Recorder?, emit: (File) throws(Failure) -> Void
    ) throws(Failure) -> [String] {
        let listings = listings()
        if let reuse, let update = update(reusing: reuse, listings: listings) {
            for file in update.files { try emit(file) }
            recorder?.record(search: update.state)
            return update.paths
        }
        let homes = Self.homes(listings)
        var paths: [String] = []
        for number in 0..<entryFileCount {
            let file = entryFile(number, homes: homes)
            paths.append(file.path)
            try emit(file)
        }
        let postings = postings(homes: homes)
        let words = postings.keys.sorted(by: SearchShards.precedes)
        let units = words.map { SearchShards.Unit(word: $0, size: SearchShards.entrySize(word: $0, postings: postings[$0]!.count)) }
        // Only words, so there is no file to read first.
        let shards = (try? SearchShards.plan(units).get()) ?? []
        for shard in shards {
            let entries = shard.units.map { (word: words[$0], postings: postings[words[$0]]!) }
            let file = File(path: Self.shardPath(shard.key), bytes: SearchShards.script(key: shard.key, words: entries))
            paths.append(file.path)
            try emit(file)
        }
        let manifest = manifest(shards: shards.map(\.key))
        paths.append(manifest.path)
        try emit(manifest)
        recorder?.record(
            search: SearchState(
                articles: (0..<count).map { article($0).slug }, speakers: listings,
                shards: shards.map { SearchState.Shard(key: $0.key, size: $0.units.reduce(0) { $0 + units[$1].size }) }))
        return paths
    }

    /// The path of the shard of words beginning with `key`.
    static func shardPath(_ key: String) -> String { folder + SearchShards.name(key) + ".js" }
}
