import Articles
import Attribution
import SiteModel

extension SiteRenderer {
    /// How many quotes a page of a speaker lists: about 100 KB with their contexts.
    package static let quotesPerPage = 100

    /// How a speaker's quotes, grouped by article (newest first), fall on their pages: an
    /// article's quotes stay on one page unless they are more than a page holds.
    package static func personRuns(_ speaker: SpeakerNode) -> [[Pagination.Run]] {
        var counts: [String: Int] = [:]
        for quote in speaker.quotes { counts[quote.articleSlug, default: 0] += 1 }
        return Pagination.runs(sizes: speaker.articleSlugs.map { counts[$0] ?? 0 }, perPage: quotesPerPage)
    }

    /// The pages of one speaker, laid out as `runs` (`personRuns`) says.
    func personPagination(_ speaker: SpeakerNode, runs: [[Pagination.Run]]? = nil) -> Pagination {
        Pagination(first: SitePath.person(speaker.slug), count: (runs ?? Self.personRuns(speaker)).count)
    }

    /// Page `number` (from 1) of one speaker: their quotes grouped by article, newest article
    /// first; the first page also shows when they were quoted and who alongside. `runs` is
    /// `personRuns(speaker)`, passed in when it is already at hand.
    func personPage(_ speaker: SpeakerNode, _ number: Int = 1, runs: [[Pagination.Run]]? = nil) -> PersonPage {
        let runs = runs ?? Self.personRuns(speaker)
        let pagination = personPagination(speaker, runs: runs)
        let page = pagination.path(number)
        let onPage = runs[number - 1]
        let slugs = Set(onPage.map { speaker.articleSlugs[$0.item] })
        let quotesByArticle = Dictionary(grouping: speaker.quotes.filter { slugs.contains($0.articleSlug) }, by: \.articleSlug)
        let groups = onPage.compactMap { run -> QuoteGroupView? in
            guard let article = graph.article(speaker.articleSlugs[run.item]) else { return nil }
            let articleURL = SitePath.link(from: page, to: SitePath.article(article.slug))
            let quotes = quotesByArticle[article.slug] ?? []
            return QuoteGroupView(
                id: "in-\(article.slug)", title: article.document.title, url: articleURL,
                source: article.document.source, date: article.date.map(dateView),
                quotes: quotes[run.entries.clamped(to: quotes.indices)].map {
                    PersonQuoteView(
                        id: "\(article.slug)-\($0.anchor)", text: $0.text, url: articleURL + "#" + $0.anchor,
                        articleTitle: article.document.title, context: $0.context,
                        isUncertain: $0.isUncertain)
                })
        }
        let kindLabel = speaker.kind == .person ? "Person" : "Organisation"
        var topicCounts: [String: Int] = [:]
        for article in speaker.articleSlugs.compactMap(graph.article) {
            for topic in article.topicSlugs { topicCounts[topic, default: 0] += 1 }
        }
        let topics = Tally.ranked(topicCounts).compactMap { tally in
            graph.topic(tally.slug).map { LinkView(name: $0.name, url: SitePath.link(from: page, to: SitePath.topic($0.slug))) }
        }
        let first = number == 1
        var layout = layout(
            for: page, title: first ? speaker.name : "\(speaker.name), page \(number)",
            description: "\(kindLabel): \(Counting.text(speaker.quotes.count, "quote")) by \(speaker.name).",
            jsonLD: first ? JSONLD.speaker(speaker, graph: graph, options: options, page: page) : nil, ogType: "profile")
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
            unsureNote: quotesByArticle.values.contains { $0.contains(where: \.isUncertain) } ? ArticleBody.unsureExplanation : nil,
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
