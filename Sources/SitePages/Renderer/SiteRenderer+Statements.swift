import Articles
import SiteModel

extension SiteRenderer {
    /// Words of a statement shown in its page's heading and in lists.
    static let statementExcerptWords = 14

    /// The page of a statement: its reports, earliest first, each worded against the first.
    func statementPage(_ statement: Statement) -> StatementPage {
        let page = SitePath.statement(statement.id)
        let speaker = graph.speaker(statement.speakerSlug)
        let name = speaker?.name ?? statement.speakerSlug
        let reports = reportViews(of: statement, from: page)
        let outlets = Set(statement.reports.compactMap { graph.article($0.articleSlug)?.document.source }).count
        var summary = "Said by \(name); reported in \(Counting.text(statement.reports.count, "article"))"
        if outlets > 1 { summary += " by \(Counting.text(outlets, "outlet"))" }
        if let first = statement.firstReported.flatMap(graph.article) {
            summary += ", first by \(first.document.source ?? first.document.title)"
            if let date = first.date { summary += " on \(date.display)" }
        }
        let excerpt = Self.excerpt(graph.quote(at: statement.reports[0])?.text ?? "")
        let layout = layout(for: page, title: "“\(excerpt)” — \(name)", description: summary + ".")
        return StatementPage(
            layout: layout, heading: "“\(excerpt)”", speakerName: name,
            speakerURL: speaker.map { SitePath.link(from: page, to: SitePath.person($0.slug)) }, summary: summary + ".",
            reports: reports, differs: reports.contains(where: \.changesWording))
    }

    /// The reports of `statement` linked from `page`, the first one's words as they are and the
    /// others' against them.
    func reportViews(of statement: Statement, from page: String) -> [ReportView] {
        let reference = graph.quote(at: statement.reports[0])?.text ?? ""
        return statement.reports.enumerated().compactMap { position, place in
            guard let article = graph.article(place.articleSlug), let quote = graph.quote(at: place) else { return nil }
            let diff = position == 0 ? nil : WordDiff(report: quote.text, reference: reference)
            let label =
                position == 0
                ? (statement.firstReported == nil ? "Earliest report found" : "First report") : diff?.label ?? "Too long to compare"
            return ReportView(
                id: "report-\(article.slug)-\(quote.anchor)", title: article.document.title,
                url: SitePath.link(from: page, to: SitePath.article(article.slug)) + "#" + quote.anchor,
                source: article.document.source, date: article.date.map(dateView), label: label,
                wordsHTML: diff?.html ?? HTML.escape(quote.text), changesWording: diff?.changesWording ?? false)
        }
    }

    /// The quotes of `article` that other articles report too, each with those reports,
    /// earliest first, linked from `page`.
    func alsoReported(in article: ArticleNode, from page: String) -> [AlsoReportedView] {
        article.quotes.compactMap { quote in
            guard let statement = quote.statement else { return nil }
            let others = statement.reports.filter { $0.articleSlug != article.slug }.compactMap { place -> ReportLinkView? in
                guard let other = graph.article(place.articleSlug), let report = graph.quote(at: place) else { return nil }
                return ReportLinkView(
                    name: [other.document.source, other.document.title].compactMap { $0 }.joined(separator: ": "),
                    url: SitePath.link(from: page, to: SitePath.article(other.slug)) + "#" + report.anchor,
                    date: other.date.map(dateView),
                    differs: WordDiff(report: report.text, reference: quote.text)?.changesWording ?? false)
            }
            return AlsoReportedView(
                id: "also-\(quote.anchor)", url: "#" + quote.anchor, text: Self.excerpt(quote.text),
                statementURL: SitePath.link(from: page, to: SitePath.statement(statement.id)), reports: others)
        }
    }

    /// Whether a speaker's page lists `quote` where it is: a statement is listed once, at its
    /// earliest report, with the others.
    static func listsOnSpeakerPage(_ quote: QuoteNode) -> Bool {
        quote.statement.map { $0.reports.first == quote.place } ?? true
    }

    /// The first `statementExcerptWords` words of `text`, with an ellipsis when there are more.
    static func excerpt(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > statementExcerptWords else { return text }
        return words.prefix(statementExcerptWords).joined(separator: " ") + " …"
    }
}
