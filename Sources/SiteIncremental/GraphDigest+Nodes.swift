import Articles
import SiteModel
import SitePages

/// The digests of single nodes: every stored field written with `BinaryWriter`, then hashed.
/// `GraphDigestTests` checks that the fields written are all the fields the nodes have.
extension ArticleNode {
    /// The article's digests: its teaser, what speaker pages show of it, and the whole node;
    /// `statements` holds the digest of each statement its quotes report, by id.
    package func digest(statements: [String: UInt64]) -> GraphDigest.Node {
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
        for quote in quotes { quote.write(to: &whole, statements: statements) }
        whole.write(relatedSlugs)
        return GraphDigest.Node(shown: shown.digest, cited: cited.digest, whole: whole.digest, hasQuotes: !quotes.isEmpty)
    }
}

extension QuoteNode {
    /// Appends every field of the quote; its statement as its id and its digest from
    /// `statements`, so that a quote costs the same whatever the number of reports.
    package func write(to writer: inout BinaryWriter, statements: [String: UInt64]) {
        writer.write(articleSlug)
        writer.write(index)
        writer.write(text)
        writer.write(speakerSlug)
        writer.write(line)
        writer.write(inBody)
        writer.write(isUncertain)
        writer.write(context)
        writer.write(statement?.id)
        if let statement {
            // A statement not among the graph's (not marked by `SiteGraph.mark`) is digested here.
            writer.write(Int(Int64(bitPattern: statements[statement.id] ?? statement.digest.whole)))
        }
    }
}

extension SpeakerNode {
    /// The speaker's digests: their name, kind, roles and aliases, and the whole node;
    /// `statements` holds the digest of each statement their quotes report, by id.
    package func digest(statements: [String: UInt64]) -> GraphDigest.Node {
        var shown = BinaryWriter()
        shown.write(name)
        shown.write(kind.rawValue)
        shown.write(roles)
        shown.write(aliases)
        var whole = shown
        whole.write(slug)
        whole.write(articleSlugs)
        whole.write(quotes.count)
        for quote in quotes { quote.write(to: &whole, statements: statements) }
        whole.write(alongside)
        let label = shown.digest
        let layout = SiteRenderer.PersonLayout(self)
        var header = shown
        header.write(quotes.count)
        header.write(articleSlugs)
        header.write(layout.runs.count)
        let pages = layout.runs.map { runs in
            var page = BinaryWriter()
            for run in runs {
                page.write(layout.groups[run.item].slug)
                page.write(run.entries.lowerBound)
                for quote in layout.groups[run.item].quotes[run.entries] { quote.write(to: &page, statements: statements) }
            }
            return page.digest
        }
        return GraphDigest.Node(
            shown: label, cited: label, whole: whole.digest, hasQuotes: !quotes.isEmpty, pages: layout.runs.count,
            layout: GraphDigest.Node.PageLayout(header: header.digest, pages: pages))
    }
}

extension TopicNode {
    /// The topic's digests: its name, and the whole node.
    package var digest: GraphDigest.Node {
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
