import Foundation

/// `data/quotes.json` (every quote) and `people/<slug>/quotes.json` (one speaker's): each quote
/// with its speaker, its place and the sentence around it, for readers' own tools and search.
/// Addresses are relative to the site root in both files.
struct QuotesData {
    /// The articles and speakers the quotes belong to.
    let graph: SiteGraph
    /// The quotes to list, in order.
    var quotes: [QuoteNode]

    /// Every quote on the site.
    init(graph: SiteGraph) {
        self.init(graph: graph, quotes: graph.quotes)
    }

    /// The given quotes of the site.
    init(graph: SiteGraph, quotes: [QuoteNode]) {
        self.graph = graph
        self.quotes = quotes
    }

    /// One quote in the JSON file.
    struct Entry: Encodable {
        var article: String
        var articleTitle: String
        var date: String?
        var index: Int
        var url: String
        var text: String
        var context: String?
        var uncertain: Bool?
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
        let entries = quotes.map { quote in
            let article = graph.article(quote.articleSlug)
            let speaker = quote.speakerSlug.flatMap(graph.speaker)
            return Entry(
                article: quote.articleSlug, articleTitle: article?.document.title ?? "",
                date: article?.date?.text, index: quote.index,
                url: SitePath.article(quote.articleSlug) + "#" + quote.anchor, text: quote.text,
                context: quote.context,
                uncertain: quote.isUncertain ? true : nil,
                speaker: speaker?.slug, speakerName: speaker?.name, speakerURL: speaker.map { SitePath.person($0.slug) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(File(quotes: entries))) ?? Data("{\"quotes\":[]}".utf8)
        return data + Data("\n".utf8)
    }
}
