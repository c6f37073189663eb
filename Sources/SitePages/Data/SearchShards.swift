/// How the words of the search index are split into files: by their first letters, a group of
/// words over `shardLimit` bytes split by one more letter, down to `depth` letters; a word as long
/// as its group's key stays in a file of its own.
///
/// The split depends only on how many bytes each word's entry takes, so a rebuild can work it
/// out with the files it did not read standing in for their words (`Unit.block`).
enum SearchShards {
    /// The size in bytes past which a group of words is split by a longer beginning.
    static let shardLimit = 96 * 1024
    /// The most letters a shard's words share.
    static let depth = 4

    /// A word, or a shard file of the previous index standing in for its words.
    struct Unit {
        /// The word, or the file's key.
        var key: String
        /// How many letters `key` has.
        var letters: Int
        /// The bytes its words take in a shard (`"word":"postings",` each).
        var size: Int
        /// What kind of file it stands for, nil for a word.
        var block: Block?

        /// A word whose entry takes `size` bytes.
        init(word: String, size: Int) {
            key = word
            letters = word.unicodeScalars.count
            self.size = size
            block = nil
        }

        /// The previous index's file of `key`, whose words take `size` bytes.
        init(file key: String, size: Int, block: Block) {
            self.key = key
            letters = key.unicodeScalars.count
            self.size = size
            self.block = block
        }
    }

    /// What a file of the previous index held.
    enum Block {
        /// Every word beginning with its key.
        case group
        /// Only the word that is its key (its group was split).
        case ownWord
    }

    /// One file of the split: its key and the positions of the units it holds.
    struct Shard {
        var key: String
        var units: [Int]
    }

    /// The shards of `units` (sorted by key's UTF-8, so that a beginning's words are together),
    /// or the positions of the blocks that must be read first because the split goes through
    /// them or puts them with other units.
    static func plan(_ units: [Unit]) -> Result<[Shard], Unreadable> {
        var shards: [Shard] = []
        var open = Set<Int>()
        split(Array(units.indices), depth: 1, units: units, into: &shards, open: &open)
        for shard in shards where shard.units.count > 1 || units[shard.units[0]].key != shard.key {
            open.formUnion(shard.units.filter { units[$0].block != nil })
        }
        return open.isEmpty ? .success(shards) : .failure(Unreadable(blocks: open))
    }

    /// Blocks a split needs read.
    struct Unreadable: Error {
        var blocks: Set<Int>
    }

    /// Appends the shards of `members` (positions in `units`, sorted), grouped by their first
    /// `depth` letters, to `shards`.
    private static func split(_ members: [Int], depth: Int, units: [Unit], into shards: inout [Shard], open: inout Set<Int>) {
        var start = 0
        while start < members.count {
            let key = prefix(units[members[start]].key, depth)
            var end = start + 1
            while end < members.count, prefix(units[members[end]].key, depth) == key { end += 1 }
            let group = Array(members[start..<end])
            start = end
            let size = group.reduce(0) { $0 + units[$1].size }
            if size > shardLimit, depth < Self.depth {
                // Whether a file of this very group holds longer words is known only once read.
                let unknown = group.filter { units[$0].block == .group && units[$0].letters == depth }
                guard unknown.isEmpty else {
                    open.formUnion(unknown)
                    continue
                }
                let longer = group.filter { units[$0].letters > depth }
                if !longer.isEmpty {
                    let own = group.filter { units[$0].letters <= depth }
                    if !own.isEmpty { shards.append(Shard(key: key, units: own)) }
                    split(longer, depth: depth + 1, units: units, into: &shards, open: &open)
                    continue
                }
            }
            shards.append(Shard(key: key, units: group))
        }
    }

    /// The first `count` letters of `word`.
    static func prefix(_ word: String, _ count: Int) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.prefix(count)))
    }

    /// Whether `first` sorts before `second` by their UTF-8 bytes, the order of a shard's words.
    static func precedes(_ first: String, _ second: String) -> Bool {
        first.utf8.lexicographicallyPrecedes(second.utf8)
    }

    /// The file name of the shard of words beginning with `key` (as `assets/search.js` makes it):
    /// letters a–z and digits as they are, any other character as `_` and six hex digits.
    static func name(_ key: String) -> String {
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

    /// The bytes a word's entry takes in a shard: `"word":"postings",`.
    static func entrySize(word: String, postings: Int) -> Int {
        word.utf8.count + postings + 6
    }

    /// The script of the shard `key` holding `words` (sorted) with their postings.
    static func script(key: String, words: [(word: String, postings: [UInt8])]) -> [UInt8] {
        var bytes = Array("verbatimSearchShard(\"\(name(key))\",{".utf8)
        for (position, entry) in words.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes += entry.word.utf8
            bytes += Array("\":\"".utf8)
            bytes += entry.postings
            bytes.append(UInt8(ascii: "\""))
        }
        bytes += Array("});\n".utf8)
        return bytes
    }

    /// The words and postings of a shard script that `script` wrote, nil when `bytes` is not one.
    /// Words are letters and digits and postings plain ASCII, so no entry holds an escape.
    static func words(ofScript bytes: [UInt8]) -> [(word: String, postings: [UInt8])]? {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "{")), bytes.count >= open + 5,
            bytes.suffix(4).elementsEqual("});\n".utf8)
        else { return nil }
        var words: [(word: String, postings: [UInt8])] = []
        var index = open + 1
        let end = bytes.count - 4
        func string() -> ArraySlice<UInt8>? {
            guard index < end, bytes[index] == UInt8(ascii: "\"") else { return nil }
            guard let close = bytes[(index + 1)..<end].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            let text = bytes[(index + 1)..<close]
            guard !text.contains(UInt8(ascii: "\\")) else { return nil }
            index = close + 1
            return text
        }
        while index < end {
            guard let word = string(), index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            guard let postings = string() else { return nil }
            words.append((String(decoding: word, as: UTF8.self), Array(postings)))
            if index < end {
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
            }
        }
        return words
    }
}
