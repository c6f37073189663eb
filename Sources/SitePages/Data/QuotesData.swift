import Foundation
import SiteModel

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

    /// The file's bytes: pretty-printed with sorted keys, so it is stable and diffable. Each
    /// quote has its article, place, text and context, `uncertain` when the attribution is, its
    /// speaker's slug, name and page when it has one, the statement it reports (an id shared by
    /// every report of it) and the article that reported that statement first, when known.
    func json() -> Data {
        let entries = JSONValue.Elements(count: quotes.count) { entry(quotes[$0]) }
        return Data(JSONValue.objectOfArrays(["quotes": entries], pretty: true))
    }

    /// `json()` of every quote on the site as one piece per article, the same bytes.
    static func pieced(graph: SiteGraph) -> PiecedFile {
        let data = QuotesData(graph: graph, quotes: [])
        return PiecedFile(
            path: SitePath.quotesJSON,
            runs: [
                PiecedFile.Run(
                    head: Array("{\n  \"quotes\" : [\n".utf8), separator: JSONValue.elementSeparator(pretty: true),
                    part: .quotesJSON, ofSpeakers: false, slugs: graph.articles.map(\.slug)
                ) { position in
                    let quotes = graph.articles[position].quotes
                    return JSONValue.arrayElements(.init(count: quotes.count) { data.entry(quotes[$0]) }, pretty: true)
                }
            ], tail: Array("\n  ]\n}\n".utf8))
    }

    /// One quote's entry.
    private func entry(_ quote: QuoteNode) -> JSONValue {
        let article = graph.article(quote.articleSlug)
        var fields: [String: JSONValue] = [
            "article": .string(quote.articleSlug), "articleTitle": .string(article?.document.title ?? ""),
            "index": .integer(quote.index), "text": .string(quote.text),
            "url": .string(SitePath.article(quote.articleSlug) + "#" + quote.anchor),
        ]
        if let date = article?.date?.text { fields["date"] = .string(date) }
        fields["statement"] = .string(quote.statementID)
        if let first = quote.statement.map(\.firstReported) ?? (article?.date?.isoDay != nil ? quote.articleSlug : nil) {
            fields["firstReported"] = .string(first)
        }
        if let context = quote.context { fields["context"] = .string(context) }
        if quote.isUncertain { fields["uncertain"] = .bool(true) }
        if let speaker = quote.speakerSlug.flatMap(graph.speaker) {
            fields["speaker"] = .string(speaker.slug)
            fields["speakerName"] = .string(speaker.name)
            fields["speakerURL"] = .string(SitePath.person(speaker.slug))
        } else if let source = article?.unnamedSource(ofQuote: quote.index) {
            fields["speakerDescription"] = .string(source)
        }
        return JSONValue.object(fields)
    }
}
