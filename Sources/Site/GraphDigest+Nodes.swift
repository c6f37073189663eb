import Articles

/// The digests of single nodes: every stored field written with `BinaryWriter`, then hashed.
/// `GraphDigestTests` checks that the fields written are all the fields the nodes have.
extension ArticleNode {
    /// The article's digests: its teaser, and the whole node.
    var digest: GraphDigest.Node {
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
        return GraphDigest.Node(shown: shown.digest, whole: whole.digest, hasQuotes: !quotes.isEmpty)
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
        return GraphDigest.Node(shown: shown.digest, whole: whole.digest, hasQuotes: !quotes.isEmpty)
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
        return GraphDigest.Node(shown: shown.digest, whole: whole.digest, hasQuotes: false)
    }
}

extension BinaryWriter {
    /// The 64-bit FNV-1a hash of the bytes written.
    var digest: UInt64 { FNV1a.hash(bytes) }
}
