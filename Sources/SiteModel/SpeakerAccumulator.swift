import Articles
import Attribution
import Content

/// Gathers what every article says about each speaker while the graph is built.
package struct SpeakerAccumulator {
    /// How article speaker ids map to site speakers.
    package let identities: SpeakerIdentities
    private var firstSeen: [String: Speaker] = [:]
    private var rolesByArticle: [String: [(article: String, role: String)]] = [:]
    private var aliases: [String: [String]] = [:]
    private var articles: [String: [String]] = [:]
    private var slugMemo = SlugMemo()

    /// An accumulator that merges speakers through `identities`.
    package init(identities: SpeakerIdentities) {
        self.identities = identities
    }

    /// Turns the article of `summary` into a node holding `document` (the full one, or the
    /// summary's own when only the article's page will not be rendered) and remembers its speakers.
    package mutating func add(_ summary: ArticleSummary, document full: Document) -> ArticleNode {
        let node = Self.node(summary, document: full, identities: identities, slugs: &slugMemo)
        remember(node, summary: summary)
        return node
    }

    /// Remembers the speakers of the article of `summary`, whose node is `node` (as `add` makes
    /// it): the ones it declares, in order, then the ones its quotes credit without declaring;
    /// only those in `only` when given.
    package mutating func remember(_ node: ArticleNode, summary: ArticleSummary, only: Set<String>? = nil) {
        let document = summary.document
        var declared = Set<String>()
        // A speaker the article only describes ("a spokesman") has no page.
        for speaker in document.speakers where declared.insert(speaker.id).inserted && speaker.named {
            let slug = node.speakerLinks[speaker.id]!
            if only?.contains(slug) ?? true { remember(speaker, as: slug, in: document.slug) }
        }
        // A quote may credit an id the front matter does not declare (a hand edit); it still gets a page.
        for quote in document.quotes {
            guard let id = quote.speakerID, declared.insert(id).inserted else { continue }
            let slug = node.speakerLinks[id]!
            if only?.contains(slug) ?? true { remember(Speaker(id: id, name: id, kind: .person), as: slug, in: document.slug) }
        }
    }

    /// The node of the article of `summary`, holding `document`: a function of the summary and
    /// `identities` alone, so a rebuild makes the nodes of unchanged articles just as a full
    /// build does. `slugs` remembers the slugs worked out.
    package static func node(
        _ summary: ArticleSummary, document full: Document, identities: SpeakerIdentities, slugs memo: inout SlugMemo
    ) -> ArticleNode {
        let document = summary.document
        var links: [String: String] = [:]
        var slugs: [String] = []
        var unnamed = Set<String>()
        for speaker in document.speakers {
            guard speaker.named else {
                unnamed.insert(speaker.id)
                continue
            }
            let slug = memo.slug(identities.canonicalIDs[speaker.id] ?? speaker.id)
            links[speaker.id] = slug
            if !slugs.contains(slug) { slugs.append(slug) }
        }
        let contexts = summary.contexts
        let quotes = document.quotes.map { quote in
            QuoteNode(
                articleSlug: document.slug, index: quote.index, text: quote.text,
                speakerSlug: quote.speakerID.flatMap { id in
                    if unnamed.contains(id) { return nil }
                    if let slug = links[id] { return slug }
                    let slug = memo.slug(identities.canonicalIDs[id] ?? id)
                    links[id] = slug
                    if !slugs.contains(slug) { slugs.append(slug) }
                    return slug
                },
                line: quote.line, inBody: quote.paragraph != nil, isUncertain: quote.isUncertain,
                context: contexts[quote.index])
        }
        var topicSlugs: [String] = []
        for topic in document.topics {
            let slug = memo.slug(topic)
            if !topicSlugs.contains(slug) { topicSlugs.append(slug) }
        }
        return ArticleNode(
            slug: document.slug, document: full, date: document.date.map(ArticleDate.init),
            topicSlugs: topicSlugs, speakerSlugs: slugs, speakerLinks: links, quotes: quotes,
            relatedSlugs: [], isFiction: summary.isFiction)
    }

    private mutating func remember(_ speaker: Speaker, as slug: String, in article: String) {
        if firstSeen[slug] == nil { firstSeen[slug] = speaker }
        // A role that only repeats the name ("authority", "authority") tells the reader nothing.
        if let role = speaker.role, !role.isEmpty, !Self.sameLowercased(role, speaker.name) {
            rolesByArticle[slug, default: []].append((article, role))
        }
        for alias in [speaker.name] + speaker.aliases where !(aliases[slug] ?? []).contains(alias) {
            aliases[slug, default: []].append(alias)
        }
        if articles[slug]?.last != article { articles[slug, default: []].append(article) }
    }

    /// Whether `first.lowercased() == second.lowercased()`, without making either when both
    /// are ASCII (as names and roles mostly are): this runs for every speaker of every article.
    private static func sameLowercased(_ first: String, _ second: String) -> Bool {
        let left = first.utf8
        let right = second.utf8
        guard left.allSatisfy({ $0 < 0x80 }), right.allSatisfy({ $0 < 0x80 }) else {
            return first.lowercased() == second.lowercased()
        }
        let lower = { (byte: UInt8) in (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        return left.count == right.count && zip(left, right).allSatisfy { lower($0) == lower($1) }
    }

    /// The speaker nodes, once every article (sorted newest first) is known; only those in
    /// `only` when given.
    package func nodes(articles sortedArticles: [ArticleNode], articleOrder: [String: Int], only: Set<String>? = nil) -> [SpeakerNode] {
        // Sorted by position, each slug looked up once rather than at every comparison.
        let newestFirst = { (slugs: [String]) in
            slugs.map { (articleOrder[$0]!, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var quotes: [String: [QuoteNode]] = [:]
        // Quoted speakers as numbers: which ones each article quotes, and where each is quoted.
        var numbers: [String: Int] = [:]
        var quotedSlugs: [String] = []
        var quotedBy: [[Int]] = []
        var quotedIn: [[Int]] = []
        quotedBy.reserveCapacity(sortedArticles.count)
        for (position, article) in sortedArticles.enumerated() {
            var speakers: [Int] = []
            for quote in article.quotes {
                guard let speaker = quote.speakerSlug else { continue }
                if only?.contains(speaker) ?? true { quotes[speaker, default: []].append(quote) }
                let number = numbers[speaker] ?? quotedSlugs.count
                if number == quotedSlugs.count {
                    numbers[speaker] = number
                    quotedSlugs.append(speaker)
                    quotedIn.append([])
                }
                if !speakers.contains(number) {
                    speakers.append(number)
                    quotedIn[number].append(position)
                }
            }
            quotedBy.append(speakers)
        }
        let quoted = Quoted(numbers: numbers, slugs: quotedSlugs, by: quotedBy, in: quotedIn)
        let nodes = firstSeen.filter { only?.contains($0.key) ?? true }.map { slug, speaker -> SpeakerNode in
            let profile = identities.profiles[identities.canonicalIDs[speaker.id] ?? speaker.id]
            let name = profile?.name ?? speaker.name
            var roles: [String] = profile?.role.map { [$0] } ?? []
            // A stable sort by position keeps an article's roles in the order it gives them.
            let roleOrder = (rolesByArticle[slug] ?? []).map { (articleOrder[$0.article]!, $0.role) }
                .enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
            for role in roleOrder where !roles.contains(role) { roles.append(role) }
            let articleSlugs = newestFirst(articles[slug] ?? [])
            let kind = profile?.kind ?? speaker.kind
            // "Also named" lists other names, not other spellings of this one with a title
            // ("Sens. Jeff Merkley", "Maj. Gen. Iftikhar").
            let spellings = (profile?.aliases ?? []) + (aliases[slug] ?? [])
            let shown = kind == .person ? spellings.compactMap(PersonName.shownVariant) : spellings
            return SpeakerNode(
                slug: slug, name: name, kind: kind, roles: roles,
                aliases: shown.uniqued().filter { $0 != name },
                articleSlugs: articleSlugs, quotes: quotes[slug] ?? [],
                alongside: quoted.alongside(slug))
        }
        return SpeakerOrder.sorted(nodes)
    }

    /// The speakers quoted in each article, numbered, for the "quoted alongside" lists: with
    /// strings for names, those lists were the largest part of linking a large archive.
    private struct Quoted {
        /// Each quoted speaker's number by slug.
        let numbers: [String: Int]
        /// Each number's slug.
        let slugs: [String]
        /// For each article (newest first), the numbers of the speakers it quotes.
        let by: [[Int]]
        /// For each number, the positions of the articles that quote the speaker.
        let `in`: [[Int]]

        /// Other speakers quoted in the articles where `slug` is quoted, by number of shared
        /// articles (ties by slug, as `Tally.ranked`).
        package func alongside(_ slug: String) -> [Tally] {
            guard let number = numbers[slug] else { return [] }
            var counts: [Int: Int] = [:]
            for article in self.in[number] {
                for other in by[article] where other != number { counts[other, default: 0] += 1 }
            }
            return counts.map { Tally(slug: slugs[$0.key], count: $0.value) }
                .sorted { ($1.count, $0.slug) < ($0.count, $1.slug) }
        }
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
