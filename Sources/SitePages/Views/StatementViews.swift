import SiteModel

// The values the statement templates read by field name.

/// A statement's page: every report of it, earliest first, with how each words it.
struct StatementPage {
    var layout: LayoutView
    var heading: String
    var speakerName: String
    /// The speaker's page, when they have one.
    var speakerURL: String?
    var summary: String
    var reports: [ReportView]
    /// The first report's words, past the first page (where the first report shows them), for
    /// the reports in the same words, which do not repeat them.
    var firstWords: String?
    /// The number of the page's first report in the list, past the first page.
    var start: String?
    /// Whether any report on the page words the statement differently from the first, for the legend.
    var differs: Bool
    /// Links to the statement's other pages, when its reports take more than one.
    var pager: PagerView?
}

/// One report of a statement, linking to its place in its article.
///
/// Lines that several pages show are kept for the whole render (`ReportLines`), so a view holds
/// the graph's own values and its rendered line, and works out its other fields when a template
/// asks for them.
struct ReportView {
    /// The report as the graph cites it.
    var report: ReportCitation
    /// The page the view links from.
    var page: String
    /// What the report is next to the first one ("First report", "Same words", "Different wording"…).
    var label: String
    /// The report's words as the line shows them.
    var words: ReportWords
    var changesWording: Bool
    /// The report's line as the `report` template renders it, for pages to show as it is.
    var lineHTML = ""

    var id: String { "report-\(report.articleSlug)-\(report.anchor)" }
    var url: String { SitePath.link(from: page, to: SitePath.article(report.articleSlug)) + "#" + report.anchor }
    var date: DateView? { report.date.map(DateView.init) }
    /// The report's words marked up against the first report's (`WordDiff`); nil when they are
    /// exactly the first report's, or the report is the quote the page shows above it.
    var wordsHTML: String? { words.html }
}

/// A report's words as its line shows them: marked up while the line is rendered, and after
/// that only how to mark them up again, as few templates but the line's own read them.
enum ReportWords {
    /// Not shown: they are the first report's, or the page shows them above.
    case hidden
    /// Marked up.
    case marked(String)
    /// The report's own words, shown as they are.
    case plain(String)
    /// A report's words shown against the first report's.
    case compared(report: String, reference: String)

    /// The words' markup, nil when hidden.
    var html: String? {
        switch self {
        case .hidden: nil
        case .marked(let html): html
        case .plain(let text): HTML.escape(text)
        case .compared(let report, let reference): WordDiff(report: report, reference: reference)?.html ?? HTML.escape(report)
        }
    }
}

/// A quote of an article that other articles report too, with links to their reports.
struct AlsoReportedView {
    var id: String
    /// The quote's place on the page.
    var url: String
    var text: String
    var statementURL: String
    /// The earliest other reports.
    var reports: [ReportLinkView]
    /// How many other reports the statement's page has besides, when it has any ("12 more").
    var moreText: String?
    /// The links, the count and the link to the statement's page as the `report-links`
    /// template renders them, for pages to show as they are.
    var linksHTML = ""
}

/// What an article page shows of a statement after one of its quotes: links to the earliest
/// other reports, and to the statement's page. Only what every article showing the same links
/// shares, so that it is rendered once for them all.
struct ReportLinksView {
    var reports: [ReportLinkView]
    /// How many other reports the statement's page has besides, when it has any ("12 more").
    var moreText: String?
    var statementURL: String
}

/// A link to another article's report of a statement. Kept for the whole render like a
/// `ReportView`, and like it working out its fields from the graph's values when asked.
struct ReportLinkView {
    /// The report as the graph cites it.
    var report: ReportCitation
    /// The page the link is on.
    var page: String
    /// The link as the `report-link` template renders it, for pages to show as it is.
    var linkHTML = ""

    /// The report's outlet, or its article's title when the outlet is unknown.
    var name: String { report.source ?? report.title }
    var url: String { SitePath.link(from: page, to: SitePath.article(report.articleSlug)) + "#" + report.anchor }
    var date: DateView? { report.date.map(DateView.init) }
}

extension StatementPage: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "heading": self.heading
        case "speakerName": self.speakerName
        case "speakerURL": present(self.speakerURL)
        case "summary": self.summary
        case "reports": self.reports
        // One field for the page's every line, rather than a section over a hundred reports.
        case "reportsHTML": self.reports.map(\.lineHTML).joined()
        case "firstWords": present(self.firstWords)
        case "start": present(self.start)
        case "differs": self.differs
        case "pager": present(self.pager)
        default: nil
        }
    }
}

extension ReportView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "title": self.report.title
        case "url": self.url
        case "source": present(self.report.source)
        case "date": present(self.date)
        case "label": self.label
        case "wordsHTML": present(self.wordsHTML)
        case "changesWording": self.changesWording
        case "lineHTML": self.lineHTML
        default: nil
        }
    }
}

extension AlsoReportedView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "url": self.url
        case "text": self.text
        case "statementURL": self.statementURL
        case "reports": self.reports
        case "moreText": present(self.moreText)
        case "linksHTML": self.linksHTML
        default: nil
        }
    }
}

extension ReportLinksView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "reports": self.reports
        case "moreText": present(self.moreText)
        case "statementURL": self.statementURL
        default: nil
        }
    }
}

extension ReportLinkView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": self.report.title
        case "url": self.url
        case "date": present(self.date)
        case "linkHTML": self.linkHTML
        default: nil
        }
    }
}
