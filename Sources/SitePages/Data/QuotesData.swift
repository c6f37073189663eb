import Foundation
import SiteModel

/// `data/quotes.jsonl`: every quote of the site as JSON Lines (one quote a line, as Quotebank
/// ships), with its speaker, its place and the sentence around it, for readers' own tools.
/// Addresses are relative to the site root.
struct QuotesData {
    /// The articles and speakers the quotes belong to.
    let graph: SiteGraph

    /// The file's bytes: each quote a compact object with sorted keys, so it is stable and
    /// diffable. Each quote has its article (whose title, outlet and date `data/articles.jsonl`
    /// lists once), place, text and context, `uncertain` when the attribution is, its speaker's
    /// slug and name when it has one (their page and feed are in `data/people.jsonl`), the
    /// statement it reports (an id shared by every report of it) and the article that reported
    /// that statement first, when known.
    func jsonLines() -> Data {
        Data(Self.pieced(graph: graph).make(reusing: nil, recorder: nil))
    }

    /// The file as one piece per article: its quotes' lines.
    static func pieced(graph: SiteGraph) -> PiecedFile {
        let data = QuotesData(graph: graph)
        return PiecedFile(
            path: SitePath.quotesJSONLines,
            runs: [
                PiecedFile.Run(head: [], separator: [], part: .quotesJSON, nodes: .articles, slugs: graph.articles.map(\.slug)) {
                    position in
                    let quotes = graph.articles[position].quotes
                    return JSONValue.lines(.init(count: quotes.count) { data.entry(quotes[$0]) })
                }
            ], tail: [])
    }

    /// One quote's entry.
    private func entry(_ quote: QuoteNode) -> JSONValue {
        let article = graph.article(quote.articleSlug)
        var fields: [String: JSONValue] = [
            "article": .string(quote.articleSlug), "text": .string(quote.text),
            "url": .string(SitePath.article(quote.articleSlug) + "#" + quote.anchor),
        ]
        fields["statement"] = .string(quote.statementID)
        if let first = quote.statement.map(\.firstReported) ?? (article?.date?.isoDay != nil ? quote.articleSlug : nil) {
            fields["firstReported"] = .string(first)
        }
        if let context = quote.context { fields["context"] = .string(context) }
        if quote.isUncertain { fields["uncertain"] = .bool(true) }
        if let speaker = quote.speakerSlug.flatMap(graph.speaker) {
            fields["speaker"] = .string(speaker.slug)
            fields["speakerName"] = .string(speaker.name)
        } else if let source = article?.unnamedSource(ofQuote: quote.index) {
            fields["speakerDescription"] = .string(source)
        }
        return JSONValue.object(fields)
    }
}
