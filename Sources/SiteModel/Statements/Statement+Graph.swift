/// Statements in the site graph: worked out from the article nodes' quotes, marked on them, and
/// kept with the graph cache so that a rebuild groups again only the quotes of the speakers an
/// edited article quotes.
extension SiteGraph {
    /// The statements of the quotes in `articles` by the speakers in `speakers` (every quoted
    /// speaker when nil), `jobs` speakers at once.
    package static func statements(in articles: [ArticleNode], of speakers: Set<String>? = nil, jobs: Int) async -> [Statement] {
        await StatementGrouping.statements(of: groupingQuotes(in: articles, of: speakers), jobs: jobs)
    }

    /// `statements(in:of:jobs:)`, one speaker after another.
    static func statements(in articles: [ArticleNode]) -> [Statement] {
        StatementGrouping.statements(of: groupingQuotes(in: articles, of: nil))
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
                // A quote's index is its position in the article, unless a content file was edited oddly.
                let quotes = articles[position].quotes
                let at =
                    quotes.indices.contains(report.index) && quotes[report.index].index == report.index
                    ? report.index : quotes.firstIndex { $0.index == report.index }
                if let at { articles[position].quotes[at].statement = statement }
            }
        }
    }

    /// Sets the statements the graph's quotes are marked with, and their index.
    package mutating func keep(_ statements: [Statement]) {
        self.statements = statements
        statementIndex = Dictionary(uniqueKeysWithValues: statements.enumerated().map { ($1.id, $0) })
    }

    /// Every statement page.
    package var statementPages: [String] { statements.map { SitePath.statement($0.id) } }
}

extension SiteGraph {
    /// The quote at `place`, when the graph has it.
    package func quote(at place: QuotePlace) -> QuoteNode? {
        guard let quotes = article(place.articleSlug)?.quotes else { return nil }
        // A quote's index is its position in the article, unless a content file was edited oddly.
        if quotes.indices.contains(place.index), quotes[place.index].index == place.index { return quotes[place.index] }
        return quotes.first { $0.index == place.index }
    }
}
