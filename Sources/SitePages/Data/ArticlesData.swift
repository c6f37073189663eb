import SiteModel

/// `data/articles.jsonl` and `data/articles.csv`: every article once, with its title, outlet,
/// date, topics and page, so the quote data files name each quote's article by its page alone.
/// Addresses are relative to the site root unless the CSV's site has a base URL.
struct ArticlesData {
    /// The articles to list.
    let graph: SiteGraph
    /// For absolute page addresses in the CSV when the site has a base URL.
    let options: SiteOptions

    /// The JSON Lines file as one piece per article: its line. Each article has its `slug`,
    /// `title`, `url` and number of `quotes`, and its `source`, `date` and `topics` when it has them.
    func jsonLines() -> PiecedFile {
        let articles = graph.articles
        return PiecedFile(
            path: SitePath.articlesJSONLines,
            runs: [
                PiecedFile.Run(head: [], separator: [], part: .articlesJSON, nodes: .articles, slugs: articles.map(\.slug)) {
                    position in
                    JSONValue.line(entry(articles[position]))
                }
            ], tail: [])
    }

    /// The spreadsheet as a header row and one piece per article: its row, with the columns
    /// slug, title, source, date, topics and url.
    func csv() -> PiecedFile {
        let articles = graph.articles
        return PiecedFile(
            path: SitePath.articlesCSV,
            runs: [
                PiecedFile.Run(
                    head: Array(QuotesCSV.row(["slug", "title", "source", "date", "topics", "url"]).utf8), separator: [],
                    part: .articlesCSV, nodes: .articles, slugs: articles.map(\.slug)
                ) { position in
                    let article = articles[position]
                    let path = SitePath.article(article.slug)
                    return Array(
                        QuotesCSV.row([
                            article.slug, article.document.title, article.document.source ?? "",
                            QuotesCSV.day(article.date), article.document.topics.joined(separator: "; "),
                            options.absoluteURL(path) ?? path,
                        ]).utf8)
                }
            ], tail: [])
    }

    /// One article's line.
    private func entry(_ article: ArticleNode) -> JSONValue {
        let document = article.document
        var fields: [String: JSONValue] = [
            "slug": .string(article.slug), "title": .string(document.title), "url": .string(SitePath.article(article.slug)),
            "quotes": .integer(article.quotes.count),
        ]
        if let source = document.source { fields["source"] = .string(source) }
        if let date = article.date?.text { fields["date"] = .string(date) }
        if !document.topics.isEmpty { fields["topics"] = .array(document.topics.map(JSONValue.string)) }
        return JSONValue.object(fields)
    }
}
