import Articles
import Attribution
import SiteModel
import SitePages

/// Which pages of a site differ between two graphs of it, and which are gone.
///
/// Each page is a pure function of some nodes of the graph (plus templates and options, which a
/// rebuild keeps), so comparing those nodes tells whether the page can change. The comparison is
/// by projection: a page that only lists an article needs the article's teaser, not its quotes,
/// so a quote added to an article does not re-render every page that links to it.
package struct PageChanges: Sendable, Equatable {
    /// Pages (article, person, speaker feed and quotes, topic) to render again.
    package var render: Set<String>
    /// Pages of the old site the new one does not have.
    package var removed: Set<String>
    /// The speakers some of whose pages or feed are in `render`.
    package var speakers: Set<String> = []
}

extension SiteGraph {
    /// The pages of the site whose graph had the digest `old` that differ in the site of `self`
    /// (whose digest is `digest`), when `edited` names the articles whose content file changed;
    /// nil when a site-wide value changed (whether any article is fiction, whether there are
    /// topics), which changes every page.
    ///
    /// The archive's pages are counted here: the first, which counts the site's articles and
    /// quotes, when an article changed; every page when `reordered` (an article was added,
    /// removed or dated anew, so others moved); otherwise the pages listing an article whose
    /// teaser changed. The other index pages, feeds, sitemap, search index and data files are
    /// not: they depend on every article and are rendered on every rebuild that changes one.
    package func pageChanges(
        from old: GraphDigest, to digest: GraphDigest, edited: Set<String>, reordered: Bool
    ) -> PageChanges? {
        guard old.hasFiction == digest.hasFiction, old.hasTopics == digest.hasTopics else { return nil }
        let (teasers, citations, wholeArticles) = Self.changed(old.articles, digest.articles)
        let (speakerLabels, _, changedSpeakers) = Self.changed(old.speakers, digest.speakers)
        let (topicLabels, _, changedTopics) = Self.changed(old.topics, digest.topics)
        let (_, _, changedStatements) = Self.changed(old.statements, digest.statements)
        let changedArticles = wholeArticles.union(edited)
        // A statement's reports name their articles' outlets, titles and dates; each statement's
        // reports are looked at once, not once for every report.
        let citing = Set(
            citations.isEmpty
                ? [] : statements.filter { $0.reports.contains { citations.contains($0.articleSlug) } }.map(\.id))
        let citesChanged = { (statement: Statement?) in statement.map { citing.contains($0.id) } ?? false }

        var render = Set<String>()
        var renderedSpeakers = Set<String>()
        let namesSpeaker = { (slugs: [String]) in !speakerLabels.isEmpty && slugs.contains(where: speakerLabels.contains) }
        for article in articles {
            let namesChangedSpeaker =
                !speakerLabels.isEmpty
                && (article.speakerSlugs.contains(where: speakerLabels.contains)
                    || article.speakerLinks.values.contains(where: speakerLabels.contains)
                    || article.quotes.contains { $0.speakerSlug.map(speakerLabels.contains) ?? false })
            if changedArticles.contains(article.slug) || namesChangedSpeaker
                || (!topicLabels.isEmpty && article.topicSlugs.contains(where: topicLabels.contains))
                || (!teasers.isEmpty && article.relatedSlugs.contains(where: teasers.contains))
                || (!citing.isEmpty && article.quotes.contains { citesChanged($0.statement) })
            {
                render.insert(SitePath.article(article.slug))
            }
        }
        // A speaker page names the topics of the speaker's articles; only looked up when a topic's name changed.
        let renamedTopicArticles = Set(
            topicLabels.isEmpty ? [] : articles.filter { $0.topicSlugs.contains(where: topicLabels.contains) }.map(\.slug))
        // A statement's reports credited to nobody are in articles that name none of its speaker's.
        let citingSpeakers = Set(statements.filter { citing.contains($0.id) }.map(\.speakerSlug))
        for speaker in speakers {
            if (!citations.isEmpty && speaker.articleSlugs.contains(where: citations.contains))
                || citingSpeakers.contains(speaker.slug) || namesSpeaker(speaker.alongside.map(\.slug))
                || (!renamedTopicArticles.isEmpty && speaker.articleSlugs.contains(where: renamedTopicArticles.contains))
            {
                render.formUnion(Self.pages(of: speaker))
                renderedSpeakers.insert(speaker.slug)
            } else if changedSpeakers.contains(speaker.slug), let node = digest.speakers[speaker.slug] {
                render.formUnion(Self.pages(of: speaker, node: node, before: old.speakers[speaker.slug]))
                renderedSpeakers.insert(speaker.slug)
            }
        }
        for topic in topics {
            if changedTopics.contains(topic.slug) || (!teasers.isEmpty && topic.articleSlugs.contains(where: teasers.contains))
                || namesSpeaker(topic.speakers.map(\.slug))
            {
                render.formUnion(Self.pages(of: topic))
            }
        }
        for statement in statements
        where changedStatements.contains(statement.id) || citesChanged(statement)
            || speakerLabels.contains(statement.speakerSlug)
            || statement.reports.contains(where: { wholeArticles.contains($0.articleSlug) })
        {
            render.formUnion(SiteRenderer.statementPagination(statement).paths)
        }
        render.formUnion(archivePages(teasers: teasers, counted: !wholeArticles.isEmpty, reordered: reordered))
        return PageChanges(render: render, removed: old.nodePages(missingFrom: digest), speakers: renderedSpeakers)
    }

