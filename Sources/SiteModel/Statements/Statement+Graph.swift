/// Statements in the site graph: worked out from the article nodes' quotes, marked on them, and
/// kept with the graph cache so that a rebuild groups again only the quotes of the speakers an
/// edited article quotes.
extension SiteGraph {
    /// The statements of the quotes in `articles` by the speakers in `speakers` (every quoted
    /// speaker when nil), `jobs` speakers at once. Quotes without a speaker are no part of these:
    /// `withUnattributedReports` joins them.
    package static func statements(in articles: [ArticleNode], of speakers: Set<String>? = nil, jobs: Int) async -> [Statement] {
        await StatementGrouping.statements(of: groupingQuotes(in: articles, of: speakers), jobs: jobs)
    }

    /// The statements of every quote of `articles`, those without a speaker joined, one speaker
    /// after another, with what joined them.
    static func statements(in articles: [ArticleNode]) -> (statements: [Statement], claims: UnattributedClaims) {
        withUnattributedReports(StatementGrouping.statements(of: groupingQuotes(in: articles, of: nil)), in: articles)
    }

    /// `statements`, grouped by speaker from `articles` (every article of the site), with the
    /// quotes of `articles` that have no speaker joined to the statement they report
    /// (`UnattributedReports`), and the claims they were joined by, found over every quote;
    /// reports joined on an earlier build are worked out again.
    package static func withUnattributedReports(
        _ statements: [Statement], in articles: [ArticleNode]
    ) -> (statements: [Statement], claims: UnattributedClaims) {
        let claims = UnattributedClaims(articles: articles)
        return (withUnattributedReports(statements, in: articles, order: positions(of: articles), claims: claims), claims)
    }

    /// `statements`, grouped by speaker from `articles` (every article of the site, their
    /// positions by slug in `order`), with the quotes that have no speaker joined to the
    /// statement they report as `claims` (those of `articles`) says.
    package static func withUnattributedReports(
        _ statements: [Statement], in articles: [ArticleNode], order: [String: Int], claims: UnattributedClaims
    ) -> [Statement] {
        UnattributedReports.joined(statements, in: articles, order: order, claims: claims)
    }

    /// The quotes of `articles` credited to the speakers in `speakers` (to anyone when nil).
    private static func groupingQuotes(in articles: [ArticleNode], of speakers: Set<String>?) -> [StatementGrouping.Quote] {
        var quotes: [StatementGrouping.Quote] = []
        for article in articles {
            let day = article.date?.isoDay
            for quote in article.quotes {
                guard let speaker = quote.speakerSlug, speakers?.contains(speaker) ?? true else { continue }
                quotes.append(StatementGrouping.Quote(place: quote.place, speakerSlug: speaker, text: quote.text, day: day))
            }
        }
        return quotes
    }

    /// Marks the quotes of `articles` (whose positions by slug are `order`) that report one of
    /// `statements`; quotes of other statements are left as they are.
    package static func mark(_ articles: inout [ArticleNode], order: [String: Int], with statements: [Statement]) {
        for statement in statements {
            for report in statement.reports {
                guard let position = order[report.articleSlug] else { continue }
                if let at = articles[position].quotes.position(ofQuote: report.index) { articles[position].quotes[at].statement = statement }
            }
        }
    }

    /// Sets the statements the graph's quotes are marked with, their index, and the claims
    /// that joined quotes credited to nobody to them.
    package mutating func keep(_ statements: [Statement], claims: UnattributedClaims) {
        self.statements = statements
        unattributedClaims = claims
        statementIndex = Dictionary(uniqueKeysWithValues: statements.enumerated().map { ($1.id, $0) })
    }
}

/// What a page cites of one report of a statement: its article and the quote's anchor and words.
public struct ReportCitation: Sendable {
    /// The article's slug.
    public var articleSlug: String
    /// The article's title.
    public var title: String
    /// The outlet that published the article, when known.
    public var source: String?
    /// The article's date, when it gives one.
    public var date: ArticleDate?
    /// The id of the quote's element on the article page.
    public var anchor: String
    /// The quoted words.
    public var text: String
}

extension SiteGraph {
    /// What pages cite of the report at `place`, when the graph has it; read in place, as a
    /// statement's reports are looked up by the hundred.
    package func citation(of place: QuotePlace) -> ReportCitation? {
        guard let position = articleIndex[place.articleSlug] else { return nil }
        guard let at = articles[position].quotes.position(ofQuote: place.index) else { return nil }
        let quotes = articles[position].quotes
        return ReportCitation(
            articleSlug: place.articleSlug, title: articles[position].document.title, source: articles[position].document.source,
            date: articles[position].date,
            anchor: quotes[at].anchor, text: quotes[at].text)
    }

    /// The quote at `place`, when the graph has it.
    package func quote(at place: QuotePlace) -> QuoteNode? {
        article(place.articleSlug)?.quote(at: place.index)
    }
}

extension ArticleNode {
    /// The article's quote whose index is `index`, when it has one.
    func quote(at index: Int) -> QuoteNode? {
        position(ofQuote: index).map { quotes[$0] }
    }

    /// Where in `quotes` the quote whose index is `index` is, when the article has it.
    func position(ofQuote index: Int) -> Int? {
        quotes.position(ofQuote: index)
    }
}

extension [QuoteNode] {
    /// Where the quote whose index is `index` is, when there is one. On an article's quotes
    /// rather than the article: looked up by the thousand, `articles[n].position(ofQuote:)`
    /// copied each article's node.
    package func position(ofQuote index: Int) -> Int? {
        // A quote's index is its position in the article, unless a content file was edited oddly.
        indices.contains(index) && self[index].index == index ? index : firstIndex { $0.index == index }
    }
}
