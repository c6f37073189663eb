import CmarkGFM
import Content
import SiteModel

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
        // Quotes in the headline and standfirst come first in the document's list.
        let bodyQuotes = article.quotes.filter { $0.inBody }
        let quotedSlugs = Set(article.quotes.compactMap(\.speakerSlug))
        var links = QuoteLinkSequence()
        return CmarkGFM.renderHTML(article.document.body, extensions: [.table, .strikethrough, .autolink]) { link in
            switch links.next(destination: link.destination, text: link.text) {
            case .quoteStart(let position):
                guard position < bodyQuotes.count else { return nil }
                return quoteWrapper(bodyQuotes[position], first: true, continues: links.continues)
            case .quotePiece(let position):
                guard position < bodyQuotes.count else { return nil }
                return quoteWrapper(bodyQuotes[position], first: false, continues: links.continues)
            case .mention(let id):
                // A speaker link becomes a link to the site's page, or plain text when there is no such page.
                guard let speaker = article.speakerLinks[id].flatMap(graph.speaker) else {
                    return LinkWrapper(open: "", close: "")
                }
                // Its title names the speaker only when no quote's tooltip on the page does.
                let title = quotedSlugs.contains(speaker.slug) ? "" : #" title="\#(HTML.escape(caption(of: speaker)))""#
                return LinkWrapper(open: #"<a class="speaker" href="\#(HTML.escape(url(of: speaker)))"\#(title)>"#, close: "</a>")
            case .other:
                return nil
            }
        }
    }

    /// Plain `text` (the headline or standfirst) as HTML with `quotes` marked up where they occur,
    /// and the indexes of the quotes it found.
    func inlineHTML(_ text: String, quotes: [QuoteNode]) -> (html: String, placed: Set<Int>) {
        var html = ""
        var placed = Set<Int>()
        var rest = text[...]
        for quote in quotes {
            guard !quote.text.isEmpty, let found = rest.range(of: quote.text) else { continue }
            placed.insert(quote.index)
            var start = found.lowerBound
            var end = found.upperBound
            if start > rest.startIndex, QuoteMarks.all.contains(rest[rest.index(before: start)]) {
                start = rest.index(before: start)
            }
            if end < rest.endIndex, QuoteMarks.all.contains(rest[end]) { end = rest.index(after: end) }
            let wrapper = quoteWrapper(quote, first: true, continues: false)
            html += HTML.escape(String(rest[..<start])) + wrapper.open + HTML.escape(String(rest[start..<end])) + wrapper.close
            rest = rest[end...]
        }
        return (html + HTML.escape(String(rest)), placed)
    }

    /// Empty elements carrying the anchors of `quotes`, for quotes whose words could not be found
    /// in the text they belong to, so that links to them still land on the article. Each still
    /// describes its quote as a schema.org `Quotation`, the words in a `<meta>` since they are
    /// not shown.
    func anchors(for quotes: [QuoteNode]) -> String {
        quotes.map { quote in
            #"<span id="\#(HTML.escape(quote.anchor))" class="quote-anchor"\#(Self.quotation)>"#
                + #"<meta property="text" content="\#(HTML.escape(quote.text))">\#(spokenBy(quote))</span>"#
        }.joined()
    }

    /// The RDFa Lite attribute making an element a schema.org `Quotation` (the article template
    /// names the vocabulary once, on the element around the headline and body).
    private static let quotation = #" typeof="Quotation""#

    /// Where the words of `quote`'s first piece go: that piece's words are the `Quotation`'s
    /// `text`, unless the quote `continues` in later pieces, when the whole text is given once in a
    /// `<meta>` instead (the later pieces are no items of their own).
    private static func words(of quote: QuoteNode, continues: Bool) -> LinkWrapper {
        continues
            ? LinkWrapper(open: #"<meta property="text" content="\#(HTML.escape(quote.text))">"#, close: "")
            : LinkWrapper(open: #"<span property="text">"#, close: "</span>")
    }

    /// A hidden link to the page of `quote`'s speaker as the `Quotation`'s `spokenByCharacter`,
    /// for quotes whose visible link is not there to carry it.
    private func spokenBy(_ quote: QuoteNode) -> String {
        guard let speaker = quote.speakerSlug.flatMap(graph.speaker) else { return "" }
        return #"<link\#(Self.spokenByCharacter) href="\#(HTML.escape(url(of: speaker)))">"#
    }

    /// The RDFa attribute making a link to a speaker's page the `Quotation`'s speaker, named by
    /// that page's address (the page's JSON-LD describes the speaker by name).
    private static let spokenByCharacter = #" property="spokenByCharacter""#

    /// `<q>` around a link to the speaker holding the quote's words and a tooltip naming them;
    /// the first piece of a quote carries its anchor. The first piece is also the quote's
    /// schema.org `Quotation` (RDFa Lite): its words are the `text` and its link the speaker who
    /// spoke it, so the page's structured data does not repeat the words.
    private func quoteWrapper(_ quote: QuoteNode, first: Bool, continues: Bool) -> LinkWrapper {
        let anchor = HTML.escape(quote.anchor)
        let item = first ? Self.quotation : ""
        let words = first ? Self.words(of: quote, continues: continues) : LinkWrapper(open: "", close: "")
        guard let speaker = quote.speakerSlug.flatMap(graph.speaker) else {
            let idAttribute = first ? #" id="\#(anchor)""# : #" class="continued""#
            // A source the article only describes keeps its description, as a tooltip.
            let source = article.unnamedSource(ofQuote: quote.index).map { #" title="\#(HTML.escape($0))""# } ?? ""
            return LinkWrapper(
                open: #"<q\#(idAttribute) data-unattributed=""\#(source)\#(item)>"# + words.open,
                close: words.close + "</q>")
        }
        let classes = (first ? [] : ["continued"]) + (quote.isUncertain ? ["uncertain"] : [])
        let idAttribute =
            (first ? #" id="\#(anchor)""# : "") + (classes.isEmpty ? "" : #" class="\#(classes.joined(separator: " "))""#)
        let spoken = first ? Self.spokenByCharacter : ""
        let tipText = caption(of: speaker) + (quote.isUncertain ? " (attribution unsure)" : "")
        // The tooltip is part of the link's text, so screen readers read the speaker with the
        // words; the stylesheet shows it on hover and focus and otherwise hides it visually only.
        let tip = first ? #"<span role="tooltip">\#(HTML.escape(tipText))</span>"# : ""
        // The mark after an unsure quote is visible text, so it shows in print and is read aloud.
        let mark = first && quote.isUncertain ? #"<span class="unsure" title="\#(Self.unsureExplanation)">unsure</span>"# : ""
        // A quote other articles report too points to their reports, listed after the article.
        let also = first && quote.statement != nil ? ##"<sup class="also"><a href="#also-\##(anchor)">also reported</a></sup>"## : ""
        let open = #"<q\#(idAttribute)\#(item)><a href="\#(HTML.escape(url(of: speaker)))"\#(spoken)>"# + words.open
        return LinkWrapper(open: open, close: "\(words.close)\(tip)</a></q>\(mark)\(also)")
    }

    /// What the "unsure" mark means, shown on hover.
    static let unsureExplanation =
        "The speaker of this quote was found automatically with low confidence and may be wrong."

    private func url(of speaker: SpeakerNode) -> String {
        SitePath.link(from: page, to: SitePath.person(speaker.slug))
    }

    /// "Name, role" for tooltips, with the role this article gives.
    private func caption(of speaker: SpeakerNode) -> String {
        let declared = article.document.speakers.first { article.speakerLinks[$0.id] == speaker.slug }?.role
        let role = declared.flatMap { $0.lowercased() == speaker.name.lowercased() ? nil : $0 } ?? speaker.roles.first
        return [speaker.name, role].compactMap { $0 }.joined(separator: ", ")
    }
}
