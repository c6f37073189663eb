import SiteModel

extension SiteRenderer {
    /// The page of one article.
    func articlePage(_ article: ArticleNode) -> ArticlePage {
        let page = SitePath.article(article.slug)
        let document = article.document
        let body = ArticleBody(article: article, graph: graph)
        // Quotes outside the body are in the headline (the first front matter line with quotes) or the standfirst.
        let headlineQuotes = article.quotes.filter { !$0.inBody }
        let titleLine = headlineQuotes.first.flatMap { first in
            document.title.contains(first.text) ? first.line : nil
        }
        let title = body.inlineHTML(document.title, quotes: headlineQuotes.filter { $0.line == titleLine })
        let standfirst = document.standfirst.map {
            body.inlineHTML($0, quotes: headlineQuotes.filter { $0.line != titleLine })
        }
        let placed = title.placed.union(standfirst?.placed ?? [])
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
                jsonLD: JSONLD.article(article, options: options, page: page), ogType: "article"),
            title: document.title, kicker: document.kicker, source: document.source,
            date: article.date.map(dateView), standfirst: document.standfirst,
            quoteCountText: Counting.text(article.quotes.count, "quote"),
            topics: zip(article.topicSlugs, article.topicSlugs.compactMap(graph.topic)).map {
                LinkView(name: $1.name, url: SitePath.link(from: page, to: SitePath.topic($0)))
            },
            titleHTML: title.html, standfirstHTML: standfirst?.html,
            bodyHTML: body.anchors(for: headlineQuotes.filter { !placed.contains($0.index) }) + body.html(),
            speakers: speakers,
            related: article.relatedSlugs.compactMap(graph.article).map { teaser($0, from: page) },
            alsoReported: alsoReported(in: article, from: page), isFiction: article.isFiction,
            unsureNote: article.quotes.contains { $0.isUncertain && $0.speakerSlug != nil } ? ArticleBody.unsureExplanation : nil)
    }
}
