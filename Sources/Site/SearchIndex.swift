/// `data/search-index.js`: what the search page searches, as a script rather than JSON so that
/// search also works when the site is opened from disk, where pages may not fetch files.
struct SearchIndex {
    /// What to index.
    let graph: SiteGraph

    /// The script that defines `window.verbatimSearchIndex`: articles, people and quotes, each
    /// with its address from the site root; fields a value lacks are left out.
    func script() -> String {
        let articles = JSONValue.Elements(count: graph.articles.count) { position in
            let article = graph.articles[position]
            var fields: [String: JSONValue] = [
                "title": .string(article.document.title), "url": .string(SitePath.article(article.slug)),
                "topics": .string(article.document.topics.joined(separator: " ")),
            ]
            if let standfirst = article.document.standfirst { fields["standfirst"] = .string(standfirst) }
            return JSONValue.object(fields)
        }
        let people = JSONValue.Elements(count: graph.speakers.count) { position in
            let speaker = graph.speakers[position]
            var fields: [String: JSONValue] = [
                "name": .string(speaker.name), "url": .string(SitePath.person(speaker.slug)),
                "kind": .string(speaker.kind == .person ? "Person" : "Organisation"),
            ]
            if let role = speaker.roles.first { fields["role"] = .string(role) }
            return JSONValue.object(fields)
        }
        let allQuotes = graph.quotes
        let quotes = JSONValue.Elements(count: allQuotes.count) { position in
            let quote = allQuotes[position]
            var fields: [String: JSONValue] = [
                "text": .string(quote.text), "url": .string(SitePath.article(quote.articleSlug) + "#" + quote.anchor),
                "article": .string(graph.article(quote.articleSlug)?.document.title ?? ""),
            ]
            if let speaker = quote.speakerSlug.flatMap(graph.speaker) { fields["speaker"] = .string(speaker.name) }
            return JSONValue.object(fields)
        }
        let index = JSONValue.objectOfArrays(["articles": articles, "people": people, "quotes": quotes], pretty: false)
        return "window.verbatimSearchIndex = \(String(decoding: index, as: UTF8.self));\n"
    }
}
