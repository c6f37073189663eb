import SiteModel

// The values templates read by field name; each type is one page or one repeated piece of a page.

/// What the layout template reads on every page: titles, notes and links back to the site root.
struct LayoutView {
    var title: String
    var siteTitle: String
    var description: String?
    var canonical: String?
    /// Set only on the 404 page when the site's address is known: hosts show that page at any
    /// depth, where links relative to the root would not resolve.
    var baseHref: String?
    var jsonLD: String?
    /// A page's own feed (a speaker's quotes), announced next to the site's.
    var speakerFeed: LinkView?
    /// `article` for article pages, `profile` for speakers, `website` for the rest (Open Graph).
    var ogType = "website"
    /// Keeps search engines from listing the page (the 404 page).
    var noIndex = false
    var footerNote: String?
    var fictionNote: String?
    var links: NavLinks
    var isHome = false
    var isPeople = false
    var isTopics = false
    var isSearch = false
    var isArchive = false
}

/// Links from one page to the site-wide pages.
struct NavLinks {
    var home: String
    var articles: String
    var people: String
    /// Nil when the site has no topics, so no page promises a topics index.
    var topics: String?
    var stylesheet: String
    var feed: String
    var quotes: String
    var quotesCSV: String
    var search: String

    /// The links as seen from `page`; `hasTopics` says whether the site has a topics index.
    init(from page: String, hasTopics: Bool = true) {
        home = SitePath.link(from: page, to: SitePath.home)
        articles = SitePath.link(from: page, to: SitePath.articles)
        people = SitePath.link(from: page, to: SitePath.people)
        topics = hasTopics ? SitePath.link(from: page, to: SitePath.topics) : nil
        stylesheet = SitePath.link(from: page, to: SitePath.stylesheet)
        feed = SitePath.link(from: page, to: SitePath.feed)
        quotes = SitePath.link(from: page, to: SitePath.quotesJSONLines)
        quotesCSV = SitePath.link(from: page, to: SitePath.quotesCSV)
        search = SitePath.link(from: page, to: SitePath.search)
    }
}

/// A date for templates: as written, plus the ISO day for `<time datetime>`.
struct DateView {
    var text: String
    var iso: String?
}

extension DateView {
    /// `date` as pages show it.
    init(_ date: ArticleDate) {
        self.init(text: date.display, iso: date.isoDay)
    }
}

/// A link with a label.
struct LinkView {
    var name: String
    var url: String
}

/// An article in a list.
struct TeaserView {
    var title: String
    var url: String
    var kicker: String?
    var source: String?
    var date: DateView?
    var standfirst: String?
    var quoteCountText: String
    var isFiction: Bool
}

/// A speaker in a list, with a count.
struct SpeakerItemView {
    var name: String
    var url: String
    var role: String?
    var countText: String
}

/// Links between the pages of a long list (`Pagination`).
struct PagerView {
    /// One link of the pager: a page, or a gap between page numbers.
    struct Entry {
        var number: Int
        var label: String
        /// Nil for the current page and for gaps.
        var url: String?
        var isGap: Bool
        var isCurrent: Bool
    }

    /// This page's number, from 1.
    var number: Int
    /// How many pages the list has.
    var count: Int
    var previous: String?
    var next: String?
    var entries: [Entry]
}

/// The home page.
struct HomePage {
    var layout: LayoutView
    var heading: String
    var articles: [TeaserView]
    var allArticlesText: String
    var speakers: [SpeakerItemView]
    /// The most-quoted speakers as an inline SVG bar chart.
    var chartHTML: String?
    var topics: [LinkView]
}

/// An article page.
struct ArticlePage {
    var layout: LayoutView
    var title: String
    var kicker: String?
    var source: String?
    var date: DateView?
    var standfirst: String?
    var quoteCountText: String
    var topics: [LinkView]
    var titleHTML: String
    var standfirstHTML: String?
    var bodyHTML: String
    var speakers: [SpeakerItemView]
    var related: [TeaserView]
    /// The quotes other articles report too.
    var alsoReported: [AlsoReportedView] = []
    var isFiction: Bool
    /// What the "unsure" mark means, when a quote on the page has it (hover titles do not reach touch screens).
    var unsureNote: String?
}

