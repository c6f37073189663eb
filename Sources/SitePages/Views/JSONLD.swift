import SiteModel

/// schema.org descriptions of article and speaker pages, for search engines and readers' tools.
///
/// Nothing another page or the page's own markup already describes is repeated here: each quote
/// is described once, as RDFa where it stands in its article (see `ArticleBody`), naming its
/// speaker by the address of the speaker's page, and that page's JSON-LD describes the speaker.
enum JSONLD {
    /// A `NewsArticle` for `article`, whose page is `page`. Its standfirst is the page's
    /// `description` and its quotes and their speakers are RDFa, so neither is written here.
    static func article(_ article: ArticleNode, options: SiteOptions, page: String) -> String {
        let document = article.document
        var object: [String: JSONValue] = [
            "@context": .string("https://schema.org"), "@type": .string("NewsArticle"), "headline": .string(document.title),
        ]
        if let day = article.date?.isoDay { object["datePublished"] = .string(day) }
        if let source = document.source { object["publisher"] = .object(["@type": .string("Organization"), "name": .string(source)]) }
        if !document.topics.isEmpty { object["keywords"] = .string(document.topics.joined(separator: ", ")) }
        if let url = options.absoluteURL(SiteRenderer.canonicalPath(page)) {
            object["url"] = .string(url)
        }
        return JSONValue.object(object).scriptSafeText
    }

    /// A `ProfilePage` whose main entity is the `Person` or `Organization` `speaker`: the one
    /// description of them that the quotes on article pages point to by this page's address.
    static func speaker(_ speaker: SpeakerNode, options: SiteOptions, page: String) -> String {
        var entity: [String: JSONValue] = [
            "@type": .string(speaker.kind == .person ? "Person" : "Organization"), "name": .string(speaker.name),
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
        return JSONValue.object(object).scriptSafeText
    }
}
