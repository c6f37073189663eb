import Foundation

/// schema.org descriptions of article and speaker pages, for search engines and readers' tools.
enum JSONLD {
    /// A `NewsArticle` for `article`.
    static func article(_ article: ArticleNode, graph: SiteGraph, options: SiteOptions) -> String? {
        let document = article.document
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": document.title,
        ]
        if let standfirst = document.standfirst { object["description"] = standfirst }
        if let day = article.date?.isoDay { object["datePublished"] = day }
        if let source = document.source { object["publisher"] = ["@type": "Organization", "name": source] }
        if !document.topics.isEmpty { object["keywords"] = document.topics.joined(separator: ", ") }
        if let url = options.absoluteURL(String(SitePath.article(article.slug).dropLast("index.html".count))) {
            object["url"] = url
        }
        let quoted = article.speakerSlugs.compactMap(graph.speaker).filter { speaker in
            article.quotes.contains { $0.speakerSlug == speaker.slug }
        }
        if !quoted.isEmpty {
            object["mentions"] = quoted.map { person($0, options: options) }
        }
        if !article.quotes.isEmpty {
            object["hasPart"] = article.quotes.map { quotation($0, graph: graph, options: options) }
        }
        return encode(object)
    }

    /// A `Quotation`: the words, who spoke them when the site knows, and where they are.
    private static func quotation(_ quote: QuoteNode, graph: SiteGraph, options: SiteOptions) -> [String: Any] {
        var object: [String: Any] = ["@type": "Quotation", "text": quote.text]
        if let speaker = quote.speakerSlug.flatMap(graph.speaker) {
            object["spokenByCharacter"] = person(speaker, options: options)
        }
        let folder = String(SitePath.article(quote.articleSlug).dropLast("index.html".count))
        if let url = options.absoluteURL(folder) { object["url"] = url + "#" + quote.anchor }
        return object
    }

    /// A short `Person` or `Organization`, with its page when the site's address is known.
    private static func person(_ speaker: SpeakerNode, options: SiteOptions) -> [String: Any] {
        var object: [String: Any] = ["@type": schemaType(speaker), "name": speaker.name]
        if let url = options.absoluteURL(String(SitePath.person(speaker.slug).dropLast("index.html".count))) {
            object["url"] = url
        }
        return object
    }

    /// A `ProfilePage` whose main entity is the `Person` or `Organization` `speaker`, with their
    /// quotes (the newest, up to `quotationLimit`) as `Quotation`s.
    static func speaker(_ speaker: SpeakerNode, graph: SiteGraph, options: SiteOptions, page: String) -> String? {
        var entity: [String: Any] = ["@type": schemaType(speaker), "name": speaker.name]
        if let role = speaker.roles.first {
            entity[speaker.kind == .person ? "jobTitle" : "description"] = role
        }
        if !speaker.aliases.isEmpty { entity["alternateName"] = speaker.aliases }
        var object: [String: Any] = ["@context": "https://schema.org", "@type": "ProfilePage"]
        if let url = options.absoluteURL(String(page.dropLast("index.html".count))) {
            object["url"] = url
            entity["url"] = url
        }
        object["mainEntity"] = entity
        if !speaker.quotes.isEmpty {
            object["hasPart"] = speaker.quotes.prefix(quotationLimit).map { quote -> [String: Any] in
                var item = quotation(quote, graph: graph, options: options)
                item["spokenByCharacter"] = ["@type": schemaType(speaker), "name": speaker.name]
                return item
            }
        }
        return encode(object)
    }

    /// How many quotes a speaker page describes; the page itself lists them all.
    static let quotationLimit = 50

    private static func schemaType(_ speaker: SpeakerNode) -> String {
        speaker.kind == .person ? "Person" : "Organization"
    }

    /// Sorted keys for stable output; `<`, `>` and `&` as escapes so no text can close the script element.
    private static func encode(_ object: [String: Any]) -> String? {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return nil }
        return ScriptJSON.safe(String(decoding: data, as: UTF8.self))
    }
}