    /// The archive pages that can differ (see `pageChanges`).
    private func archivePages(teasers: Set<String>, counted: Bool, reordered: Bool) -> [String] {
        let pagination = SiteRenderer.archivePagination(of: self)
        if reordered { return pagination.paths }
        let numbers = Set(teasers.compactMap { articlePosition($0).map { $0 / SiteRenderer.teasersPerPage + 1 } })
        return numbers.union(counted ? [1] : []).sorted().map(pagination.path)
    }

    /// A speaker's pages, and their feed when they have quotes.
    private static func pages(of speaker: SpeakerNode) -> [String] {
        let pages = Pagination(first: SitePath.person(speaker.slug), count: SiteRenderer.PersonLayout(speaker).runs.count).paths
        return speaker.quotes.isEmpty ? pages : pages + [SitePath.personFeed(speaker.slug)]
    }

    /// The pages of a speaker whose node changed from `before` (nil when new) to `node`: all of
    /// them when what every page shows changed; otherwise the first (the only one that shows
    /// when and alongside whom they were quoted), the feed, and the later pages whose quotes
    /// changed or that are new.
    private static func pages(of speaker: SpeakerNode, node: GraphDigest.Node, before: GraphDigest.Node?) -> [String] {
        guard let before, before.layout.header == node.layout.header, node.layout.pages.count == node.pages else {
            return pages(of: speaker)
        }
        let first = SitePath.person(speaker.slug)
        let later = (2...max(2, node.pages)).filter { number in
            number <= node.pages
                && (number > before.layout.pages.count || before.layout.pages[number - 1] != node.layout.pages[number - 1])
        }
        return [first] + later.map { SitePath.page($0, of: first) } + (speaker.quotes.isEmpty ? [] : [SitePath.personFeed(speaker.slug)])
    }

    /// A topic's pages.
    private static func pages(of topic: TopicNode) -> [String] {
        Pagination(first: SitePath.topic(topic.slug), items: topic.articleSlugs.count, perPage: SiteRenderer.teasersPerPage).paths
    }

    /// Slugs of the nodes that are only in `old` or only in `new`, or whose `shown`, `cited` or
    /// `whole` digest differs, each in one pass over the nodes.
    private static func changed(
        _ old: [String: GraphDigest.Node], _ new: [String: GraphDigest.Node]
    ) -> (shown: Set<String>, cited: Set<String>, whole: Set<String>) {
        var changed = (shown: Set<String>(), cited: Set<String>(), whole: Set<String>())
        for (slug, node) in new {
            guard let before = old[slug] else {
                changed.shown.insert(slug)
                changed.cited.insert(slug)
                changed.whole.insert(slug)
                continue
            }
            if before.shown != node.shown { changed.shown.insert(slug) }
            if before.cited != node.cited { changed.cited.insert(slug) }
            if before.whole != node.whole { changed.whole.insert(slug) }
        }
        for slug in old.keys where new[slug] == nil {
            changed.shown.insert(slug)
            changed.cited.insert(slug)
            changed.whole.insert(slug)
        }
        return changed
    }
}

