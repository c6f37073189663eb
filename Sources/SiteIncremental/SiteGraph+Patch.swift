import Articles
import Attribution
import Content
import SiteModel

/// Linking a rebuild's graph only around the articles that changed.
///
/// An article's node is a function of its own summary and the speaker identities; a speaker's
/// node of the articles that name them; a topic's of the articles filed under it; a related
/// list of the quoted speakers and topics of the articles sharing one with it. So when a few
/// articles change, every other node is the one the previous graph had (`GraphLinks`), and only
/// the speakers and topics those articles name, old version and new, and the related lists that
/// share what changed in them, are worked out again. The result is the graph `linked` makes.
extension SiteGraph {
    /// The nodes a patched graph worked out again, whose digests must be too; the others are
    /// the previous graph's.
    package struct Patch: Sendable, Equatable {
        /// Articles by slug: the changed ones and those whose related list changed.
        package var articles: Set<String>
        /// Speakers by slug.
        package var speakers: Set<String>
        /// Topics by slug.
        package var topics: Set<String>
    }

    /// The graph of `summaries` (every article), where the articles named in `changed` (added,
    /// edited or removed; their summaries before the change in `previous`, unless added) are
    /// the only ones that differ from the graph `links` came from. Nil when that cannot be
    /// done: other identities, or a change to titles or dates while articles tease others.
    /// Without statements when `groupingStatements` is false, as `linked` makes it.
    package static func patched(
        summaries: [ArticleSummary], previous: [String: ArticleSummary], changed: Set<String>, links: GraphLinks,
        identities: SpeakerIdentities, jobs: Int, groupingStatements: Bool = true
    ) async -> (graph: SiteGraph, patch: Patch)? {
        guard identities == links.identities else { return nil }
        let sorted = summaries.sorted { $0.document.slug < $1.document.slug }
        var articles = await nodes(of: sorted, identities: identities, jobs: jobs)
        articles.sort(by: newestFirst)
        let order = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.slug, $0) })
        var memo = SlugMemo()
        let old = previous.mapValues {
            SpeakerAccumulator.node($0, document: $0.document, identities: identities, slugs: &memo)
        }
        let new = Dictionary(uniqueKeysWithValues: changed.compactMap { slug in order[slug].map { (slug, articles[$0]) } })

        let named = Set(old.values.flatMap(\.speakerSlugs) + new.values.flatMap(\.speakerSlugs))
        let filed = Set(old.values.flatMap(\.topicSlugs) + new.values.flatMap(\.topicSlugs))
        let bySlug = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.document.slug, $0) })
        // Speaker nodes copy the articles' quotes, so the quotes are marked with their statements first.
        let requoted = Set(changed.flatMap { requotedSpeakers(old[$0], new[$0]) })
        let regrouped =
            if groupingStatements {
                await statements(
                    of: articles, order: order, changed: changed, named: requoted,
                    reworded: Set(changed.flatMap { rewordedQuotes(old[$0], new[$0]) }), links: links, jobs: jobs)
            } else {
                (
                    statements: [Statement](), claims: UnattributedClaims(passages: [:], claims: [:]),
                    reporting: Set<String>(), speakers: Set<String>()
                )
            }
        mark(&articles, order: order, with: regrouped.statements)
        let speakers = await speakerNodes(
            articles: articles, order: order, summaries: sorted, bySlug: bySlug, changed: Set(new.keys), named: named,
            links: links)
        let cachedTopics = Dictionary(links.topics.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let topics = Self.topics(of: articles).map { topic in
            guard !filed.contains(topic.slug), let cached = cachedTopics[topic.slug] else {
                return withSpeakers(topic, articles: articles, articleOrder: order)
            }
            var topic = topic
            topic.speakers = cached.speakers
            return topic
        }
        // Related lists last: the speaker and topic nodes say which articles share what.
        guard
            let related = relatedLists(
                of: articles, order: order, changed: changed, old: old, new: new,
                speakers: Dictionary(uniqueKeysWithValues: speakers.map { ($0.slug, $0) }),
                topics: Dictionary(uniqueKeysWithValues: topics.map { ($0.slug, $0) }))
        else { return nil }
        var relinked = Set(new.keys).union(regrouped.reporting)
        for (position, list) in related where links.related[articles[position].slug] != list {
            relinked.insert(articles[position].slug)
        }
        for position in articles.indices {
            guard let list = related[position] ?? links.related[articles[position].slug] else { return nil }
            articles[position].relatedSlugs = list
        }
        var graph = SiteGraph(
            articles: articles, speakers: speakers, topics: topics, articleIndex: order,
            speakerIndex: Dictionary(uniqueKeysWithValues: speakers.enumerated().map { ($1.slug, $0) }),
            topicIndex: Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.slug, $0) }))
        graph.keep(regrouped.statements, claims: regrouped.claims)
        return (graph, Patch(articles: relinked, speakers: named.union(regrouped.speakers), topics: filed))
    }

    /// The statements of the graph whose articles are `articles` (positions by slug in `order`),
    /// where only the articles in `changed` differ from the graph `links` came from: those of
    /// the speakers `named` by a changed article grouped again from every article that names
    /// them, the others as they were, and quotes without a speaker joined to them again by the
    /// claims of `links` brought up to date with the changed articles. Also the articles that
    /// report a statement grouped again, changed or with a report in `reworded` (quotes whose
    /// words changed), before or after, whose quotes' marks or reports' words may have changed,
    /// and the speakers of those statements, which a quote without a speaker can change for any
    /// speaker.
    private static func statements(
        of articles: [ArticleNode], order: [String: Int], changed: Set<String>, named: Set<String>,
        reworded: Set<QuotePlace>, links: GraphLinks, jobs: Int
    ) async -> (statements: [Statement], claims: UnattributedClaims, reporting: Set<String>, speakers: Set<String>) {
        var members = changed
        for speaker in links.speakers where named.contains(speaker.slug) {
            members.formUnion(speaker.articleSlugs)
        }
        let memberArticles = members.compactMap { order[$0] }.sorted().map { articles[$0] }
        let grouped = await statements(in: memberArticles, of: named, jobs: jobs)
        var reporting = Set<String>()
        var kept: [Statement] = []
        for statement in links.statements {
            if named.contains(statement.speakerSlug) {
                reporting.formUnion(statement.reports.map(\.articleSlug))
            } else {
                kept.append(statement)
            }
        }
        let claims = links.claims.updated(changed: changed, articles: articles, order: order)
        let joined = withUnattributedReports(kept + grouped, in: articles, order: order, claims: claims)
        var speakers = Set<String>()
        let before = Set(links.statements)
        let after = Set(joined)
        // A statement can keep its reports and change their words, which the pages of its
        // speaker and reports show.
        for statement in joined
        where named.contains(statement.speakerSlug) || !before.contains(statement)
            || statement.reports.contains(where: reworded.contains)
        {
            reporting.formUnion(statement.reports.map(\.articleSlug))
            speakers.insert(statement.speakerSlug)
        }
        for statement in links.statements where !after.contains(statement) {
            reporting.formUnion(statement.reports.map(\.articleSlug))
            speakers.insert(statement.speakerSlug)
        }
        return (joined, claims, reporting, speakers)
    }

    /// The speakers whose statements a change of an article from `before` to `after` (nil when
    /// it is not there) can change. Statements are grouped from each speaker's quotes, each by
    /// its place, words and day: so those whose quotes in the article keep their places and
    /// words, on the same day, keep their statements (the most quoted speakers' are the
    /// costliest to group again); any speaker the article quotes when it came, went or was
    /// dated anew.
    static func requotedSpeakers(_ before: ArticleNode?, _ after: ArticleNode?) -> Set<String> {
        let quotes = { (article: ArticleNode?) in
            Dictionary(grouping: (article?.quotes ?? []).filter { $0.speakerSlug != nil }, by: { $0.speakerSlug! })
                .mapValues { $0.map { "\($0.index) \($0.text)" } }
        }
        let (old, new) = (quotes(before), quotes(after))
        let quoted = Set(old.keys).union(new.keys)
        guard before != nil, after != nil, before?.date?.isoDay == after?.date?.isoDay else { return quoted }
        return quoted.filter { old[$0] != new[$0] }
    }

    /// The places of the quotes whose words a change of an article from `before` to `after` (nil
    /// when it is not there) changed, added or took away.
    static func rewordedQuotes(_ before: ArticleNode?, _ after: ArticleNode?) -> [QuotePlace] {
        let (old, new) = (before?.quotes ?? [], after?.quotes ?? [])
        let words = Dictionary(old.map { ($0.index, $0.text) }, uniquingKeysWith: { first, _ in first })
        let kept = Set(new.map(\.index))
        return new.filter { words[$0.index] != $0.text }.map(\.place) + old.filter { !kept.contains($0.index) }.map(\.place)
    }

    /// The nodes of the articles of `summaries`, `jobs` runs at once, in order.
    private static func nodes(of summaries: [ArticleSummary], identities: SpeakerIdentities, jobs: Int) async -> [ArticleNode] {
        let size = max(256, (summaries.count + jobs - 1) / max(1, jobs))
        let runs = stride(from: 0, to: summaries.count, by: size).map { $0..<min($0 + size, summaries.count) }
        return await Parallel.map(runs, jobs: jobs) { run in
            var memo = SlugMemo()
            return run.map { SpeakerAccumulator.node(summaries[$0], document: summaries[$0].document, identities: identities, slugs: &memo) }
        }.flatMap { $0 }
    }

    /// The related lists that can differ from the previous graph's, by position in `articles`:
    /// the changed articles', and those of every article sharing a quoted speaker or topic that
    /// a changed article gained or lost (all of its own when it was added, removed or moved in
    /// the order). Nil when teasers make a list depend on other articles' titles and dates and
    /// those changed.
    private static func relatedLists(
        of articles: [ArticleNode], order: [String: Int], changed: Set<String>, old: [String: ArticleNode],
        new: [String: ArticleNode], speakers speakerNodes: [String: SpeakerNode], topics topicNodes: [String: TopicNode]
    ) -> [Int: [String]]? {
        let teasing = articles.contains { !$0.document.related.isEmpty } || old.values.contains { !$0.document.related.isEmpty }
        var speakers = Set<String>()
        var topics = Set<String>()
        for slug in changed {
            let before = old[slug]
            let after = new[slug]
            let quotedBefore = Set(before?.quotes.compactMap(\.speakerSlug) ?? [])
            let quotedAfter = Set(after?.quotes.compactMap(\.speakerSlug) ?? [])
            let filedBefore = Set(before?.topicSlugs ?? [])
            let filedAfter = Set(after?.topicSlugs ?? [])
            if let before, let after, before.date == after.date {
                if teasing, before.document.title != after.document.title || before.document.related != after.document.related {
                    return nil
                }
                speakers.formUnion(quotedBefore.symmetricDifference(quotedAfter))
                topics.formUnion(filedBefore.symmetricDifference(filedAfter))
            } else {
                if teasing { return nil }
                speakers.formUnion(quotedBefore.union(quotedAfter))
                topics.formUnion(filedBefore.union(filedAfter))
            }
        }
        return related(
            among: articles, order: order, at: new.keys.compactMap { order[$0] }, sharing: speakers, topics: topics,
            speakerNodes: speakerNodes, topicNodes: topicNodes)
    }

    /// The speaker nodes, A–Z: those of the speakers `named` by a changed article (before or
    /// after) worked out again from every article that names them, the others from `links` with
    /// their quotes gathered from `articles`. The two halves are worked out side by side: a
    /// speaker quoted across the archive is named by thousands of articles.
    private static func speakerNodes(
        articles: [ArticleNode], order: [String: Int], summaries: [ArticleSummary], bySlug: [String: Int],
        changed: Set<String>, named: Set<String>, links: GraphLinks
    ) async -> [SpeakerNode] {
        var members = changed
        var speakers: [SpeakerNode] = []
        speakers.reserveCapacity(links.speakers.count + named.count)
        for speaker in links.speakers {
            if named.contains(speaker.slug) {
                for slug in speaker.articleSlugs where order[slug] != nil && !changed.contains(slug) { members.insert(slug) }
            } else {
                speakers.append(speaker)
            }
        }
        // The named speakers' nodes from the articles that name them, linked as a full build does.
        let relinking = Task { [members] in
            var accumulator = SpeakerAccumulator(identities: links.identities)
            for slug in members.sorted() {
                accumulator.remember(articles[order[slug]!], summary: summaries[bySlug[slug]!], only: named)
            }
            let memberArticles = members.map { order[$0]! }.sorted().map { articles[$0] }
            return accumulator.nodes(articles: memberArticles, articleOrder: order, only: named)
        }
        // The unchanged speakers' quotes, newest article first, in reading order.
        // Counted first, so each list is made at its size: grown by doubling, the lists of a
        // 50,000-article archive took a quarter more memory than their quotes.
        let numbers = Dictionary(uniqueKeysWithValues: speakers.enumerated().map { ($1.slug, $0) })
        let owners = articles.map { article in
            // Each of the article's few speakers is looked up once, not at every quote.
            let local = article.speakerSlugs.map { numbers[$0] }
            return article.quotes.map { quote in
                quote.speakerSlug.flatMap { slug in article.speakerSlugs.firstIndex(of: slug).flatMap { local[$0] } }
            }
        }
        var counts = [Int](repeating: 0, count: speakers.count)
        for owner in owners.joined() { if let owner { counts[owner] += 1 } }
        for (number, count) in counts.enumerated() { speakers[number].quotes.reserveCapacity(count) }
        // By position: iterating the articles themselves copied every node.
        for position in articles.indices {
            for (quote, owner) in zip(articles[position].quotes, owners[position]) {
                if let owner { speakers[owner].quotes.append(quote) }
            }
        }
        speakers += await relinking.value
        return SpeakerOrder.sorted(speakers)
    }
}

