import Articles
import Attribution
import Content

/// Gathers what every article says about each speaker while the graph is built.
struct SpeakerAccumulator {
    /// How article speaker ids map to site speakers.
    let identities: SpeakerIdentities
    private var firstSeen: [String: Speaker] = [:]
    private var rolesByArticle: [String: [(article: String, role: String)]] = [:]
    private var aliases: [String: [String]] = [:]
    private var articles: [String: [String]] = [:]

    /// An accumulator that merges speakers through `identities`.
    init(identities: SpeakerIdentities) {
        self.identities = identities
    }

    /// Turns the article of `summary` into a node holding `document` (the full one, or the
    /// summary's own when only the article's page will not be rendered) and remembers its speakers.
    mutating func add(_ summary: ArticleSummary, document full: Document) -> ArticleNode {
        let document = summary.document
        var links: [String: String] = [:]
        var slugs: [String] = []
        for speaker in document.speakers {
            let slug = identities.slug(for: speaker.id)
            links[speaker.id] = slug
            remember(speaker, as: slug, in: document.slug)
            if !slugs.contains(slug) { slugs.append(slug) }
        }
        let contexts = summary.contexts
        let quotes = document.quotes.map { quote in
            QuoteNode(
                articleSlug: document.slug, index: quote.index, text: quote.text,
                speakerSlug: quote.speakerID.map { id in
                    links[id] ?? rememberUndeclared(id, in: document.slug, links: &links, slugs: &slugs)
                },
                line: quote.line, inBody: quote.paragraph != nil, isUncertain: quote.isUncertain,
                context: contexts[quote.index])
        }
        var topicSlugs: [String] = []
        for topic in document.topics where !topicSlugs.contains(Slug.make(topic)) {
            topicSlugs.append(Slug.make(topic))
        }
        return ArticleNode(
            slug: document.slug, document: full, date: document.date.map(ArticleDate.init),
            topicSlugs: topicSlugs, speakerSlugs: slugs, speakerLinks: links, quotes: quotes,
            relatedSlugs: [], isFiction: summary.isFiction)
    }

    /// A quote may credit an id the front matter does not declare (a hand edit); it still gets a page.
    private mutating func rememberUndeclared(
        _ id: String, in article: String, links: inout [String: String], slugs: inout [String]
    ) -> String {
        let slug = identities.slug(for: id)
        links[id] = slug
        if !slugs.contains(slug) { slugs.append(slug) }
        remember(Speaker(id: id, name: id, kind: .person), as: slug, in: article)
        return slug
    }

    private mutating func remember(_ speaker: Speaker, as slug: String, in article: String) {
        if firstSeen[slug] == nil { firstSeen[slug] = speaker }
        // A role that only repeats the name ("authority", "authority") tells the reader nothing.
        if let role = speaker.role, !role.isEmpty, role.lowercased() != speaker.name.lowercased() {
            rolesByArticle[slug, default: []].append((article, role))
        }
        for alias in [speaker.name] + speaker.aliases where !(aliases[slug] ?? []).contains(alias) {
            aliases[slug, default: []].append(alias)
        }
        if articles[slug]?.last != article { articles[slug, default: []].append(article) }
    }

    /// The speaker nodes, once every article (sorted newest first) is known.
    func nodes(articles sortedArticles: [ArticleNode], articleOrder: [String: Int]) -> [SpeakerNode] {
        let newestFirst = { (slugs: [String]) in slugs.sorted { articleOrder[$0]! < articleOrder[$1]! } }
        var quotes: [String: [QuoteNode]] = [:]
        for article in sortedArticles {
            for quote in article.quotes {
                if let speaker = quote.speakerSlug { quotes[speaker, default: []].append(quote) }
            }
        }
        let nodes = firstSeen.map { slug, speaker -> SpeakerNode in
            let profile = identities.profiles[identities.canonicalIDs[speaker.id] ?? speaker.id]
            let name = profile?.name ?? speaker.name
            var roles: [String] = profile?.role.map { [$0] } ?? []
            let roleOrder = (rolesByArticle[slug] ?? []).sorted { articleOrder[$0.article]! < articleOrder[$1.article]! }
            for entry in roleOrder where !roles.contains(entry.role) { roles.append(entry.role) }
            let articleSlugs = newestFirst(articles[slug] ?? [])
            return SpeakerNode(
                slug: slug, name: name, kind: profile?.kind ?? speaker.kind, roles: roles,
                aliases: ((profile?.aliases ?? []) + (aliases[slug] ?? [])).uniqued().filter { $0 != name },
                articleSlugs: articleSlugs, quotes: quotes[slug] ?? [],
                alongside: alongside(slug, in: articleSlugs, articles: sortedArticles, articleOrder: articleOrder))
        }
        return nodes.sorted { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }
    }

    /// Other speakers quoted in the articles where `slug` is quoted, by number of shared articles.
    private func alongside(
        _ slug: String, in articleSlugs: [String], articles: [ArticleNode], articleOrder: [String: Int]
    ) -> [Tally] {
        var counts: [String: Int] = [:]
        for articleSlug in articleSlugs {
            let article = articles[articleOrder[articleSlug]!]
            let quoted = Set(article.quotes.compactMap(\.speakerSlug))
            guard quoted.contains(slug) else { continue }
            for other in quoted where other != slug { counts[other, default: 0] += 1 }
        }
        return Tally.ranked(counts)
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
