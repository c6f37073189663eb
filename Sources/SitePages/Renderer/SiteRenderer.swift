import Articles
import Foundation
import SiteModel

/// Turns a site graph into every file of the site, in memory.
///
/// Rendering is a pure function of the graph, the templates and the options: no clock, no
/// environment, and every list in a fixed order, so two renders give byte-identical files.
public struct SiteRenderer: Sendable {
    /// The linked articles, speakers and topics.
    public let graph: SiteGraph
    /// The parsed templates and stylesheet.
    public let templates: SiteTemplates
    /// Site-wide settings.
    public let options: SiteOptions

    /// How many articles the home page lists.
    static let homeArticleLimit = 20
    /// How many speakers the "most quoted" lists show.
    static let mostQuotedLimit = 10

    /// Whether any article says it is fiction, which puts the fiction note in every footer.
    let hasFiction: Bool

    /// The previous build's data files, whose unchanged pieces a rebuild copies (`PiecedFile`).
    package var pieceReuse: PieceReuse?
    /// Hears where the pieces of the data files land, for the next rebuild.
    package var pieceRecorder: DataPieces.Recorder?
    /// Where article pages read their bodies, when the graph holds none.
    package var contentBodies: ContentBodies?
    /// The lines of statements' reports that several pages show, rendered once.
    let reportLines = ReportLines<ReportLine>()
    /// The links to statements' reports that several article pages show, rendered once.
    let reportLinks = ReportLines<String>()
    /// The lists of those links that several article pages show, rendered once.
    let reportLinkLists = ReportLines<String>()

    /// Creates a renderer.
    public init(graph: SiteGraph, templates: SiteTemplates, options: SiteOptions = SiteOptions()) {
        self.graph = graph
        self.templates = templates
        self.options = options
        self.hasFiction = graph.articles.contains { $0.isFiction }
    }

    /// Renders every page, the stylesheet, the feeds and the data files.
    public func render() throws(SiteError) -> SiteFiles {
        var pages: [String: String] = [:]
        for job in pageJobs() { pages[job.path] = try job.render() }
        return assemble(pages)
    }

    /// Renders like `render()`, with the pages split over `tasks` parallel tasks; the files are
    /// the same, byte for byte, because each page is a pure function of the graph.
    public func renderInParallel(
        tasks: Int = ProcessInfo.processInfo.activeProcessorCount
    ) async throws(SiteError) -> SiteFiles {
        let jobs = pageJobs()
        let size = max(1, (jobs.count + max(1, tasks) - 1) / max(1, tasks))
        let chunks = stride(from: 0, to: jobs.count, by: size).map { Array(jobs[$0..<min($0 + size, jobs.count)]) }
        let rendered = await withTaskGroup(of: Result<[(String, String)], SiteError>.self) { group in
            for chunk in chunks {
                group.addTask {
                    var part: [(String, String)] = []
                    for job in chunk {
                        do throws(SiteError) {
                            part.append((job.path, try job.render()))
                        } catch {
                            return .failure(error)
                        }
                    }
                    return .success(part)
                }
            }
            var results: [Result<[(String, String)], SiteError>] = []
            for await result in group { results.append(result) }
            return results
        }
        var pages: [String: String] = [:]
        for result in rendered {
            switch result {
            case .success(let part): for (path, html) in part { pages[path] = html }
            case .failure(let error): throw error
            }
        }
        return assemble(pages)
    }

    /// One page to render: where it goes and how to make it.
    package struct PageJob: Sendable {
        /// The page's path in the site.
        package let path: String
        /// Renders the page.
        package let render: @Sendable () throws(SiteError) -> String
    }

