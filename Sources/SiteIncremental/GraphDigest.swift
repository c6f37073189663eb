import SiteModel
import SitePages

/// What the pages of a site show of each of its nodes, as 64-bit digests, kept with the graph
/// cache so that a rebuild tells which pages changed without linking the old graph again.
///
/// For each article, speaker and topic there are two digests: `shown`, of what other pages show
/// of it (an article's teaser, a speaker's name and roles, a topic's name), and `whole`, of the
/// entire node. Documents count only with what their summary holds (`ArticleSummary`): the body
/// belongs to the article's own page, which the content file's hash already covers.
package struct GraphDigest: Sendable, Equatable {
    /// The two digests of one node.
    package struct Node: Sendable, Equatable {
        /// Digest of what other pages show of the node.
        var shown: UInt64
        /// For an article: digest of what its speakers' pages, feeds and quotes show of it (title,
        /// source, date, topics), less than its teaser: a quote added to an article changes its
        /// teaser's count but not the page of a speaker it quotes elsewhere. For others, `shown`.
        var cited: UInt64
        /// Digest of the whole node.
        var whole: UInt64
        /// For a speaker: whether they have quotes, and so a feed.
        var hasQuotes: Bool
        /// How many pages the node has: a speaker's quotes and a topic's articles take several.
        var pages = 1
        /// For a speaker: digest of what every page of theirs shows besides its own quotes (name,
        /// kind, roles, aliases, how many quotes and which articles, how many pages), and of the
        /// quotes each page lists, so that an edit leaves alone the later pages it changes
        /// nothing on. Empty for others.
        var layout = PageLayout()

        /// The digests of a node's pages (see `layout`).
        struct PageLayout: Sendable, Equatable {
            /// Digest of what every page shows.
            var header: UInt64 = 0
            /// Digest of the quotes of each page, first page first.
            var pages: [UInt64] = []
        }
    }

    /// Whether any article says it is fiction.
    var hasFiction: Bool
    /// Whether the site has topics.
    var hasTopics: Bool
    /// Articles by slug.
    package var articles: [String: Node]
    /// Speakers by slug.
    package var speakers: [String: Node]
    /// Topics by slug.
    package var topics: [String: Node]
    /// Statements reported in more than one article, by id.
    package var statements: [String: Node] = [:]

    /// The pages of the site of `self` that belong to one article, speaker or topic (as
    /// `nodePagePaths`) and that the site of `other` does not have: only the nodes are
    /// compared, not every page's path.
    func nodePages(missingFrom other: GraphDigest) -> Set<String> {
        var pages = Set<String>()
        for slug in articles.keys where other.articles[slug] == nil { pages.insert(SitePath.article(slug)) }
        // Pages past the number the node keeps: all of them when it is gone.
        let pagesPast = { (first: String, node: Node, kept: Node?) in
            for number in (kept?.pages ?? 0) + 1..<max(node.pages + 1, (kept?.pages ?? 0) + 1) {
                pages.insert(SitePath.page(number, of: first))
            }
        }
        for (slug, node) in speakers {
            let kept = other.speakers[slug]
            pagesPast(SitePath.person(slug), node, kept)
            if node.hasQuotes, kept?.hasQuotes != true {
                pages.insert(SitePath.personFeed(slug))
            }
        }
        for (slug, node) in topics { pagesPast(SitePath.topic(slug), node, other.topics[slug]) }
        for (id, node) in statements { pagesPast(SitePath.statement(id), node, other.statements[id]) }
        return pages
    }

    /// The paths of every page of the site of `self` that belongs to one article, speaker (with
    /// their feed), topic or statement, as `SiteGraph.pageChanges` names them: the pages are
    /// counted by the nodes, not laid out.
    package var nodePagePaths: [String] {
        var paths = articles.keys.map(SitePath.article)
        for (slug, node) in speakers {
            paths += Pagination(first: SitePath.person(slug), count: node.pages).paths
            if node.hasQuotes { paths.append(SitePath.personFeed(slug)) }
        }
        for (slug, node) in topics { paths += Pagination(first: SitePath.topic(slug), count: node.pages).paths }
        for (id, node) in statements { paths += Pagination(first: SitePath.statement(id), count: node.pages).paths }
        return paths
    }

    /// The digests of a graph's nodes.
    package init(
        hasFiction: Bool, hasTopics: Bool, articles: [String: Node], speakers: [String: Node], topics: [String: Node],
        statements: [String: Node] = [:]
    ) {
        self.hasFiction = hasFiction
        self.hasTopics = hasTopics
        self.articles = articles
        self.speakers = speakers
        self.topics = topics
        self.statements = statements
    }
}