/// The A–Z speaker index.
struct PeoplePage {
    var layout: LayoutView
    var summary: String
    var groups: [PeopleGroupView]
    /// Links to the index's other pages, when it has more than one.
    var pager: PagerView?
}

/// People or organisations, by initial letter.
struct PeopleGroupView {
    var id: String
    var heading: String
    /// Every initial of the group, linked at the page that lists it.
    var index: [LinkView]
    /// The initials this page lists, with their speakers.
    var letters: [LetterView]
}

/// Speakers whose names start with one letter.
struct LetterView {
    var id: String
    var letter: String
    var speakers: [SpeakerItemView]
}

/// A speaker's page.
struct PersonPage {
    var layout: LayoutView
    var name: String
    var kindLabel: String
    var roles: [String]
    var aliasesText: String?
    var quoteCountText: String
    var articleCountText: String
    var topics: [LinkView]
    var groups: [QuoteGroupView]
    /// The inline SVG of when the speaker was quoted, in its figure.
    var timelineHTML: String?
    /// Why there is no timeline, when the speaker has quotes but none is dated.
    var timelineNote: String?
    var feedURL: String?
    var alongside: [SpeakerItemView]
    /// What the "unsure" mark means, when a quote on the page has it.
    var unsureNote: String?
    /// Links to the speaker's other pages, when their quotes take more than one.
    var pager: PagerView?
}

/// A speaker's quotes from one article.
struct QuoteGroupView {
    var id: String
    var title: String
    var url: String
    var source: String?
    var date: DateView?
    var quotes: [PersonQuoteView]
}

/// One quote on a speaker's page, linking back to its place in the article.
struct PersonQuoteView {
    var id: String
    var text: String
    var url: String
    /// The rest of the sentence when an article's cue interrupts it (`InterruptedQuotes`).
    var continued: ContinuedQuoteView?
    var articleTitle: String
    /// The sentence around the quote, the quote shown as “…”.
    var context: String?
    var isUncertain: Bool
    /// The earliest reports of the statement the quote reports, listed with it.
    var reports: [ReportView] = []
    /// How many reports the statement has in all.
    var reportCount = 0
    /// How many reports only the statement's page lists ("12 more"), when there are any.
    var moreReports: String?
    /// The statement's page, when other articles report it.
    var statementURL: String?
}

/// The rest of an interrupted sentence on a speaker's page: the cue, linking to the second
/// quote's place in the article, and its words.
struct ContinuedQuoteView {
    var cue: String
    var text: String
    var url: String
}

/// The topic index.
struct TopicsPage {
    var layout: LayoutView
    var topics: [TopicItemView]
}

/// A topic in the index.
struct TopicItemView {
    var name: String
    var url: String
    var countText: String
}

/// A topic's page.
struct TopicPage {
    var layout: LayoutView
    var name: String
    var articles: [TeaserView]
    var speakers: [SpeakerItemView]
    /// The topic's most-quoted speakers as an inline SVG bar chart.
    var chartHTML: String?
    /// Links to the topic's other pages, when it has more than one.
    var pager: PagerView?
}

/// The list of every article.
struct ArchivePage {
    var layout: LayoutView
    var summary: String
    /// This page's articles.
    var articles: [TeaserView]
    /// The same articles by month of publication, newest first; undated ones last.
    var groups: [ArchiveGroupView]
    /// Links to the archive's other pages, when it has more than one.
    var pager: PagerView?
}

/// The articles of one month in the archive.
struct ArchiveGroupView {
    var id: String
    var heading: String
    var articles: [TeaserView]
}

/// The search page.
struct SearchPage {
    var layout: LayoutView
    var indexScript: String
    var searchScript: String
}

/// The page for missing files.
struct NotFoundPage {
    var layout: LayoutView
}