    /// Which pages `pageJobs(only:)` makes jobs for: a rebuild renders a few of thousands, and
    /// laying out every speaker's pages to pick some cost more than rendering them.
    package struct PageChoice: Sendable {
        /// Whether the index pages are chosen: home, search, not found, the people and topics indexes.
        package var indexes: Bool
        /// The other pages chosen, by path: archive pages and the pages of articles, speakers, topics
        /// and statements.
        package var paths: Set<String>
        /// The speakers some of whose pages or feed are in `paths`; the others are not laid out.
        package var speakers: Set<String>

        /// The index pages when `indexes`, and the pages at `paths`, of `speakers` among them.
        package init(indexes: Bool, paths: Set<String>, speakers: Set<String>) {
            self.indexes = indexes
            self.paths = paths
            self.speakers = speakers
        }
    }

    /// Every HTML page of the site, and each speaker's feed and quotes, each as a job that can run
    /// on any task; only the pages `choice` names when given.
    package func pageJobs(only choice: PageChoice? = nil) -> [PageJob] {
        let indexes = choice?.indexes ?? true
        let chosen = { (path: String) in choice?.paths.contains(path) ?? true }
        var jobs: [PageJob] = []
        if indexes {
            jobs += [
                PageJob(path: SitePath.home) { () throws(SiteError) in try templates.render("index", homePage()) },
                PageJob(path: SitePath.search) { () throws(SiteError) in try templates.render("search", searchPage()) },
                PageJob(path: SitePath.notFound) { () throws(SiteError) in try templates.render("not-found", notFoundPage()) },
            ]
        }
        jobs += archivePagination.paths.enumerated().filter { chosen($1) }.map { offset, path in
            PageJob(path: path) { () throws(SiteError) in try templates.render("articles", archivePage(offset + 1)) }
        }
        jobs += indexes ? indexPageJobs() : []
        // Topic and speaker pages first: a busy one lists thousands of articles or quotes, and
        // started last it kept one core busy after the other had finished every article page.
        jobs += graph.topics.flatMap { topic in
            topicPagination(topic).paths.enumerated().filter { chosen($1) }.map { offset, path in
                PageJob(path: path) { () throws(SiteError) in try templates.render("topic", topicPage(topic, offset + 1)) }
            }
        }
        let speakers = graph.speakers.filter { choice?.speakers.contains($0.slug) ?? true }
        jobs += speakers.flatMap { speaker in
            let layout = PersonLayout(speaker)
            return personPagination(speaker, layout: layout).paths.enumerated().filter { chosen($1) }.map { offset, path in
                PageJob(path: path) { () throws(SiteError) in
                    try templates.render("person", personPage(speaker, offset + 1, layout: layout))
                }
            }
        }
        // Each speaker's quotes as a feed, for readers who follow one person.
        jobs += speakers.filter { !$0.quotes.isEmpty && chosen(SitePath.personFeed($0.slug)) }.map { speaker in
            PageJob(path: SitePath.personFeed(speaker.slug)) { SpeakerFeed(speaker: speaker, graph: graph, options: options).xml() }
        }
        jobs += graph.articles.filter { chosen(SitePath.article($0.slug)) }.map { article in
            PageJob(path: SitePath.article(article.slug)) { () throws(SiteError) in
                try templates.render("article", articlePage(try withBody(article)))
            }
        }
        jobs += graph.statements.flatMap { statement in
            let pages = Self.statementPagination(statement).paths.enumerated().filter { chosen($1) }
            // Every page gives the same summary, which looks at every report: worked out once.
            let summary = Self.statementPagination(statement).count > 1 && !pages.isEmpty ? statementSummary(statement) : nil
            return pages.map { offset, path in
                PageJob(path: path) { () throws(SiteError) in
                    try templates.render("statement", statementPage(statement, offset + 1, summary: summary))
                }
            }
        }
        return jobs
    }

    /// The paths of the index pages (see `PageChoice.indexes`).
    package var indexPagePaths: [String] {
        [SitePath.home, SitePath.search, SitePath.notFound] + indexPageJobs().map(\.path)
    }

    /// The jobs of the people index's pages and the topics index.
    private func indexPageJobs() -> [PageJob] {
        let people = peopleIndex
        var jobs = Pagination(first: SitePath.people, count: people.pages.count).paths.enumerated().map { offset, path in
            PageJob(path: path) { () throws(SiteError) in try templates.render("people", peoplePage(offset + 1, index: people)) }
        }
        // A site without topics (plain-text articles have none) has no topics index to promise.
        if !graph.topics.isEmpty {
            jobs.append(PageJob(path: SitePath.topics) { () throws(SiteError) in try templates.render("topics", topicsPage()) })
        }
        return jobs
    }

