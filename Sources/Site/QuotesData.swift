import Foundation

/// `data/quotes.json`: every quote with its speaker and its place, for readers' own tools and search.
struct QuotesData {
    /// The quotes to list.
    let graph: SiteGraph

    /// One quote in the JSON file.
    struct Entry: Encodable {
        var article: String
        var articleTitle: String
        var date: String?
        var index: Int
        var url: String
        var text: String
        var speaker: String?
        var speakerName: String?
        var speakerURL: String?
    }

    /// The file's top level.
    struct File: Encodable {
        var quotes: [Entry]
    }

    /// The file's bytes: pretty-printed with sorted keys, so it is stable and diffable.
    func json() -> Data {
        let entries = graph.quotes.map { quote in
            let article = graph.article(quote.articleSlug)
            let speaker = quote.speakerSlug.flatMap(graph.speaker)
            return Entry(
                article: quote.articleSlug, articleTitle: article?.document.title ?? "",
                date: article?.date?.text, index: quote.index,
                url: SitePath.article(quote.articleSlug) + "#" + quote.anchor, text: quote.text,
                speaker: speaker?.slug, speakerName: speaker?.name, speakerURL: speaker.map { SitePath.person($0.slug) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(File(quotes: entries))) ?? Data("{\"quotes\":[]}".utf8)
        return data + Data("\n".utf8)
    }
}
