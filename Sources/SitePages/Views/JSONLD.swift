import SiteModel

/// schema.org descriptions of article and speaker pages, for search engines and readers' tools.
enum JSONLD {
    /// A `NewsArticle` for `article`.
    static func article(_ article: ArticleNode, graph: SiteGraph, options: SiteOptions) -> String {
        let document = article.document
        var object: [String: JSONValue] = [
            "@context": .string("https://schema.org"), "@type": .string("NewsArticle"), "headline": .string(document.title),
        ]
        if let standfirst = document.standfirst { object["description"] = .string(standfirst) }
        if let day = article.date?.isoDay { object["datePublished"] = .string(day) }
        if let source = document.source { object["publisher"] = .object(["@type": .string("Organization"), "name": .string(source)]) }
        if !document.topics.isEmpty { object["keywords"] = .string(document.topics.joined(separator: ", ")) }
        if let url = options.absoluteURL(String(SitePath.article(article.slug).dropLast("index.html".count))) {
            object["url"] = .string(url)
        }
        let quoted = article.speakerSlugs.compactMap(graph.speaker).filter { speaker in
            article.quotes.contains { $0.speakerSlug == speaker.slug }
        }
        if !quoted.isEmpty {
            object["mentions"] = .array(quoted.map { person($0, options: options) })
        }
        if !article.quotes.isEmpty {
            object["hasPart"] = .array(article.quotes.map { quotation($0, graph: graph, options: options) })
        }
        return JSONValue.object(object).scriptSafeText
    }

    /// A `Quotation`: the words, who spoke them when the site knows (`spokenBy` when the caller
    /// has it already), and where they are.
    private static func quotation(
        _ quote: QuoteNode, graph: SiteGraph, options: SiteOptions, spokenBy: JSONValue? = nil
    ) -> JSONValue {
        var object: [String: JSONValue] = ["@type": .string("Quotation"), "text": .string(quote.text)]
        if let spokenBy {
            object["spokenByCharacter"] = spokenBy
        } else if let speaker = quote.speakerSlug.flatMap(graph.speaker) {
            object["spokenByCharacter"] = person(speaker, options: options)
        }
        let folder = String(SitePath.article(quote.articleSlug).dropLast("index.html".count))
        if let url = options.absoluteURL(folder) { object["url"] = .string(url + "#" + quote.anchor) }
        return .object(object)
    }

    /// A short `Person` or `Organization`, with its page when the site's address is known.
    private static func person(_ speaker: SpeakerNode, options: SiteOptions) -> JSONValue {
        var object: [String: JSONValue] = ["@type": .string(schemaType(speaker)), "name": .string(speaker.name)]
        if let url = options.absoluteURL(String(SitePath.person(speaker.slug).dropLast("index.html".count))) {
            object["url"] = .string(url)
        }
        return .object(object)
    }

    /// A `ProfilePage` whose main entity is the `Person` or `Organization` `speaker`, with their
    /// quotes (the newest, up to `quotationLimit`) as `Quotation`s.
    static func speaker(_ speaker: SpeakerNode, graph: SiteGraph, options: SiteOptions, page: String) -> String {
        var entity: [String: JSONValue] = ["@type": .string(schemaType(speaker)), "name": .string(speaker.name)]
        if let role = speaker.roles.first {
            entity[speaker.kind == .person ? "jobTitle" : "description"] = .string(role)
        }
        if !speaker.aliases.isEmpty { entity["alternateName"] = .array(speaker.aliases.map(JSONValue.string)) }
        var object: [String: JSONValue] = ["@context": .string("https://schema.org"), "@type": .string("ProfilePage")]
        if let url = options.absoluteURL(String(page.dropLast("index.html".count))) {
            object["url"] = .string(url)
            entity["url"] = .string(url)
        }
        object["mainEntity"] = .object(entity)
        if !speaker.quotes.isEmpty {
            let spokenBy = JSONValue.object(["@type": .string(schemaType(speaker)), "name": .string(speaker.name)])
            object["hasPart"] = .array(
                speaker.quotes.prefix(quotationLimit).map { quote in
                    quotation(quote, graph: graph, options: options, spokenBy: spokenBy)
                })
        }
        return JSONValue.object(object).scriptSafeText
    }

    /// How many quotes a speaker page describes; the page itself lists them all.
    static let quotationLimit = 50

    private static func schemaType(_ speaker: SpeakerNode) -> String {
        speaker.kind == .person ? "Person" : "Organization"
    }
}
