import Foundation

extension SearchIndex {
    /// The files an update of the index makes, the paths of all its files, and its new state.
    struct Update {
        var files: [File]
        var paths: [String]
        var state: SearchState
    }

    /// The index made from the previous one in `reuse`'s output instead of from every article:
    /// the articles whose entry changed are found from the state and the graph's digests (an
    /// article edited, added or gone, or one listing a speaker whose listing changed), and only
    /// the files of their entries and of the words whose postings changed are made. A file of
    /// words is read only when it holds such a word or the split of the words goes through it;
    /// the split is the one a whole build makes, because it depends only on the words' sizes.
    /// The files come out byte for byte as `write(reusing: nil, …)` makes them.
    ///
    /// Nil, to make the index whole, when there is no previous state, a file does not read as
    /// the state says, or more than a quarter of the articles changed.
    func update(reusing reuse: PieceReuse, listings: [SearchState.Listing]) -> Update? {
        guard let old = reuse.pieces.search else { return nil }
        let slugs = (0..<count).map { article($0).slug }
        let common = zip(old.articles, slugs).prefix { $0.0 == $0.1 }.count
        var changed = Set(common..<max(old.articles.count, count))
        for ordinal in 0..<common where !reuse.articles.contains(slugs[ordinal]) { changed.insert(ordinal) }
        let previous = Dictionary(old.speakers.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for listing in listings where previous[listing.slug] != listing {
            changed.insert(listing.home)
            if let before = previous[listing.slug] { changed.insert(before.home) }
        }
        let listed = Set(listings.map(\.slug))
        for listing in old.speakers where !listed.contains(listing.slug) { changed.insert(listing.home) }
        guard changed.count <= max(Self.group, count / 4) else { return nil }

        // Each changed article's words before and after, and the postings they now give.
        let oldHomes = Self.homes(old.speakers.filter { changed.contains($0.home) })
        let homes = Self.homes(listings)
        var items: [String: [(ordinal: Int, marks: SearchMarks)]] = [:]
        var affected = Set<String>()
        for ordinal in changed.sorted() {
            var before: [String: SearchMarks] = [:]
            if ordinal < old.articles.count {
                let slug = old.articles[ordinal]
                guard let document = reuse.previousDocuments[slug] ?? graph.article(slug)?.document else { return nil }
                before = Self.marks(of: document, quotes: document.quotes.map(\.text), speakers: oldHomes[ordinal] ?? [])
            }
            let after = ordinal < count ? marks(ordinal, speakers: homes[ordinal] ?? []) : [:]
            for (word, marks) in after {
                items[word, default: []].append((ordinal, marks))
                if before[word] != marks { affected.insert(word) }
            }
            for word in before.keys where after[word] == nil { affected.insert(word) }
        }

        guard var words = WordFiles(old: old.shards, folder: reuse.folder, affected: affected) else { return nil }
        for word in affected {
            let kept = words.postings[word].flatMap { SearchPostings.decode($0) }?.filter { !changed.contains($0.ordinal) } ?? []
            let merged = (kept + (items[word] ?? [])).sorted { $0.ordinal < $1.ordinal }
            words.set(word, postings: merged.isEmpty ? nil : SearchPostings.encode(merged))
        }
        guard let shards = words.plan() else { return nil }

        var files: [File] = []
        var paths = (0..<entryFileCount).map { Self.folder + "a-\($0).js" }
        for number in Set(changed.map { $0 / Self.group }).sorted() where number < entryFileCount {
            files.append(entryFile(number, homes: homes))
        }
        for shard in shards {
            paths.append(Self.shardPath(shard.key))
            if let file = words.file(of: shard) { files.append(file) }
        }
        let manifest = manifest(shards: shards.map(\.key))
        files.append(manifest)
        paths.append(manifest.path)
        return Update(
            files: files, paths: paths,
            state: SearchState(
                articles: slugs, speakers: listings,
                shards: shards.map { SearchState.Shard(key: $0.key, size: $0.units.reduce(0) { $0 + words.units[$1].size }) }))
    }

    /// The words of an index being updated: those of the previous index's files that were read,
    /// with their postings, and the other files standing in for theirs (`SearchShards.Unit`).
    private struct WordFiles {
        /// The previous index's files not read.
        private var blocks: [SearchShards.Unit] = []
        /// The postings of every word read or made.
        private(set) var postings: [String: [UInt8]] = [:]
        /// The words and files of the last split, by key.
        private(set) var units: [SearchShards.Unit] = []
        /// The folder of the previous index.
        let folder: URL

        /// The previous index's files, `shards`, in `folder`, with those holding an `affected`
        /// word read; nil when one does not read.
        init?(old shards: [SearchState.Shard], folder: URL, affected: Set<String>) {
            self.folder = folder
            let keys = shards.map(\.key).sorted(by: SearchShards.precedes)
            let present = Set(keys)
            // A file of one word, its key, because the longer words went to files of their own.
            var own = Set<String>()
            for (first, second) in zip(keys, keys.dropFirst()) where second.hasPrefix(first) { own.insert(first) }
            var read = Set<String>()
            for word in affected {
                let letters = word.unicodeScalars.count
                for length in stride(from: min(letters, SearchShards.depth), through: 1, by: -1) {
                    let key = SearchShards.prefix(word, length)
                    guard present.contains(key) else { continue }
                    // A word that is not the key of a file of one word is not in it.
                    if !own.contains(key) || key == word { read.insert(key) }
                    break
                }
            }
            for shard in shards where !read.contains(shard.key) {
                blocks.append(SearchShards.Unit(file: shard.key, size: shard.size, block: own.contains(shard.key) ? .ownWord : .group))
            }
            for key in read { guard open(key) else { return nil } }
        }

        /// Reads the file of `key` into words; false when it is not a script of words.
        private mutating func open(_ key: String) -> Bool {
            guard let data = FileManager.default.contents(atPath: folder.path + "/" + SearchIndex.shardPath(key)),
                let words = SearchShards.words(ofScript: Array(data))
            else { return false }
            for (word, postings) in words { self.postings[word] = postings }
            return true
        }

        /// Sets the postings of `word`, or takes it out of the index when nil.
        mutating func set(_ word: String, postings: [UInt8]?) {
            self.postings[word] = postings
        }

        /// The split of the words, reading the files it goes through; nil when one does not read.
        mutating func plan() -> [SearchShards.Shard]? {
            while true {
                units = blocks + postings.map { SearchShards.Unit(word: $0.key, size: SearchShards.entrySize(word: $0.key, postings: $0.value.count)) }
                units.sort { SearchShards.precedes($0.key, $1.key) }
                switch SearchShards.plan(units) {
                case .success(let shards):
                    return shards
                case .failure(let unread):
                    let keys = Set(unread.blocks.map { units[$0].key })
                    blocks.removeAll { keys.contains($0.key) }
                    for key in keys { guard open(key) else { return nil } }
                }
            }
        }

        /// The file of `shard`, nil when it is a previous file standing as it was.
        func file(of shard: SearchShards.Shard) -> File? {
            if shard.units.count == 1, units[shard.units[0]].block != nil { return nil }
            let words = shard.units.map { (word: units[$0].key, postings: postings[units[$0].key] ?? []) }
            return File(path: SearchIndex.shardPath(shard.key), bytes: SearchShards.script(key: shard.key, words: words))
        }
    }
}
