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
            object["mentions"] = quoted.map { ["@type": schemaType($0), "name": $0.name] }
        }
        return encode(object)
    }

    /// A `Person` or `Organization` for `speaker`.
    static func speaker(_ speaker: SpeakerNode, options: SiteOptions, page: String) -> String? {
        var object: [String: Any] = ["@context": "https://schema.org", "@type": schemaType(speaker), "name": speaker.name]
        if let role = speaker.roles.first, speaker.kind == .person { object["jobTitle"] = role }
        if !speaker.aliases.isEmpty { object["alternateName"] = speaker.aliases }
        if let url = options.absoluteURL(String(page.dropLast("index.html".count))) { object["url"] = url }
        return encode(object)
    }

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
