import SiteModel

/// `data/search-index.js`: what the search page searches, as a script rather than JSON so that
/// search also works when the site is opened from disk, where pages may not fetch files.
struct SearchIndex {
    /// What to index.
    let graph: SiteGraph

    /// The script that defines `window.verbatimSearchIndex` as an object of three arrays
    /// (compact, script-safe JSON as `JSONValue.objectOfArrays` writes it): articles, people and
    /// quotes, each with its address from the site root; fields a value lacks are left out. An
    /// article's entry, a speaker's and an article's quotes are each one piece.
    func pieced() -> PiecedFile {
        let separator = JSONValue.elementSeparator(pretty: false)
        let articles = graph.articles
        return PiecedFile(
            path: SitePath.searchIndex,
            runs: [
                PiecedFile.Run(
                    head: Array("window.verbatimSearchIndex = {\"articles\":[".utf8), separator: separator,
                    part: .searchArticles, ofSpeakers: false, slugs: articles.map(\.slug)
                ) { position in
                    JSONValue.arrayElements(.init(count: 1) { _ in article(articles[position]) }, pretty: false)
                },
                PiecedFile.Run(
                    head: Array("],\"people\":[".utf8), separator: separator, part: .searchPeople, ofSpeakers: true,
                    slugs: graph.speakers.map(\.slug)
                ) { position in
                    JSONValue.arrayElements(.init(count: 1) { _ in person(graph.speakers[position]) }, pretty: false)
                },
                PiecedFile.Run(
                    head: Array("],\"quotes\":[".utf8), separator: separator, part: .searchQuotes, ofSpeakers: false,
                    slugs: articles.map(\.slug)
                ) { position in
                    let quotes = articles[position].quotes
                    return JSONValue.arrayElements(.init(count: quotes.count) { quote(quotes[$0]) }, pretty: false)
                },
            ], tail: Array("]};\n".utf8))
    }

    private func article(_ article: ArticleNode) -> JSONValue {
        var fields: [String: JSONValue] = [
            "title": .string(article.document.title), "url": .string(SitePath.article(article.slug)),
            "topics": .string(article.document.topics.joined(separator: " ")),
        ]
        if let standfirst = article.document.standfirst { fields["standfirst"] = .string(standfirst) }
        return JSONValue.object(fields)
    }

    private func person(_ speaker: SpeakerNode) -> JSONValue {
        var fields: [String: JSONValue] = [
            "name": .string(speaker.name), "url": .string(SitePath.person(speaker.slug)),
            "kind": .string(speaker.kind == .person ? "Person" : "Organisation"),
        ]
        if let role = speaker.roles.first { fields["role"] = .string(role) }
        return JSONValue.object(fields)
    }

    private func quote(_ quote: QuoteNode) -> JSONValue {
        var fields: [String: JSONValue] = [
            "text": .string(quote.text), "url": .string(SitePath.article(quote.articleSlug) + "#" + quote.anchor),
            "article": .string(graph.article(quote.articleSlug)?.document.title ?? ""),
        ]
        if let speaker = quote.speakerSlug.flatMap(graph.speaker) { fields["speaker"] = .string(speaker.name) }
        return JSONValue.object(fields)
    }
}
