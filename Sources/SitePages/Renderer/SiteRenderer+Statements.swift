import Articles
import SiteModel

extension SiteRenderer {
    /// Words of a statement shown in its page's heading.
    static let statementExcerptWords = 14
    /// Words of a quote that an article page's list of quotes reported elsewhere shows: enough
    /// to tell the quotes apart, as each links to its place above.
    static let alsoReportedExcerptWords = 6
    /// Other articles' reports an article page links under one of its quotes, earliest first;
    /// the statement's page has the rest, so a statement reported hundreds of times does not
    /// list them all on every page that reports it.
    static let reportLinksPerQuote = 3
    /// Reports a speaker page shows with a statement, the first one included; the statement's
    /// page has the rest.
    static let reportsOnSpeakerPage = 3
    /// Reports a page of a statement lists: about 100 KB with their words.
    package static let reportsPerPage = 100

    /// The pages of a statement's reports.
    package static func statementPagination(_ statement: Statement) -> Pagination {
        Pagination(first: SitePath.statement(statement.id), items: statement.reports.count, perPage: reportsPerPage)
    }

    /// What every page of `statement` says of it in a sentence: who said it, how many articles
    /// and outlets reported it, and who first.
    func statementSummary(_ statement: Statement) -> String {
        let name = graph.speaker(statement.speakerSlug)?.name ?? statement.speakerSlug
        var outlets = Set<String>()
        for place in statement.reports {
            if let source = graph.citation(of: place)?.source { outlets.insert(source) }
        }
        var summary = "Said by \(name); reported in \(Counting.text(statement.reports.count, "article"))"
        if outlets.count > 1 { summary += " by \(Counting.text(outlets.count, "outlet"))" }
        if let first = statement.firstReported.flatMap(graph.article) {
            summary += ", first by \(first.document.source ?? first.document.title)"
            if let date = first.date { summary += " on \(date.display)" }
        }
        return summary + "."
    }

    /// Page `number` (from 1) of a statement: its reports there, earliest first, each worded
    /// against the first report. `summary` is `statementSummary(statement)`, passed in when it is
    /// already at hand.
    func statementPage(_ statement: Statement, _ number: Int = 1, summary: String? = nil) -> StatementPage {
        let pagination = Self.statementPagination(statement)
        let page = pagination.path(number)
        let speaker = graph.speaker(statement.speakerSlug)
        let name = speaker?.name ?? statement.speakerSlug
        let summary = summary ?? statementSummary(statement)
        let onPage = Pagination.items(onPage: number, of: statement.reports.count, perPage: Self.reportsPerPage)
        let reports = reportViews(of: statement, in: onPage, from: page)
        let firstWords = graph.citation(of: statement.reports[0])?.text ?? ""
        let excerpt = Self.excerpt(firstWords)
        let title = number == 1 ? "“\(excerpt)” — \(name)" : "“\(excerpt)” — \(name), page \(number)"
        return StatementPage(
            layout: layout(for: page, title: title, description: summary), heading: "“\(excerpt)”", speakerName: name,
            speakerURL: speaker.map { SitePath.link(from: page, to: SitePath.person($0.slug)) }, summary: summary,
            reports: reports, firstWords: number > 1 ? firstWords : nil, start: number > 1 ? String(onPage.lowerBound + 1) : nil,
            differs: reports.contains(where: \.changesWording), pager: pagination.pager(on: number))
    }

    /// The reports of `statement` at the positions `positions`, linked from `page`, each with
    /// its line rendered: the first report's words as they are (unless `showsFirstWords` is
    /// false: the page shows them already) and the others' against them. Reports with the same
    /// words share one comparison, and a report in exactly the first one's words does not repeat
    /// them. The first `reportsOnSpeakerPage` reports, which speaker pages show too, are made
    /// once for all pages of a kind and depth (`ReportLines`).
    func reportViews(
        of statement: Statement, in positions: Range<Int>, from page: String, showsFirstWords: Bool = true
    ) -> [ReportView] {
        let reference = graph.citation(of: statement.reports[0])?.text ?? ""
        var diffs: [String: WordDiff?] = [:]
        let base = ReportLines<ReportLine>.linkBase(of: page)
        return positions.compactMap { position in
            guard let report = graph.citation(of: statement.reports[position]) else { return nil }
            let repeatsFirst = position == 0 ? !showsFirstWords : report.text == reference
            let make = {
                reportLine(
                    of: report, at: position, from: page, reference: reference, repeatsFirst: repeatsFirst,
                    statement: statement, diffs: &diffs)
            }
            let line =
                position < Self.reportsOnSpeakerPage
                ? reportLines.line(
                    ReportLines<ReportLine>.Key(
                        statement: statement.id, positions: [position], base: base,
                        variant: position > 0 || showsFirstWords ? 1 : 0), make: make) : make()
            // The line's markup is kept without the words' markup in it, which would be held twice.
            let words: ReportWords =
                repeatsFirst ? .hidden : position == 0 ? .plain(report.text) : .compared(report: report.text, reference: reference)
            return ReportView(
                report: report, page: page, label: line.label, words: words, changesWording: line.changesWording,
                lineHTML: line.html)
        }
    }

