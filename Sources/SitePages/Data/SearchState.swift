/// What a rebuild needs to know of the search index in the output to update it in place
/// (`SearchIndex.write(reusing:recorder:emit:)`): which article each ordinal was, how each
/// speaker was listed, and how the words were split into files. Kept with the graph cache.
package struct SearchState: Sendable, Equatable {
    /// The slugs of the articles, by ordinal (oldest first).
    var articles: [String]
    /// Every speaker as the index listed them, in the graph's order.
    var speakers: [Listing]
    /// The files of words, in order.
    var shards: [Shard]

    /// A speaker as an article's entry lists them.
    struct Listing: Sendable, Equatable {
        /// Their slug.
        var slug: String
        /// The ordinal of the article whose entry lists them.
        var home: Int
        /// Whether a person, rather than an organisation.
        var isPerson: Bool
        /// Their name.
        var name: String
        /// Their first role, or nothing.
        var role: String
        /// Their other names.
        var aliases: [String]

        /// The text whose words find them: name, role, other names.
        var text: String { ([name, role] + aliases).joined(separator: " ") }
    }

    /// A file of words: its key and the bytes its words take (`SearchShards.Unit.size`).
    struct Shard: Sendable, Equatable {
        var key: String
        var size: Int
    }

    /// Appends the state to `writer`; `init(from:)` reads it back equal.
    func write(to writer: inout BinaryWriter) {
        writer.write(articles)
        writer.write(speakers.count)
        for speaker in speakers {
            writer.write(speaker.slug)
            writer.write(speaker.home)
            writer.write(speaker.isPerson)
            writer.write(speaker.name)
            writer.write(speaker.role)
            writer.write(speaker.aliases)
        }
        writer.write(shards.count)
        for shard in shards {
            writer.write(shard.key)
            writer.write(shard.size)
        }
    }

    /// Reads a state that `write(to:)` wrote.
    init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        articles = try reader.strings()
        speakers = try reader.list { reader throws(BinaryReader.Damaged) in
            Listing(
                slug: try reader.string(), home: try reader.int(), isPerson: try reader.bool(), name: try reader.string(),
                role: try reader.string(), aliases: try reader.strings())
        }
        shards = try reader.list { reader throws(BinaryReader.Damaged) in Shard(key: try reader.string(), size: try reader.int()) }
    }

    /// A state of these parts.
    init(articles: [String], speakers: [Listing], shards: [Shard]) {
        self.articles = articles
        self.speakers = speakers
        self.shards = shards
    }
}
