/// `data/search-index.js`: what the search page searches, as a script rather than JSON so that
/// search also works when the site is opened from disk, where pages may not fetch files.
struct SearchIndex {
    /// What to index.
    let graph: SiteGraph

    /// The script that defines `window.verbatimSearchIndex`: articles, people and quotes, each
    /// with its address from the site root; fields a value lacks are left out.
    func script() -> String {
        let articles = graph.articles.map { article in
            var fields: [String: JSONValue] = [
                "title": .string(article.document.title), "url": .string(SitePath.article(article.slug)),
                "topics": .string(article.document.topics.joined(separator: " ")),
            ]
            if let standfirst = article.document.standfirst { fields["standfirst"] = .string(standfirst) }
            return JSONValue.object(fields)
        }
        let people = graph.speakers.map { speaker in
            var fields: [String: JSONValue] = [
                "name": .string(speaker.name), "url": .string(SitePath.person(speaker.slug)),
                "kind": .string(speaker.kind == .person ? "Person" : "Organisation"),
            ]
            if let role = speaker.roles.first { fields["role"] = .string(role) }
            return JSONValue.object(fields)
        }
        let quotes = graph.quotes.map { quote in
            var fields: [String: JSONValue] = [
                "text": .string(quote.text), "url": .string(SitePath.article(quote.articleSlug) + "#" + quote.anchor),
                "article": .string(graph.article(quote.articleSlug)?.document.title ?? ""),
            ]
            if let speaker = quote.speakerSlug.flatMap(graph.speaker) { fields["speaker"] = .string(speaker.name) }
            return JSONValue.object(fields)
        }
        let index = JSONValue.object(["articles": .array(articles), "people": .array(people), "quotes": .array(quotes)])
        return "window.verbatimSearchIndex = \(index.scriptSafeText);\n"
    }
}
