import CmarkGFM

/// Renders an article's annotated Markdown as HTML, turning quote links into marked-up quotes
/// and speaker links into links to speaker pages.
///
/// cmark-gfm renders everything; this only decides, link by link, what trusted HTML replaces the
/// `<a>` tags. Raw HTML in the Markdown never passes, and every value put into the wrappers is
/// escaped here.
struct ArticleBody {
    /// The article being rendered.
    let article: ArticleNode
    /// The graph, for speakers' names and roles.
    let graph: SiteGraph

    /// The page the body appears on, which all links are relative to.
    var page: String { SitePath.article(article.slug) }

    /// The body as HTML.
    func html() -> String {
        var nextQuote = 0
        return CmarkGFM.renderHTML(article.document.body, extensions: [.table, .strikethrough, .autolink]) { link in
            let speakerSlug = speakerID(in: link.destination).flatMap { article.speakerLinks[$0] }
            let speaker = speakerSlug.flatMap(graph.speaker)
            if QuoteMarks.enclose(link.text), nextQuote < article.quotes.count {
                defer { nextQuote += 1 }
                let quote = article.quotes[nextQuote]
                return quoteWrapper(quote, speaker: quote.speakerSlug.flatMap(graph.speaker))
            }
            if speakerID(in: link.destination) != nil {
                // A link to a speaker page: rewritten to the site's page, or dropped when no such speaker exists.
                guard let speaker else { return LinkWrapper(open: "", close: "") }
                return LinkWrapper(
                    open: #"<a class="speaker" href="\#(HTML.escape(url(of: speaker)))" title="\#(HTML.escape(caption(of: speaker)))">"#,
                    close: "</a>")
            }
            return nil
        }
    }

    /// `<q id>` around the quote's words, inside a link to its speaker with a tooltip naming them.
    private func quoteWrapper(_ quote: QuoteNode, speaker: SpeakerNode?) -> LinkWrapper {
        let anchor = HTML.escape(quote.anchor)
        guard let speaker else {
            return LinkWrapper(open: #"<q id="\#(anchor)" class="unattributed">"#, close: "</q>")
        }
        let tipID = "\(anchor)-who"
        let open =
            #"<a class="quote" href="\#(HTML.escape(url(of: speaker)))" aria-describedby="\#(tipID)">"#
            + #"<q id="\#(anchor)" data-speaker="\#(HTML.escape(speaker.slug))">"#
        let close = #"</q><span class="tip" id="\#(tipID)" role="tooltip">\#(HTML.escape(caption(of: speaker)))</span></a>"#
        return LinkWrapper(open: open, close: close)
    }

    private func url(of speaker: SpeakerNode) -> String {
        SitePath.link(from: page, to: SitePath.person(speaker.slug))
    }

    /// "Name, role" for tooltips.
    private func caption(of speaker: SpeakerNode) -> String {
        let role = article.document.speakers.first { article.speakerLinks[$0.id] == speaker.slug }?.role
            ?? speaker.roles.first
        return [speaker.name, role].compactMap { $0 }.joined(separator: ", ")
    }

    /// The speaker id in a content link (`../people/<id>/`), or nil for any other link.
    private func speakerID(in destination: String) -> String? {
        let prefix = "../people/"
        guard destination.hasPrefix(prefix) else { return nil }
        var id = destination.dropFirst(prefix.count)
        if id.hasSuffix("/") { id = id.dropLast() }
        if id.hasSuffix("/index.html") { id = id.dropLast("/index.html".count) }
        return id.isEmpty || id.contains("/") ? nil : String(id)
    }
}

/// The quote marks that open and close a quote's link text in annotated Markdown.
enum QuoteMarks {
    /// Marks that can open or close a quotation in the articles Verbatim reads.
    static let marks: Set<Character> = ["\"", "“", "”", "„", "‟", "«", "»", "'", "‘", "’", "‚", "‛", "‹", "›"]

    /// Whether `text` starts and ends with a quote mark, which makes its link an annotated quote.
    static func enclose(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, text.count >= 2 else { return false }
        return marks.contains(first) && marks.contains(last)
    }
}
