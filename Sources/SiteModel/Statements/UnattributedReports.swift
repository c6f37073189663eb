/// Quotes credited to nobody that report a speaker's statement.
///
/// A quote the site credits to no speaker (the article gives none, or only a description that
/// names nobody, "the two-term president") is still a report of a statement when it shares a
/// passage of `StatementGrouping.sharedPassage` consecutive words with quotes, in other articles,
/// of exactly one speaker, all of them one statement (or one quote that is a statement of its
/// own): it joins that statement. It keeps no speaker, so quotes of different speakers still never
/// share a statement; when two speakers' quotes hold its words, which one it reports is unknown and
/// it joins none.
///
/// Which speakers' quotes hold each such quote's passages (`UnattributedClaims`) is found once
/// over every quote of the site and kept, so that a rebuild looks again only at the changed
/// articles' quotes; joining itself runs after the statements of each speaker are grouped, on
/// full builds and rebuilds alike: a statement of any speaker can gain or lose a report when an
/// article with no credit for it changes.
enum UnattributedReports {
    /// `statements` with the quotes credited to nobody that `claims` finds joined to the
    /// statement they report; `articles` are every article of the site, their positions by slug
    /// in `order`. Reports in `statements` that are not quotes of the statement's own speaker
    /// (joined before, on an earlier build) are taken out first, so the result depends only on
    /// `articles` and the statements grouped by speaker.
    static func joined(
        _ statements: [Statement], in articles: [ArticleNode], order: [String: Int], claims: UnattributedClaims
    ) -> [Statement] {
        let grouped = statements.compactMap { ownReports(of: $0, in: articles, order: order) }
        guard !claims.claims.isEmpty else { return grouped }
        var claimed = Set<QuotePlace>()
        for list in claims.claims.values { claimed.formUnion(list.map(\.place)) }
        var statementOf: [QuotePlace: Int] = [:]
        for (number, statement) in grouped.enumerated() {
            for report in statement.reports where claimed.contains(report) { statementOf[report] = number }
        }
        // The reports each statement gains, by its id; a quote reported nowhere else is a
        // statement of its own, which the first of its unattributed reports makes one.
        var gained: [String: (speaker: String, reports: [QuotePlace])] = [:]
        for (holder, quotes) in claims.claims {
            let ids = Set(quotes.map { statementOf[$0.place].map { grouped[$0].id } ?? Statement.id(of: $0.place) })
            guard Set(quotes.map(\.speaker)).count == 1, ids.count == 1, let id = ids.first else { continue }
            let speaker = quotes[0].speaker
            let reports = statementOf[quotes[0].place].map { grouped[$0].reports } ?? [quotes[0].place]
            gained[id, default: (speaker, reports)].reports.append(holder)
        }
        var result = grouped.filter { gained[$0.id] == nil }
        for (speaker, reports) in gained.values {
            result.append(statement(of: speaker, reports: reports, in: articles, order: order))
        }
        return result.sorted { $0.id < $1.id }
    }

    /// `statement` with only the reports that are quotes of its own speaker in `articles`; nil
    /// when those are no longer in more than one article.
    private static func ownReports(of statement: Statement, in articles: [ArticleNode], order: [String: Int])
        -> Statement?
    {
        let own = statement.reports.filter { report in
            order[report.articleSlug].flatMap { articles[$0].quote(at: report.index) }?.speakerSlug
                == statement.speakerSlug
        }
        if own.count == statement.reports.count { return statement }
        guard Set(own.map(\.articleSlug)).count > 1 else { return nil }
        return Self.statement(of: statement.speakerSlug, reports: own, in: articles, order: order)
    }

    /// The statement of `speaker` with `reports`, in any order, ordered and named as grouping does.
    private static func statement(
        of speaker: String, reports: [QuotePlace], in articles: [ArticleNode], order: [String: Int]
    ) -> Statement {
        let dated = reports.map { place in
            (place: place, day: order[place.articleSlug].flatMap { articles[$0].date?.isoDay })
        }
        .sorted { StatementGrouping.earlierReport(($0.place, $0.day), ($1.place, $1.day)) }
        return Statement(
            id: Statement.id(of: dated[0].place), speakerSlug: speaker, reports: dated.map(\.place),
            firstReported: dated.allSatisfy { $0.day != nil } ? dated[0].place.articleSlug : nil)
    }
}
