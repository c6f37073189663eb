extension SiteRenderer {
    /// The page of one article.
    func articlePage(_ article: ArticleNode) -> ArticlePage {
        let page = SitePath.article(article.slug)
        let document = article.document
        var counts: [String: Int] = [:]
        for quote in article.quotes {
            if let speaker = quote.speakerSlug { counts[speaker, default: 0] += 1 }
        }
        let speakers = article.speakerSlugs.filter { counts[$0] != nil }.compactMap {
            speakerItem(Tally(slug: $0, count: counts[$0]!), noun: "quote", from: page)
        }
        return ArticlePage(
            layout: layout(
                for: page, title: document.title, description: document.standfirst,
                jsonLD: JSONLD.article(article, graph: graph, options: options)),
            title: document.title, kicker: document.kicker, source: document.source,
            date: article.date.map(dateView), standfirst: document.standfirst,
            quoteCountText: Counting.text(article.quotes.count, "quote"),
            topics: zip(article.topicSlugs, article.topicSlugs.compactMap(graph.topic)).map {
                LinkView(name: $1.name, url: SitePath.link(from: page, to: SitePath.topic($0)))
            },
            bodyHTML: ArticleBody(article: article, graph: graph).html(),
            speakers: speakers,
            related: article.relatedSlugs.compactMap(graph.article).map { teaser($0, from: page) },
            isFiction: article.isFiction)
    }
}
