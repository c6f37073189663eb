import SiteModel

/// schema.org descriptions of article and speaker pages, for search engines and readers' tools.
///
/// Each speaker is described once per page, with an `@id`, and every quotation on a speaker page
/// points to it by that `@id` rather than repeating the speaker. The `@id` is the speaker page's address when the
/// site's address is known, and a blank node (`_:s1`, named for this page only) otherwise.
enum JSONLD {
    /// A `NewsArticle` for `article`, whose page is `page`, mentioning the speakers it quotes. Its
    /// quotes are not repeated here: each is described where it stands in the article, as
    /// microdata on its own markup (see `ArticleBody`).
    static func article(_ article: ArticleNode, graph: SiteGraph, options: SiteOptions, page: String) -> String {
        let document = article.document
        var object: [String: JSONValue] = [
            "@context": .string("https://schema.org"), "@type": .string("NewsArticle"), "headline": .string(document.title),
        ]
        if let standfirst = document.standfirst { object["description"] = .string(standfirst) }
        if let day = article.date?.isoDay { object["datePublished"] = .string(day) }
        if let source = document.source { object["publisher"] = .object(["@type": .string("Organization"), "name": .string(source)]) }
        if !document.topics.isEmpty { object["keywords"] = .string(document.topics.joined(separator: ", ")) }
        if let url = options.absoluteURL(SiteRenderer.canonicalPath(page)) {
            object["url"] = .string(url)
        }
        let quoted = article.speakerSlugs.compactMap(graph.speaker).filter { speaker in
            article.quotes.contains { $0.speakerSlug == speaker.slug }
        }
        if !quoted.isEmpty {
            object["mentions"] = .array(
                quoted.enumerated().map { position, speaker in
                    person(speaker, id: id(of: speaker, position: position, options: options), options: options)
                })
        }
        return JSONValue.object(object).scriptSafeText
    }

    /// A `Quotation`: the words, who spoke them when the site knows (a reference to their
    /// description on the page), and where they are.
    private static func quotation(_ quote: QuoteNode, options: SiteOptions, spokenBy: JSONValue?) -> JSONValue {
        var object: [String: JSONValue] = ["@type": .string("Quotation"), "text": .string(quote.text)]
        if let spokenBy { object["spokenByCharacter"] = spokenBy }
        if let url = options.absoluteURL(SiteRenderer.canonicalPath(SitePath.article(quote.articleSlug))) {
            object["url"] = .string(url + "#" + quote.anchor)
        }
        return .object(object)
    }

    /// A short `Person` or `Organization` with its `@id`, and its page when the site's address is known.
    private static func person(_ speaker: SpeakerNode, id: String, options: SiteOptions) -> JSONValue {
        var object: [String: JSONValue] = [
            "@type": .string(schemaType(speaker)), "@id": .string(id), "name": .string(speaker.name),
        ]
        if let url = options.absoluteURL(SiteRenderer.canonicalPath(SitePath.person(speaker.slug))) { object["url"] = .string(url) }
        return .object(object)
    }

    /// A pointer to the description with `id` on the same page.
    private static func reference(to id: String) -> JSONValue {
        .object(["@id": .string(id)])
    }

    /// The identifier of `speaker`, the `position`th described on the page: their page's
    /// address when the site's address is known, else a blank node.
    private static func id(of speaker: SpeakerNode, position: Int, options: SiteOptions) -> String {
        options.absoluteURL(SiteRenderer.canonicalPath(SitePath.person(speaker.slug))) ?? "_:s\(position + 1)"
    }

    /// A `ProfilePage` whose main entity is the `Person` or `Organization` `speaker`, with their
    /// newest quotes (up to `quotationLimit`) as `Quotation`s.
    static func speaker(_ speaker: SpeakerNode, options: SiteOptions, page: String) -> String {
        var entity: [String: JSONValue] = [
            "@type": .string(schemaType(speaker)), "@id": .string(id(of: speaker, position: 0, options: options)),
            "name": .string(speaker.name),
        ]
        if let role = speaker.roles.first {
            entity[speaker.kind == .person ? "jobTitle" : "description"] = .string(role)
        }
        if !speaker.aliases.isEmpty { entity["alternateName"] = .array(speaker.aliases.map(JSONValue.string)) }
        var object: [String: JSONValue] = ["@context": .string("https://schema.org"), "@type": .string("ProfilePage")]
        if let url = options.absoluteURL(SiteRenderer.canonicalPath(page)) {
            object["url"] = .string(url)
            entity["url"] = .string(url)
        }
        object["mainEntity"] = .object(entity)
        if !speaker.quotes.isEmpty {
            let spokenBy = reference(to: id(of: speaker, position: 0, options: options))
            object["hasPart"] = .array(
                speaker.quotes.prefix(quotationLimit).map { quotation($0, options: options, spokenBy: spokenBy) })
        }
        return JSONValue.object(object).scriptSafeText
    }

    /// How many quotes a speaker page describes: the newest; the page itself lists them all, and
    /// each quote's article page describes it in full.
    static let quotationLimit = 10

    private static func schemaType(_ speaker: SpeakerNode) -> String {
        speaker.kind == .person ? "Person" : "Organization"
    }
}
