import Articles
import Attribution
import Foundation
import SiteModel

extension SiteRenderer {
    /// The A–Z index of people, then of organisations.
    func peoplePage() -> PeoplePage {
        let page = SitePath.people
        var layout = layout(for: page, title: "People and organisations")
        layout.isPeople = true
        let groups = [(SpeakerKind.person, "people", "People"), (.organization, "organisations", "Organisations")].map {
            kind, id, heading in
            PeopleGroupView(id: id, heading: heading, letters: letters(graph.speakers.filter { $0.kind == kind }, group: id, from: page))
        }
        let quoted = graph.speakers.filter { !$0.quotes.isEmpty }.count
        return PeoplePage(
            layout: layout,
            summary: "\(Counting.text(graph.speakers.count, "speaker")) named, \(quoted) of them quoted, in \(Counting.text(graph.articles.count, "article")).",
            groups: groups)
    }

    /// Speakers (already in `SpeakerOrder`) split by the letter they are filed under; names
    /// starting with a non-letter share "#".
    private func letters(_ speakers: [SpeakerNode], group: String, from page: String) -> [LetterView] {
        var letters: [LetterView] = []
        for speaker in speakers {
            let letter = SpeakerOrder.initial(name: speaker.name, kind: speaker.kind)
            let item = SpeakerItemView(
                name: speaker.name, url: SitePath.link(from: page, to: SitePath.person(speaker.slug)),
                role: speaker.roles.first, countText: Counting.text(speaker.quotes.count, "quote"))
            if letters.last?.letter == letter {
                letters[letters.count - 1].speakers.append(item)
            } else {
                let id = "\(group)-\(letter == "#" ? "other" : Slug.make(letter))"
                letters.append(LetterView(id: id, letter: letter, speakers: [item]))
            }
        }
        return letters
    }

    /// The page of one speaker: every quote, grouped by article, newest article first.
    func personPage(_ speaker: SpeakerNode) -> PersonPage {
        let page = SitePath.person(speaker.slug)
        let quotesByArticle = Dictionary(grouping: speaker.quotes, by: \.articleSlug)
        let groups = speaker.articleSlugs.compactMap(graph.article).compactMap { article -> QuoteGroupView? in
            let articleURL = SitePath.link(from: page, to: SitePath.article(article.slug))
            let quotes = quotesByArticle[article.slug] ?? []
            // A statement is listed once, at its earliest report, with the others.
            let listed = quotes.filter(Self.listsOnSpeakerPage)
            guard !listed.isEmpty || quotes.isEmpty else { return nil }
            return QuoteGroupView(
                id: "in-\(article.slug)", title: article.document.title, url: articleURL,
                source: article.document.source, date: article.date.map(dateView),
                quotes: InterruptedQuotes.joined(listed).map { shown in
                    PersonQuoteView(
                        id: "\(article.slug)-\(shown.quote.anchor)", text: shown.quote.text, url: articleURL + "#" + shown.quote.anchor,
                        continued: shown.continuation.map {
                            ContinuedQuoteView(cue: $0.cue, text: $0.quote.text, url: articleURL + "#" + $0.quote.anchor)
                        },
                        articleTitle: article.document.title, context: shown.context, isUncertain: shown.isUncertain,
                        reports: shown.quote.statement.map { reportViews(of: $0, from: page) } ?? [],
                        statementURL: shown.quote.statement.map { SitePath.link(from: page, to: SitePath.statement($0.id)) })
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
        var layout = layout(
            for: page, title: speaker.name,
            description: "\(kindLabel): \(Counting.text(speaker.quotes.count, "quote")) by \(speaker.name).",
            jsonLD: JSONLD.speaker(speaker, graph: graph, options: options, page: page), ogType: "profile")
        let hasQuotes = !speaker.quotes.isEmpty
        if hasQuotes {
            layout.speakerFeed = LinkView(
                name: "Quotes by \(speaker.name)", url: SitePath.link(from: page, to: SitePath.personFeed(speaker.slug)))
        }
        let timeline = self.timeline(of: speaker)
        return PersonPage(
            layout: layout,
            name: speaker.name, kindLabel: kindLabel, roles: speaker.roles,
            aliasesText: speaker.aliases.isEmpty ? nil : speaker.aliases.joined(separator: ", "),
            quoteCountText: Counting.text(speaker.quotes.count, "quote"),
            articleCountText: Counting.text(speaker.articleSlugs.count, "article"),
            topics: topics, groups: groups,
            timelineHTML: timeline.svg(),
            timelineNote: hasQuotes && timeline.points.isEmpty
                ? "None of the articles quoting \(speaker.name) gives a date, so there is no timeline." : nil,
            feedURL: hasQuotes ? SitePath.link(from: page, to: SitePath.personFeed(speaker.slug)) : nil,
            quotesURL: hasQuotes ? SitePath.link(from: page, to: SitePath.personQuotes(speaker.slug)) : nil,
            alongside: speaker.alongside.prefix(Self.mostQuotedLimit).compactMap {
                speakerItem($0, noun: "article", from: page)
            },
            unsureNote: speaker.quotes.contains(where: \.isUncertain) ? ArticleBody.unsureExplanation : nil)
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
