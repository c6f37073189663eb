import Foundation

/// `data/search-index.js`: what the search page searches, as a script rather than JSON so that
/// search also works when the site is opened from disk, where pages may not fetch files.
struct SearchIndex {
    /// What to index.
    let graph: SiteGraph

    /// An article as the search page sees it.
    struct Article: Encodable {
        var title: String
        var url: String
        var standfirst: String?
        var topics: String
    }

    /// A speaker as the search page sees them.
    struct Person: Encodable {
        var name: String
        var url: String
        var role: String?
        var kind: String
    }

    /// A quote as the search page sees it.
    struct Quote: Encodable {
        var text: String
        var url: String
        var speaker: String?
        var article: String
    }

    /// The whole index.
    struct File: Encodable {
        var articles: [Article]
        var people: [Person]
        var quotes: [Quote]
    }

    /// The script that defines `window.verbatimSearchIndex`.
    func script() -> String {
        let file = File(
            articles: graph.articles.map {
                Article(
                    title: $0.document.title, url: SitePath.article($0.slug), standfirst: $0.document.standfirst,
                    topics: $0.document.topics.joined(separator: " "))
            },
            people: graph.speakers.map {
                Person(
                    name: $0.name, url: SitePath.person($0.slug), role: $0.roles.first,
                    kind: $0.kind == .person ? "Person" : "Organisation")
            },
            quotes: graph.quotes.map { quote in
                Quote(
                    text: quote.text, url: SitePath.article(quote.articleSlug) + "#" + quote.anchor,
                    speaker: quote.speakerSlug.flatMap(graph.speaker)?.name,
                    article: graph.article(quote.articleSlug)?.document.title ?? "")
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(file)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "window.verbatimSearchIndex = \(ScriptJSON.safe(json));\n"
    }
}
