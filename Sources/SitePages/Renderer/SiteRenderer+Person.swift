import Articles
import Attribution
import SiteModel

extension SiteRenderer {
    /// How many quotes a page of a speaker lists: about 100 KB with their contexts.
    package static let quotesPerPage = 100

    /// What a speaker's pages list: the articles naming them, newest first, each with the
    /// quotes shown there (a statement is listed once, at its earliest report, with the others;
    /// an article whose quotes are all listed elsewhere is left out), and how those fall on pages:
    /// an article's quotes stay on one page unless they are more than a page holds.
    package struct PersonLayout: Sendable {
        /// The articles listed, with their quotes.
        package var groups: [(slug: String, quotes: [QuoteNode])]
        /// For each page, the runs of `groups` it lists.
        package var runs: [[Pagination.Run]]

        /// The layout of `speaker`'s pages.
        package init(_ speaker: SpeakerNode) {
            let quotesByArticle = Dictionary(grouping: speaker.quotes, by: \.articleSlug)
            groups = speaker.articleSlugs.compactMap { slug in
                let quotes = quotesByArticle[slug] ?? []
                let listed = quotes.filter { SiteRenderer.listsOnSpeakerPage($0, pageQuotes: quotesByArticle) }
                return listed.isEmpty && !quotes.isEmpty ? nil : (slug, listed)
            }
            runs = Pagination.runs(sizes: groups.map(\.quotes.count), perPage: SiteRenderer.quotesPerPage)
        }
    }

    /// The pages of one speaker, laid out as `layout` says.
    func personPagination(_ speaker: SpeakerNode, layout: PersonLayout? = nil) -> Pagination {
        Pagination(first: SitePath.person(speaker.slug), count: (layout ?? PersonLayout(speaker)).runs.count)
    }

    /// Page `number` (from 1) of one speaker: their quotes grouped by article, newest article
    /// first; the first page also shows when they were quoted and who alongside. `layout` is
    /// `PersonLayout(speaker)`, passed in when it is already at hand.
    func personPage(_ speaker: SpeakerNode, _ number: Int = 1, layout pages: PersonLayout? = nil) -> PersonPage {
        let pages = pages ?? PersonLayout(speaker)
        let pagination = personPagination(speaker, layout: pages)
        let page = pagination.path(number)
        let onPage = pages.runs[number - 1]
        let shown = onPage.flatMap { pages.groups[$0.item].quotes[$0.entries] }
        let groups = onPage.compactMap { run -> QuoteGroupView? in
            let group = pages.groups[run.item]
            guard let article = graph.article(group.slug) else { return nil }
            let articleURL = SitePath.link(from: page, to: SitePath.article(article.slug))
            return QuoteGroupView(
                id: "in-\(article.slug)", title: article.document.title, url: articleURL,
                source: article.document.source, date: article.date.map(dateView),
                quotes: InterruptedQuotes.joined(Array(group.quotes[run.entries])).map { shown in
                    let statement = speakerPageReports(of: shown.quote, from: page)
                    return PersonQuoteView(
                        id: "\(article.slug)-\(shown.quote.anchor)", text: shown.quote.text, url: articleURL + "#" + shown.quote.anchor,
                        continued: shown.continuation.map {
                            ContinuedQuoteView(cue: $0.cue, text: $0.quote.text, url: articleURL + "#" + $0.quote.anchor)
                        },
                        articleTitle: article.document.title, context: shown.context, isUncertain: shown.isUncertain,
                        reports: statement.reports, reportCount: shown.quote.statement?.reports.count ?? 0,
                        moreReports: statement.more,
                        statementURL: shown.quote.statement.map { SitePath.link(from: page, to: SitePath.statement($0.id)) })
                })
        }
        let kindLabel = speaker.kind == .person ? "Person" : "Organisation"
        var topicCounts: [String: Int] = [:]
        // By position, not `graph.article`: every page of a speaker counts the topics of all
        // their articles, and a copy of each article's node made that quadratic in the busiest speakers.
        for position in speaker.articleSlugs.compactMap(graph.articlePosition) {
            for topic in graph.articles[position].topicSlugs { topicCounts[topic, default: 0] += 1 }
        }
        let topics = Tally.ranked(topicCounts).compactMap { tally in
            graph.topic(tally.slug).map { LinkView(name: $0.name, url: SitePath.link(from: page, to: SitePath.topic($0.slug))) }
        }
        let first = number == 1
        var layout = layout(
            for: page, title: first ? speaker.name : "\(speaker.name), page \(number)",
            description: "\(kindLabel): \(Counting.text(speaker.quotes.count, "quote")) by \(speaker.name).",
            jsonLD: first ? JSONLD.speaker(speaker, options: options, page: page) : nil, ogType: "profile")
        let hasQuotes = !speaker.quotes.isEmpty
        if hasQuotes {
            layout.speakerFeed = LinkView(
                name: "Quotes by \(speaker.name)", url: SitePath.link(from: page, to: SitePath.personFeed(speaker.slug)))
        }
        // What covers every quote (the timeline, who else is quoted) is on the first page only.
        let timeline = first ? self.timeline(of: speaker) : nil
        return PersonPage(
            layout: layout,
            name: speaker.name, kindLabel: kindLabel, roles: speaker.roles,
            aliasesText: speaker.aliases.isEmpty ? nil : speaker.aliases.joined(separator: ", "),
            quoteCountText: Counting.text(speaker.quotes.count, "quote"),
            articleCountText: Counting.text(speaker.articleSlugs.count, "article"),
            topics: topics, groups: groups,
            timelineHTML: timeline?.svg(),
            timelineNote: hasQuotes && timeline?.points.isEmpty == true
                ? "None of the articles quoting \(speaker.name) gives a date, so there is no timeline." : nil,
            feedURL: hasQuotes ? SitePath.link(from: page, to: SitePath.personFeed(speaker.slug)) : nil,
            alongside: first
                ? speaker.alongside.prefix(Self.mostQuotedLimit).compactMap { speakerItem($0, noun: "article", from: page) } : [],
            unsureNote: shown.contains(where: \.isUncertain) ? ArticleBody.unsureExplanation : nil,
            pager: pagination.pager(on: number))
    }

    /// When `speaker` was quoted: their quotes per dated article.
    func timeline(of speaker: SpeakerNode) -> QuoteTimeline {
        var points: [QuoteTimeline.Point] = []
        var undated = 0
        var counts: [String: Int] = [:]
        for quote in speaker.quotes { counts[quote.articleSlug, default: 0] += 1 }
        for article in speaker.articleSlugs.compactMap(graph.article) {
            let count = counts[article.slug] ?? 0
            guard count > 0 else { continue }
            if let date = article.date, let day = date.isoDay.map({ String($0.prefix(10)) }) {
                // Articles of the same day share one stem, so no stem hides another.
                if let same = points.firstIndex(where: { $0.day == day }) {
                    points[same].count += count
                    points[same].title += "; " + article.document.title
                } else {
                    points.append(QuoteTimeline.Point(day: day, label: date.display, title: article.document.title, count: count))
                }
            } else {
                undated += count
            }
        }
        return QuoteTimeline(points: points, name: speaker.name, undatedQuotes: undated, id: "timeline")
    }
}
