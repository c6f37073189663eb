/// What a page says about its article outside the article's text: headline, standfirst, outlet,
/// authors and date, from schema.org JSON-LD first, then Open Graph and other `<meta>` tags,
/// then the visible page (`<title>`, the first `<h1>`, the first `<time datetime>`).
struct PageMetadata {
    /// The headline without a " - Site Name" tail.
    var title: String?
    /// The summary the page gives for the article.
    var standfirst: String?
    /// The publication's name.
    var outlet: String?
    /// The authors' names, in the page's order.
    var authors: [String] = []
    /// The publication date as the page declares it (usually ISO 8601).
    var date: String?
    /// The JSON-LD `articleBody`, when the page carries one.
    var articleBody: String?

    init(tree: PageTree, headings: [String]) {
        let linked = LinkedData(scripts: tree.jsonLD)
        let metas = tree.metas
        func meta(_ names: String...) -> String? {
            names.lazy.compactMap { metas[$0].map(Self.clean) }.first { !$0.isEmpty }
        }
        outlet = [linked.publisher, meta("og:site_name"), meta("application-name"), meta("al:ios:app_name")]
            .lazy.compactMap { $0.map(Self.clean) }.first { !$0.isEmpty && !$0.contains("://") }
        // A headline that is only the site's name (a blog's og:title) is no headline.
        let outletName = outlet?.lowercased()
        let rawTitle = [linked.headline, meta("og:title"), meta("twitter:title"), tree.documentTitle, headings.first]
            .lazy.compactMap { $0.map(Self.clean) }.first { !$0.isEmpty && $0.lowercased() != outletName }
        title = rawTitle.map { TitleTail.removed(from: $0, outlet: outlet, headings: headings.map(Self.clean)) }
        if outlet == nil, let rawTitle, let title, rawTitle != title {
            outlet = TitleTail.tail(of: rawTitle, after: title)
        }
        standfirst = [linked.description, meta("og:description", "description", "twitter:description")]
            .lazy.compactMap { $0.map(Self.clean) }.first { !$0.isEmpty }
        let declaredAuthors = linked.authors.map { Self.withoutBy(Self.clean($0)) }.filter { Self.isName($0, outlet: outlet) }
        if !declaredAuthors.isEmpty {
            authors = Self.unique(declaredAuthors)
        } else if let named = meta("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator") {
            authors = Self.isName(Self.withoutBy(named), outlet: outlet) ? [Self.withoutBy(named)] : []
        }
        date = [
            linked.datePublished,
            meta(
                "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "date",
                "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published"),
            tree.timeStamps.first?.datetime,
        ].lazy.compactMap { $0.map(Self.clean) }.first { !$0.isEmpty && !$0.hasPrefix("0001-") }
        articleBody = linked.articleBody
    }

    /// The authors as one line: "A", "A and B", "A, B and C".
    var author: String? {
        switch authors.count {
        case 0: return nil
        case 1: return authors[0]
        default: return authors.dropLast().joined(separator: ", ") + " and " + authors[authors.count - 1]
        }
    }

    /// Whitespace collapsed and trimmed, and any second layer of escaping decoded (JSON-LD and
    /// `content` attributes sometimes carry one).
    static func clean(_ text: String) -> String {
        EscapedText.decoded(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A byline without its leading "By ".
    private static func withoutBy(_ text: String) -> String {
        text.lowercased().hasPrefix("by ") ? String(text.dropFirst(3)) : text
    }

    /// True for something that can be a person's name: not a link, not the outlet, not too long.
    private static func isName(_ text: String, outlet: String?) -> Bool {
        !text.isEmpty && !text.contains("://") && !text.hasPrefix("www.") && text.count <= 80
            && text.lowercased() != outlet?.lowercased()
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
