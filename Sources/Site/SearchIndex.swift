import Foundation

/// `data/search-index.js`: what the search page searches, as a script rather than JSON so that
/// search also works when the site is opened from disk, where pages may not fetch files.
struct SearchIndex {
    let graph: SiteGraph

    struct Article: Encodable {
        var title: String
        var url: String
        var standfirst: String?
        var topics: String
    }

    struct Person: Encodable {
        var name: String
        var url: String
        var role: String?
        var kind: String
    }

    struct Quote: Encodable {
        var text: String
        var url: String
        var speaker: String?
        var article: String
    }

    struct File: Encodable {
        var articles: [Article]
        var people: [Person]
        var quotes: [Quote]
    }

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
        // Inside a script element "</script" would end it; the escapes keep the text as it was.
        let safe = json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
        return "window.verbatimSearchIndex = \(safe);\n"
    }
}