extension SiteGraph {
    /// The digest of this graph, the nodes' digests worked out `jobs` groups at once.
    package func digest(jobs: Int) async -> GraphDigest {
        let statementDigests = self.statementDigests
        let statements = statementDigests.mapValues(\.whole)
        async let articleDigests = Parallel.inGroups(articles, jobs: jobs) { ($0.slug, $0.digest(statements: statements)) }
        let speakerDigests = await Parallel.inGroups(speakers, jobs: jobs) { ($0.slug, $0.digest(statements: statements)) }
        return GraphDigest(
            hasFiction: articles.contains(where: \.isFiction), hasTopics: !topics.isEmpty,
            articles: Dictionary(uniqueKeysWithValues: await articleDigests),
            speakers: Dictionary(uniqueKeysWithValues: speakerDigests),
            topics: Dictionary(uniqueKeysWithValues: topics.map { ($0.slug, $0.digest) }), statements: statementDigests)
    }

    /// The digests of the statements, by id; few next to the quotes, so always worked out whole.
    /// A quote's digest takes its statement's from here, not from its every report. Each covers
    /// the words of its reports too: pages that list a statement's reports show their words, and
    /// a report credited to nobody can change its words and stay a report.
    var statementDigests: [String: GraphDigest.Node] {
        statementDigests(keeping: [:], unless: [])
    }

    /// `statementDigests`, taken from `kept` for the statements with no report in the articles
    /// `relinked` (a statement whose reports or words changed has one there, see `patched`).
    func statementDigests(keeping kept: [String: GraphDigest.Node], unless relinked: Set<String>) -> [String: GraphDigest.Node] {
        Dictionary(
            uniqueKeysWithValues: statements.map { statement in
                if let node = kept[statement.id], !statement.reports.contains(where: { relinked.contains($0.articleSlug) }) {
                    return (statement.id, node)
                }
                var node = statement.digest
                var writer = BinaryWriter()
                writer.write(Int(Int64(bitPattern: node.whole)))
                for report in statement.reports {
                    // Read in place: copying an article's node for each report cost more than the words.
                    let position = articlePosition(report.articleSlug)
                    let at = position.flatMap { articles[$0].quotes.position(ofQuote: report.index) }
                    writer.write(position.flatMap { position in at.map { articles[position].quotes[$0].text } })
                }
                (node.shown, node.cited, node.whole) = (writer.digest, writer.digest, writer.digest)
                return (statement.id, node)
            })
    }
}

extension GraphDigest {
    /// Appends the digest to `writer`; `init(from:)` reads it back equal.
    package func write(to writer: inout BinaryWriter) {
        writer.write(hasFiction)
        writer.write(hasTopics)
        for nodes in [articles, speakers, topics, statements] {
            writer.write(nodes.count)
            for slug in nodes.keys.sorted() {
                let node = nodes[slug]!
                writer.write(slug)
                writer.write(Int(Int64(bitPattern: node.shown)))
                writer.write(Int(Int64(bitPattern: node.cited)))
                writer.write(Int(Int64(bitPattern: node.whole)))
                writer.write(node.hasQuotes)
                writer.write(node.pages)
                writer.write(Int(Int64(bitPattern: node.layout.header)))
                writer.write(node.layout.pages.count)
                for page in node.layout.pages { writer.write(Int(Int64(bitPattern: page))) }
            }
        }
    }

    /// Reads a digest that `write(to:)` wrote.
    init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        hasFiction = try reader.bool()
        hasTopics = try reader.bool()
        var lists: [[String: Node]] = []
        for _ in 0..<4 {
            var nodes: [String: Node] = [:]
            for _ in 0..<max(0, try reader.int()) {
                let slug = try reader.string()
                nodes[slug] = Node(
                    shown: UInt64(bitPattern: Int64(try reader.int())), cited: UInt64(bitPattern: Int64(try reader.int())),
                    whole: UInt64(bitPattern: Int64(try reader.int())),
                    hasQuotes: try reader.bool(), pages: try reader.int(),
                    layout: Node.PageLayout(
                        header: UInt64(bitPattern: Int64(try reader.int())),
                        pages: try reader.list { reader throws(BinaryReader.Damaged) in
                            UInt64(bitPattern: Int64(try reader.int()))
                        }))
            }
            lists.append(nodes)
        }
        articles = lists[0]
        speakers = lists[1]
        topics = lists[2]
        statements = lists[3]
    }
}
