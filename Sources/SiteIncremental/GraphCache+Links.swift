import Attribution
import SiteModel
import SitePages

/// What linking a site's graph worked out from many articles at once, kept with the graph cache
/// so that a rebuild links again only around the articles that changed (`SiteGraph.patched`):
/// each article's related list, the speaker nodes without their quotes (which are the articles'
/// own), the topic nodes, and the speaker identities they were linked with.
package struct GraphLinks: Sendable, Equatable {
    /// Each article's related articles, by article slug.
    var related: [String: [String]]
    /// The speakers, A–Z, each without quotes.
    package var speakers: [SpeakerNode]
    /// The topics, A–Z.
    package var topics: [TopicNode]
    /// The identities the speakers were merged with.
    var identities: SpeakerIdentities
    /// The statements reported in more than one article, by id.
    var statements: [Statement]
    /// Which speakers' quotes share a passage with each quote credited to nobody.
    var claims: UnattributedClaims

    /// The links of `graph`, linked with `identities`.
    package init(_ graph: SiteGraph, identities: SpeakerIdentities) {
        related = Dictionary(uniqueKeysWithValues: graph.articles.map { ($0.slug, $0.relatedSlugs) })
        speakers = graph.speakers.map { speaker in
            var bare = speaker
            bare.quotes = []
            return bare
        }
        topics = graph.topics
        self.identities = identities
        statements = graph.statements
        claims = graph.unattributedClaims
    }

    /// Appends the links to `writer`; `init(from:)` reads them back equal.
    package func write(to writer: inout BinaryWriter) {
        writer.write(related) { $0.write($1) }
        writer.write(speakers.count)
        for speaker in speakers {
            writer.write(speaker.slug)
            writer.write(speaker.name)
            writer.write(speaker.kind == .person)
            writer.write(speaker.roles)
            writer.write(speaker.aliases)
            writer.write(speaker.articleSlugs)
            writer.write(speaker.alongside)
        }
        writer.write(topics.count)
        for topic in topics {
            writer.write(topic.slug)
            writer.write(topic.name)
            writer.write(topic.articleSlugs)
            writer.write(topic.speakers)
        }
        writer.write(identities.canonicalIDs) { $0.write($1) }
        writer.write(identities.profiles.keys.sorted().map { identities.profiles[$0]! })
        writer.write(statements.count)
        for statement in statements { statement.write(to: &writer) }
        claims.write(to: &writer)
    }

    /// Reads links that `write(to:)` wrote.
    init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        var related: [String: [String]] = [:]
        let count = try reader.int()
        related.reserveCapacity(max(0, count))
        for _ in 0..<max(0, count) {
            let slug = try reader.string()
            related[slug] = try reader.strings()
        }
        self.related = related
        speakers = try reader.list { reader throws(BinaryReader.Damaged) in
            SpeakerNode(
                slug: try reader.string(), name: try reader.string(), kind: try reader.bool() ? .person : .organization,
                roles: try reader.strings(), aliases: try reader.strings(), articleSlugs: try reader.strings(), quotes: [],
                alongside: try reader.tallies())
        }
        topics = try reader.list { reader throws(BinaryReader.Damaged) in
            TopicNode(
                slug: try reader.string(), name: try reader.string(), articleSlugs: try reader.strings(),
                speakers: try reader.tallies())
        }
        var canonicalIDs: [String: String] = [:]
        for _ in 0..<max(0, try reader.int()) {
            let id = try reader.string()
            canonicalIDs[id] = try reader.string()
        }
        let profiles = try reader.speakers()
        identities = SpeakerIdentities(
            canonicalIDs: canonicalIDs, profiles: Dictionary(profiles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        statements = try reader.list { reader throws(BinaryReader.Damaged) in try Statement(from: &reader) }
        claims = try UnattributedClaims(from: &reader)
    }
}

extension BinaryReader {
    /// Slugs with counts as `BinaryWriter.write(_: [Tally])` wrote them.
    mutating func tallies() throws(Damaged) -> [Tally] {
        try list { reader throws(Damaged) in Tally(slug: try reader.string(), count: try reader.int()) }
    }
}
