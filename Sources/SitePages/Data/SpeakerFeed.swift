import Foundation
import SiteModel

/// An Atom feed of one speaker's quotes, newest article first: `people/<slug>/feed.xml`.
///
/// Each quote is an entry linking to its place in the article, so a reader can follow what one
/// person says; a statement several articles report is one entry, as on the speaker's page. Links are relative to the feed's own address unless the site has a base URL.
struct SpeakerFeed {
    /// The speaker.
    let speaker: SpeakerNode
    /// The articles the quotes are in.
    let graph: SiteGraph
    /// The site's name and address.
    let options: SiteOptions

    /// How many quotes the feed carries: the newest, as feeds do; the speaker's page and
    /// `data/quotes.jsonl` have them all.
    static let limit = 20

    /// The quotes the feed can carry, newest article first: those the speaker's page lists, so
    /// that a statement reported in several articles is one entry, at its earliest report, not
    /// the same words again for every outlet that reported them.
    private var listed: [QuoteNode] {
        SiteRenderer.PersonLayout(speaker).groups.flatMap(\.quotes)
    }

    /// How many characters of a quote an entry title shows.
    static let titleLength = 90

    /// The feed document.
    func xml() -> String {
        let path = SitePath.personFeed(speaker.slug)
        let quotes = listed.prefix(Self.limit)
        let updated =
            quotes.compactMap { graph.article($0.articleSlug)?.date?.atomTimestamp }.max() ?? AtomFeed.undatedTimestamp
        let page = SitePath.person(speaker.slug)
        let folder = String(page.dropLast("index.html".count))
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom">"#,
            "<title>\(XML.escape("Quotes by \(speaker.name) · \(options.title)"))</title>",
            "<id>\(XML.escape(options.absoluteURL(folder) ?? "urn:verbatim:speaker:\(speaker.slug)"))</id>",
            "<updated>\(updated)</updated>",
            #"<link rel="self" href="\#(XML.escape(options.absoluteURL(path) ?? "feed.xml"))"/>"#,
            #"<link href="\#(XML.escape(options.absoluteURL(folder) ?? SitePath.link(from: path, to: page)))"/>"#,
            "<author><name>\(XML.escape(speaker.name))</name></author>",
            "<generator>Verbatim</generator>",
        ]
        // Entries are short: the quote's first words and a link to it. Its article page holds the
        // rest, and `data/quotes.jsonl` every quote whole. (An Atom link's relation is
        // `alternate` unless it says otherwise.)
        for quote in quotes {
            guard let article = graph.article(quote.articleSlug) else { continue }
            let articleFolder = String(SitePath.article(article.slug).dropLast("index.html".count))
            let link =
                options.absoluteURL(articleFolder).map { $0 + "#" + quote.anchor }
                ?? SitePath.link(from: path, to: SitePath.article(article.slug)) + "#" + quote.anchor
            let id = options.absoluteURL(articleFolder).map { $0 + "#" + quote.anchor }
                ?? "urn:verbatim:quote:\(article.slug):\(quote.anchor)"
            let published = (article.date?.atomTimestamp).map { "<published>\($0)</published>" } ?? ""
            lines.append(
                "<entry><title>\(XML.escape(title(quote.text)))</title><id>\(XML.escape(id))</id>"
                    + #"<link href="\#(XML.escape(link))"/><updated>\#(article.date?.atomTimestamp ?? updated)</updated>"#
                    + "\(published)</entry>")
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The quote in marks, cut at a word when it is long.
    private func title(_ text: String) -> String {
        // Most quotes are one line, and short ones are short in bytes too: Foundation's search
        // and counting every character showed in profiles for every entry of every feed.
        let flat = text.utf8.contains(UInt8(ascii: "\n")) ? text.replacingOccurrences(of: "\n", with: " ") : text
        guard flat.utf8.count > Self.titleLength, flat.count > Self.titleLength else { return "“\(flat)”" }
        let head = flat.prefix(Self.titleLength)
        return "“" + (head.lastIndex(of: " ").map { head[..<$0] } ?? head) + "…”"
    }
}