    /// The rendered pages with the stylesheet, scripts, feeds, data files and search index added.
    private func assemble(_ pages: [String: String]) -> SiteFiles {
        var site = SiteFiles()
        for (path, html) in pages { site.add(path, html) }
        for (path, data) in dataFiles(pagePaths: Array(pages.keys)) { site.add(path, data: data) }
        for file in SearchIndex(graph: graph).files() { site.add(file.path, data: Data(file.bytes)) }
        return site
    }

    /// One file that is not a page: where it goes and how to make it.
    package struct DataJob: Sendable {
        /// The file's path in the site.
        package let path: String
        /// Makes the file.
        package let bytes: FileBytes

        /// A file made whole by `make`.
        init(path: String, make: @escaping @Sendable () -> Data) {
            self.path = path
            self.bytes = FileBytes { sink in make().withUnsafeBytes(sink) }
        }

        /// A file made run by run.
        init(path: String, bytes: FileBytes) {
            self.path = path
            self.bytes = bytes
        }

        /// The whole file.
        func make() -> Data { bytes.data }
    }

    /// The stylesheet, scripts, feeds and data files: everything but the pages, whose paths
    /// `pagePaths` lists for the sitemap.
    func dataFiles(pagePaths: [String]) -> [(path: String, data: Data)] {
        dataJobs(pagePaths: pagePaths).map { ($0.path, $0.make()) }
    }

    /// `dataFiles` as jobs that can run on any task, the largest (the data files) first.
    package func dataJobs(pagePaths: [String]) -> [DataJob] {
        let sitemapPaths = pagePaths.filter { $0.hasSuffix(".html") && $0 != SitePath.notFound }
        return [
            piecedJob(SitePath.quotesJSONLines) { QuotesData.pieced(graph: graph) },
            piecedJob(SitePath.peopleJSONLines) { PeopleData(graph: graph).pieced() },
            piecedJob(SitePath.quotesCSV) { QuotesCSV(graph: graph).pieced() },
            piecedJob(SitePath.articlesJSONLines) { ArticlesData(graph: graph, options: options).jsonLines() },
            piecedJob(SitePath.articlesCSV) { ArticlesData(graph: graph, options: options).csv() },
            DataJob(path: SitePath.feed) { Data(AtomFeed(graph: graph, options: options).xml().utf8) },
            DataJob(path: SitePath.sitemap) { Data(Sitemap(paths: sitemapPaths, options: options).xml().utf8) },
            DataJob(path: SitePath.stylesheet) { Data(templates.stylesheet.utf8) },
            DataJob(path: SitePath.searchScript) { Data(templates.searchScript.utf8) },
            DataJob(path: SitePath.robots) { Data(Robots(options: options).text().utf8) },
        ]
    }

    /// The job that writes the file at `path` that `file` makes, piece by piece, reusing and
    /// recording pieces as this render is set to.
    private func piecedJob(_ path: String, _ file: @escaping @Sendable () -> PiecedFile) -> DataJob {
        let (reuse, recorder) = (pieceReuse, pieceRecorder)
        return DataJob(path: path, bytes: FileBytes(runs: { output in file().write(reusing: reuse, recorder: recorder, to: output) }))
    }

    /// `article` with the body read from its content file, when this render reads bodies there.
    private func withBody(_ article: ArticleNode) throws(SiteError) -> ArticleNode {
        guard let body = try contentBodies?.body(of: article.slug) else { return article }
        var full = article
        full.document.body = body
        return full
    }

    /// The page hosts show for a missing address.
    func notFoundPage() -> NotFoundPage {
        var layout = layout(for: SitePath.notFound, title: "Page not found")
        layout.baseHref = options.baseURL
        layout.noIndex = true
        return NotFoundPage(layout: layout)
    }