extension SiteGraph {
    /// The digest of this graph, patched from `old` (the previous graph's): only the nodes in
    /// `patch` are digested again.
    package func digest(updating old: GraphDigest, patch: Patch) -> GraphDigest {
        let statementDigests = self.statementDigests(keeping: old.statements, unless: patch.articles)
        let statements = statementDigests.mapValues(\.whole)
        var articleDigests: [String: GraphDigest.Node] = [:]
        articleDigests.reserveCapacity(articles.count)
        for article in articles {
            articleDigests[article.slug] =
                patch.articles.contains(article.slug)
                ? article.digest(statements: statements) : old.articles[article.slug] ?? article.digest(statements: statements)
        }
        var speakerDigests: [String: GraphDigest.Node] = [:]
        speakerDigests.reserveCapacity(speakers.count)
        for speaker in speakers {
            speakerDigests[speaker.slug] =
                patch.speakers.contains(speaker.slug)
                ? speaker.digest(statements: statements) : old.speakers[speaker.slug] ?? speaker.digest(statements: statements)
        }
        var topicDigests: [String: GraphDigest.Node] = [:]
        for topic in topics {
            topicDigests[topic.slug] = patch.topics.contains(topic.slug) ? topic.digest : old.topics[topic.slug] ?? topic.digest
        }
        return GraphDigest(
            hasFiction: articles.contains(where: \.isFiction), hasTopics: !topics.isEmpty, articles: articleDigests,
            speakers: speakerDigests, topics: topicDigests, statements: statementDigests)
    }
}
