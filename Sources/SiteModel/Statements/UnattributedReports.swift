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
/// Joining looks at every quote of the site, so it runs after the statements of each speaker are
/// grouped, on full builds and rebuilds alike: a statement of any speaker can gain or lose a
/// report when an article with no credit for it changes.
enum UnattributedReports {
    /// `statements` with the quotes of `articles` that have no speaker joined to the statement they
    /// report. Reports in `statements` that are not quotes of the statement's own speaker (joined
    /// before, on an earlier build) are taken out first, so the result depends only on `articles`
    /// and the statements grouped by speaker.
    static func joined(_ statements: [Statement], in articles: [ArticleNode]) -> [Statement] {
        let order = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.slug, $0) })
        let grouped = statements.compactMap { ownReports(of: $0, in: articles, order: order) }
        // Articles and quotes are read in place: copying each node cost more than reading its words.
        var uncredited: [(place: QuotePlace, text: String)] = []
        for position in articles.indices {
            for at in articles[position].quotes.indices where articles[position].quotes[at].speakerSlug == nil {
                uncredited.append((articles[position].quotes[at].place, articles[position].quotes[at].text))
            }
        }
        let unattributed = Passages(of: uncredited)
        guard !unattributed.isEmpty else { return grouped }

        // Every quote of a speaker holding a passage of an unattributed quote in another article,
        // by the unattributed quote's position.
        var claims: [Int: [(place: QuotePlace, speaker: String)]] = [:]
        for position in articles.indices {
            for at in articles[position].quotes.indices {
                guard let speaker = articles[position].quotes[at].speakerSlug else { continue }
                for holder in unattributed.holders(ofPassagesIn: articles[position].quotes[at].text)
                where unattributed.places[holder].articleSlug != articles[position].slug {
                    claims[holder, default: []].append((articles[position].quotes[at].place, speaker))
                }
            }
        }
        guard !claims.isEmpty else { return grouped }
        var statementOf: [QuotePlace: Int] = [:]
        for (number, statement) in grouped.enumerated() {
            for report in statement.reports { statementOf[report] = number }
        }
        // The reports each statement gains, by its id; a quote reported nowhere else is a
        // statement of its own, which the first of its unattributed reports makes one.
        var gained: [String: (speaker: String, reports: [QuotePlace])] = [:]
        for (holder, quotes) in claims.sorted(by: { $0.key < $1.key }) {
            let ids = Set(quotes.map { statementOf[$0.place].map { grouped[$0].id } ?? Statement.id(of: $0.place) })
            guard Set(quotes.map(\.speaker)).count == 1, ids.count == 1, let id = ids.first else { continue }
            let speaker = quotes[0].speaker
            let reports = statementOf[quotes[0].place].map { grouped[$0].reports } ?? [quotes[0].place]
            gained[id, default: (speaker, reports)].reports.append(unattributed.places[holder])
        }
        var result = grouped.filter { gained[$0.id] == nil }
        for (speaker, reports) in gained.values {
            result.append(statement(of: speaker, reports: reports, in: articles, order: order))
        }
        return result.sorted { $0.id < $1.id }
    }

    /// `statement` with only the reports that are quotes of its own speaker in `articles`; nil
    /// when those are no longer in more than one article.
    private static func ownReports(of statement: Statement, in articles: [ArticleNode], order: [String: Int]) -> Statement? {
        let own = statement.reports.filter { report in
            order[report.articleSlug].flatMap { articles[$0].quote(at: report.index) }?.speakerSlug == statement.speakerSlug
        }
        if own.count == statement.reports.count { return statement }
        guard Set(own.map(\.articleSlug)).count > 1 else { return nil }
        return Self.statement(of: statement.speakerSlug, reports: own, in: articles, order: order)
    }

    /// The statement of `speaker` with `reports`, in any order, ordered and named as grouping does.
    private static func statement(of speaker: String, reports: [QuotePlace], in articles: [ArticleNode], order: [String: Int]) -> Statement {
        let dated = reports.map { place in (place: place, day: order[place.articleSlug].flatMap { articles[$0].date?.isoDay }) }
            .sorted { StatementGrouping.earlierReport(($0.place, $0.day), ($1.place, $1.day)) }
        return Statement(
            id: Statement.id(of: dated[0].place), speakerSlug: speaker, reports: dated.map(\.place),
            firstReported: dated.allSatisfy { $0.day != nil } ? dated[0].place.articleSlug : nil)
    }
}

/// The passages of `StatementGrouping.sharedPassage` consecutive words of some quotes, indexed by
/// hash, to find which of them another quote's words hold.
private struct Passages {
    /// The places of the indexed quotes, those long enough to hold a passage.
    let places: [QuotePlace]
    private var index: [UInt64: [Int]] = [:]
    /// One bit for each value of a passage hash's top `filterBits` bits that some indexed
    /// passage has: most passages of other quotes are ruled out here, without a look-up.
    private var filter = [UInt64](repeating: 0, count: 1 << (Self.filterBits - 6))
    private static let filterBits = 20

    /// The passages of `quotes`.
    init(of quotes: [(place: QuotePlace, text: String)]) {
        var kept: [QuotePlace] = []
        for (place, text) in quotes {
            let passages = Self.passages(of: text)
            guard !passages.isEmpty else { continue }
            for passage in Set(passages) {
                index[passage, default: []].append(kept.count)
                let bit = Int(passage >> (64 - Self.filterBits))
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            kept.append(place)
        }
        self.places = kept
    }

    /// Whether no quote is indexed.
    var isEmpty: Bool { places.isEmpty }

    /// The indexed quotes (by position in `places`) sharing a passage with `text`, in order.
    func holders(ofPassagesIn text: String) -> [Int] {
        var holders: [Int] = []
        for passage in Self.passages(of: text) {
            let bit = Int(passage >> (64 - Self.filterBits))
            guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let found = index[passage] else { continue }
            holders += found
        }
        // Most quotes share no passage with a quote credited to nobody.
        return holders.count > 1 ? Set(holders).sorted() : holders
    }

    /// The hashes of every passage of `text`; words are hashed by the letters and digits statement
    /// matching compares, so the hashes of one passage are the same in every quote.
    private static func passages(of text: String) -> [UInt64] {
        StatementGrouping.shingles(of: QuoteWords.hashes(of: text), size: StatementGrouping.sharedPassage)
    }
}