    // MARK: - Shared pieces

    /// The layout values for `page`.
    func layout(
        for page: String, title: String, description: String? = nil, jsonLD: String? = nil, ogType: String = "website"
    ) -> LayoutView {
        LayoutView(
            title: title, siteTitle: options.title, description: description,
            canonical: page == SitePath.notFound ? nil : options.absoluteURL(Self.canonicalPath(page)),
            jsonLD: jsonLD, ogType: ogType, footerNote: options.footerNote,
            fictionNote: hasFiction ? options.fictionNote : nil,
            links: NavLinks(from: page, hasTopics: !graph.topics.isEmpty))
    }

    /// The address a page is published under: its folder, as servers show `index.html` for it.
    static func canonicalPath(_ page: String) -> String {
        page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page
    }

    /// An article as a list item, linked from `page`.
    func teaser(_ article: ArticleNode, from page: String) -> TeaserView {
        let document = article.document
        return TeaserView(
            title: document.title, url: SitePath.link(from: page, to: SitePath.article(article.slug)),
            kicker: document.kicker, source: document.source, date: article.date.map(dateView),
            standfirst: document.standfirst, quoteCountText: Counting.text(article.quotes.count, "quote"),
            isFiction: article.isFiction)
    }

    /// A speaker as a list item with `count` of `noun`, linked from `page`.
    func speakerItem(_ tally: Tally, noun: String, from page: String) -> SpeakerItemView? {
        guard let speaker = graph.speaker(tally.slug) else { return nil }
        return SpeakerItemView(
            name: speaker.name, url: SitePath.link(from: page, to: SitePath.person(speaker.slug)),
            role: speaker.roles.first, countText: Counting.text(tally.count, noun))
    }

    /// The speakers of `tallies` as a bar chart of quotes, linked from `page`.
    func chart(of tallies: [Tally], from page: String) -> String? {
        MostQuotedChart(
            bars: tallies.compactMap { tally in
                graph.speaker(tally.slug).map {
                    MostQuotedChart.Bar(name: $0.name, url: SitePath.link(from: page, to: SitePath.person($0.slug)), count: tally.count)
                }
            }, id: "most-quoted-chart"
        ).svg()
    }

    /// A date for templates.
    func dateView(_ date: ArticleDate) -> DateView {
        DateView(date)
    }

    /// The speakers quoted most often across `articles`.
    func mostQuoted(in articles: [ArticleNode]) -> [Tally] {
        var counts: [String: Int] = [:]
        for article in articles {
            for quote in article.quotes {
                if let speaker = quote.speakerSlug { counts[speaker, default: 0] += 1 }
            }
        }
        return Array(Tally.ranked(counts).prefix(Self.mostQuotedLimit))
    }

    // MARK: - Search

    /// The search page, which loads the index and the search script.
    func searchPage() -> SearchPage {
        let page = SitePath.search
        var layout = layout(for: page, title: "Search")
        layout.isSearch = true
        return SearchPage(
            layout: layout, indexScript: SitePath.link(from: page, to: SitePath.searchIndex),
            searchScript: SitePath.link(from: page, to: SitePath.searchScript))
    }

    // MARK: - Home

    /// The home page: latest articles, most-quoted speakers, topics.
    func homePage() -> HomePage {
        let page = SitePath.home
        var layout = layout(for: page, title: "Latest articles", description: "Who said what in the news, quote by quote.")
        layout.isHome = true
        let mostQuoted = mostQuoted(in: graph.articles)
        return HomePage(
            layout: layout, heading: options.title,
            articles: graph.articles.prefix(Self.homeArticleLimit).map { teaser($0, from: page) },
            allArticlesText: "All \(Counting.text(graph.articles.count, "article"))",
            speakers: mostQuoted.compactMap { speakerItem($0, noun: "quote", from: page) },
            chartHTML: chart(of: mostQuoted, from: page),
            topics: graph.topics.map { LinkView(name: $0.name, url: SitePath.link(from: page, to: SitePath.topic($0.slug))) })
    }
}
