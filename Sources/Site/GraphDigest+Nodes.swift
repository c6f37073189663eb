import Articles

/// The digests of single nodes: every stored field written with `BinaryWriter`, then hashed.
/// `GraphDigestTests` checks that the fields written are all the fields the nodes have.
extension ArticleNode {
    /// The article's digests: its teaser, what speaker pages show of it, and the whole node.
    var digest: GraphDigest.Node {
        var cited = BinaryWriter()
        cited.write(document.title)
        cited.write(document.source)
        cited.write(document.date)
        cited.write(topicSlugs)
        var shown = BinaryWriter()
        shown.write(document.title)
        shown.write(document.kicker)
        shown.write(document.source)
        shown.write(document.date)
        shown.write(document.standfirst)
        shown.write(quotes.count)
        shown.write(isFiction)
        shown.write(topicSlugs)
        var whole = shown
        whole.write(slug)
        whole.write(document.slug)
        whole.write(document.topics)
        whole.write(document.speakers)
        whole.write(document.related)
        whole.write(document.quotes)
        whole.write(date?.text)
        whole.write(speakerSlugs)
        for id in speakerLinks.keys.sorted() {
            whole.write(id)
            whole.write(speakerLinks[id]!)
        }
        for quote in quotes { quote.write(to: &whole) }
        whole.write(relatedSlugs)
        return GraphDigest.Node(shown: shown.digest, cited: cited.digest, whole: whole.digest, hasQuotes: !quotes.isEmpty)
    }
}

extension QuoteNode {
    /// Appends every field of the quote.
    func write(to writer: inout BinaryWriter) {
        writer.write(articleSlug)
        writer.write(index)
        writer.write(text)
        writer.write(speakerSlug)
        writer.write(line)
        writer.write(inBody)
        writer.write(isUncertain)
        writer.write(context)
    }
}

extension SpeakerNode {
    /// The speaker's digests: their name, kind, roles and aliases, and the whole node.
    var digest: GraphDigest.Node {
        var shown = BinaryWriter()
        shown.write(name)
        shown.write(kind.rawValue)
        shown.write(roles)
        shown.write(aliases)
        var whole = shown
        whole.write(slug)
        whole.write(articleSlugs)
        whole.write(quotes.count)
        for quote in quotes { quote.write(to: &whole) }
        whole.write(alongside)
        let label = shown.digest
        return GraphDigest.Node(
            shown: label, cited: label, whole: whole.digest, hasQuotes: !quotes.isEmpty, pages: SiteRenderer.personRuns(self).count)
    }
}

extension TopicNode {
    /// The topic's digests: its name, and the whole node.
    var digest: GraphDigest.Node {
        var shown = BinaryWriter()
        shown.write(name)
        var whole = shown
        whole.write(slug)
        whole.write(articleSlugs)
        whole.write(speakers)
        let label = shown.digest
        return GraphDigest.Node(
            shown: label, cited: label, whole: whole.digest, hasQuotes: false,
            pages: Pagination.pageCount(items: articleSlugs.count, perPage: SiteRenderer.teasersPerPage))
    }
}

extension BinaryWriter {
    /// A 64-bit hash of the bytes written, eight bytes at a step: every node of the graph is
    /// digested on each rebuild, and a byte at a time that was half the digests' time.
    ///
    /// Each step (xor a word in, multiply by an odd number, fold the high bits down) is a
    /// bijection of the state, so two inputs that differ in one word always differ in their digest;
    /// like FNV-1a, it guards against accidents, not attacks.
    var digest: UInt64 {
        bytes.withUnsafeBytes(Self.digest)
    }

    /// The digest (as `digest`) of `raw`.
    static func digest(of raw: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(raw.count)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* multiplier
            hash ^= hash >> 32
            offset += 8
        }
        var last: UInt64 = 0
        for (shift, byte) in raw[offset...].enumerated() { last |= UInt64(byte) << (8 * UInt64(shift)) }
        hash = (hash ^ last) &* multiplier
        return hash ^ (hash >> 32)
    }
}
