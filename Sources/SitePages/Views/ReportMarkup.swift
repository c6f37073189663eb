import SiteModel

/// The markup of a statement's reports in lists, made here rather than in the templates: a
/// statement page lists a hundred reports and an article page dozens of links, and each field
/// the template engine looks up costs it more than writing the HTML does.
enum ReportMarkup {
    /// The line above a report's words: what it is next to the first report (`label`), its
    /// outlet, its article's title linking to the quote, and its date.
    static func meta(label: String, source: String?, title: String, url: String, date: DateView?) -> String {
        var html = #"<span class="badge">"# + HTML.escape(label) + "</span> "
        if let source { html += #"<span class="source">"# + HTML.escape(source) + "</span> " }
        html += #"<span class="title"><a href=""# + HTML.escape(url) + #"">"# + HTML.escape(title) + "</a></span>"
        if let date { html += " " + time(date) }
        return html
    }

    /// List items linking to reports: the outlet and title, then the date.
    static func links(_ links: [(name: String, url: String, date: DateView?)]) -> String {
        var html = ""
        for link in links {
            html += #"<li><a href=""# + HTML.escape(link.url) + #"">"# + HTML.escape(link.name) + "</a>"
            if let date = link.date { html += ", " + time(date) }
            html += "</li>\n"
        }
        return html
    }

    /// A date as a `time` element, with its ISO day when known.
    private static func time(_ date: DateView) -> String {
        let attribute = date.iso.map { #" datetime=""# + HTML.escape($0) + #"""# } ?? ""
        return "<time" + attribute + ">" + HTML.escape(date.text) + "</time>"
    }
}