    /// What a report's line keeps once rendered, for the pages that show it (`ReportLines`); the
    /// rest of its view is the graph's.
    struct ReportLine: Sendable {
        var label: String
        var changesWording: Bool
        /// The line as the `report` template renders it.
        var html: String
    }

    /// The line of `report`, the report of `statement` at `position`, linked from `page`, with its
    /// words unless `repeatsFirst`; `reference` is the first report's words, `diffs` the
    /// comparisons made so far by words.
    private func reportLine(
        of report: ReportCitation, at position: Int, from page: String, reference: String, repeatsFirst: Bool,
        statement: Statement, diffs: inout [String: WordDiff?]
    ) -> ReportLine {
        var diff: WordDiff?
        if position > 0 {
            if let known = diffs[report.text] {
                diff = known
            } else {
                diff = WordDiff(report: report.text, reference: reference)
                diffs[report.text] = diff
            }
        }
        let label =
            position == 0
            ? (statement.firstReported == nil ? "Earliest report found" : "First report") : diff?.label ?? "Too long to compare"
        let view = ReportView(
            report: report, page: page, label: label,
            words: repeatsFirst ? .hidden : .marked(diff?.html ?? HTML.escape(report.text)),
            changesWording: diff?.changesWording ?? false)
        return ReportLine(
            label: label, changesWording: view.changesWording, html: ReportLines<ReportLine>.compact(templates.renderPart("report", view)))
    }

    /// The quotes of `article` that other articles report too, each with the earliest
    /// `reportLinksPerQuote` of those reports, linked from `page`, and how many more there are.
    /// Every article reporting a statement links the same few reports, so each link, and each
    /// list of them, is made once for all article pages (`ReportLines`).
    func alsoReported(in article: ArticleNode, from page: String) -> [AlsoReportedView] {
        // The article's own reports of each statement, to count the other articles' reports
        // without walking every report.
        var own: [String: Int] = [:]
        for quote in article.quotes {
            if let id = quote.statement?.id { own[id, default: 0] += 1 }
        }
        let base = ReportLines<String>.linkBase(of: page)
        return article.quotes.compactMap { quote in
            guard let statement = quote.statement else { return nil }
            var links: [ReportLinkView] = []
            var positions: [Int] = []
            for (position, place) in statement.reports.enumerated() where place.articleSlug != article.slug {
                guard links.count < Self.reportLinksPerQuote else { break }
                guard let report = graph.citation(of: place) else { continue }
                let key = ReportLines<String>.Key(statement: statement.id, positions: [position], base: base)
                var link = ReportLinkView(report: report, page: page)
                link.linkHTML = reportLinks.line(key) { ReportLines<String>.compact(templates.renderPart("report-link", link)) }
                links.append(link)
                positions.append(position)
            }
            let more = statement.reports.count - (own[statement.id] ?? 0) - links.count
            let list = ReportLinksView(
                reports: links, moreText: more > 0 ? "\(more) more" : nil,
                statementURL: SitePath.link(from: page, to: SitePath.statement(statement.id)))
            var view = AlsoReportedView(
                id: "also-\(quote.anchor)", url: "#" + quote.anchor, text: Self.excerpt(quote.text, words: Self.alsoReportedExcerptWords),
                statementURL: list.statementURL, reports: links, moreText: list.moreText)
            let key = ReportLines<String>.Key(statement: statement.id, positions: positions, base: base, variant: more)
            view.linksHTML = reportLinkLists.line(key) { ReportLines<String>.compact(templates.renderPart("report-links", list)) }
            return view
        }
    }

    /// What a speaker's page shows of the statement `quote` reports: its earliest
    /// `reportsOnSpeakerPage` reports, worded against the first, and a note of the others. The
    /// first report is `quote` itself (`listsOnSpeakerPage`), whose words the page shows above.
    func speakerPageReports(of quote: QuoteNode, from page: String) -> (reports: [ReportView], more: String?) {
        guard let statement = quote.statement else { return ([], nil) }
        let shown = min(statement.reports.count, Self.reportsOnSpeakerPage)
        let more = statement.reports.count - shown
        // The page shows the speaker's own report, which need not be the first: a report crediting
        // nobody can come earlier, in other words.
        let firstWords = graph.citation(of: statement.reports[0])?.text
        let views = reportViews(of: statement, in: 0..<shown, from: page, showsFirstWords: firstWords != quote.text)
        return (views, more > 0 ? "\(more) more" : nil)
    }

    /// Whether a speaker's page lists `quote` where it is: a statement is listed once, at its
    /// earliest report on the page, with the others. `pageQuotes` are the page's quotes by
    /// article: a report crediting nobody can come before them all.
    static func listsOnSpeakerPage(_ quote: QuoteNode, pageQuotes: [String: [QuoteNode]]) -> Bool {
        guard let statement = quote.statement else { return true }
        for report in statement.reports {
            if report == quote.place { return true }
            if pageQuotes[report.articleSlug]?.contains(where: { $0.index == report.index }) == true { return false }
        }
        return true
    }

    /// The first `words` words of `text`, with an ellipsis when there are more.
    static func excerpt(_ text: String, words count: Int = statementExcerptWords) -> String {
        let words = QuoteWords.tokens(of: text, limit: count + 1)
        guard words.count > count else { return text }
        return words.prefix(count).joined(separator: " ") + " …"
    }
}
