import SiteModel

/// The site's Atom feed: the latest articles, newest first.
///
/// Links are relative to the feed's own address unless a base URL is set; entry ids are the
/// article addresses, or `urn:verbatim:article:<slug>` when the site has no base URL yet.
struct AtomFeed {
    /// The articles to list.
    let graph: SiteGraph
    /// The site's name and address.
    let options: SiteOptions

    /// How many articles the feed carries.
    static let limit = 50

    /// When no article has an ISO date, the feed still needs an `updated` value; this fixed one
    /// keeps the output free of the clock.
    static let undatedTimestamp = "1970-01-01T00:00:00Z"

    /// The feed document.
    func xml() -> String {
        let articles = graph.articles.prefix(Self.limit)
        let updated = articles.compactMap { $0.date?.atomTimestamp }.max() ?? Self.undatedTimestamp
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom">"#,
            "  <title>\(XML.escape(options.title))</title>",
            "  <id>\(XML.escape(options.baseURL ?? "urn:verbatim:site"))</id>",
            "  <updated>\(updated)</updated>",
            #"  <link rel="self" href="\#(XML.escape(options.absoluteURL(SitePath.feed) ?? SitePath.feed))"/>"#,
            #"  <link rel="alternate" type="text/html" href="\#(XML.escape(options.baseURL ?? SitePath.home))"/>"#,
            "  <generator>Verbatim</generator>",
        ]
        for article in articles {
            lines += entry(article, siteUpdated: updated)
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func entry(_ article: ArticleNode, siteUpdated: String) -> [String] {
        let document = article.document
        let folder = String(SitePath.article(article.slug).dropLast("index.html".count))
        let link = options.absoluteURL(folder) ?? SitePath.article(article.slug)
        var lines = [
            "  <entry>",
            "    <title>\(XML.escape(document.title))</title>",
            "    <id>\(XML.escape(options.absoluteURL(folder) ?? "urn:verbatim:article:\(article.slug)"))</id>",
            #"    <link rel="alternate" type="text/html" href="\#(XML.escape(link))"/>"#,
            "    <updated>\(article.date?.atomTimestamp ?? siteUpdated)</updated>",
        ]
        if let published = article.date?.atomTimestamp { lines.append("    <published>\(published)</published>") }
        lines.append("    <author><name>\(XML.escape(document.source ?? options.title))</name></author>")
        for topic in document.topics { lines.append(#"    <category term="\#(XML.escape(topic))"/>"#) }
        if let summary = document.standfirst { lines.append("    <summary>\(XML.escape(summary))</summary>") }
        lines.append("  </entry>")
        return lines
    }
}
