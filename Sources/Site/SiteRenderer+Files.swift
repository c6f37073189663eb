import Foundation

/// One file of the site: where it goes and how to make its contents.
///
/// Listing files before rendering them lets the writer render pages in parallel and write each
/// one as soon as it is ready, so a large site is never held in memory whole.
public struct SiteFile: Sendable {
    /// The path relative to the output folder.
    public let path: String
    private let make: @Sendable (SiteRenderer) throws(SiteError) -> Data

    init(_ path: String, _ make: @escaping @Sendable (SiteRenderer) throws(SiteError) -> Data) {
        self.path = path
        self.make = make
    }

    init(_ path: String, text: @escaping @Sendable (SiteRenderer) throws(SiteError) -> String) {
        self.init(path) { renderer throws(SiteError) in Data(try text(renderer).utf8) }
    }

    /// The file's contents as `renderer` makes them.
    public func contents(_ renderer: SiteRenderer) throws(SiteError) -> Data {
        try make(renderer)
    }
}

extension SiteRenderer {
    /// Every page, the stylesheet, the feeds and the data files, in a fixed order.
    public func files() -> [SiteFile] {
        var files: [SiteFile] = [
            SiteFile(SitePath.home) { r throws(SiteError) in try r.templates.render("index", r.homePage()) },
            SiteFile(SitePath.articles) { r throws(SiteError) in try r.templates.render("articles", r.archivePage()) },
        ]
        for (index, article) in graph.articles.enumerated() {
            files.append(SiteFile(SitePath.article(article.slug)) { r throws(SiteError) in
                try r.templates.render("article", r.articlePage(r.graph.articles[index]))
            })
        }
        files.append(SiteFile(SitePath.people) { r throws(SiteError) in try r.templates.render("people", r.peoplePage()) })
        for (index, speaker) in graph.speakers.enumerated() {
            files.append(SiteFile(SitePath.person(speaker.slug)) { r throws(SiteError) in
                try r.templates.render("person", r.personPage(r.graph.speakers[index]))
            })
        }
        files.append(SiteFile(SitePath.topics) { r throws(SiteError) in try r.templates.render("topics", r.topicsPage()) })
        for (index, topic) in graph.topics.enumerated() {
            files.append(SiteFile(SitePath.topic(topic.slug)) { r throws(SiteError) in
                try r.templates.render("topic", r.topicPage(r.graph.topics[index]))
            })
        }
        files.append(SiteFile(SitePath.notFound) { r throws(SiteError) in
            var notFound = r.layout(for: SitePath.notFound, title: "Page not found")
            notFound.baseHref = r.options.baseURL
            notFound.noIndex = true
            return try r.templates.render("not-found", NotFoundPage(layout: notFound))
        })
        files.append(SiteFile(SitePath.search) { r throws(SiteError) in try r.templates.render("search", r.searchPage()) })
        files.append(SiteFile(SitePath.stylesheet) { r in r.templates.stylesheet })
        files.append(SiteFile(SitePath.searchScript) { r in r.templates.searchScript })
        files.append(SiteFile(SitePath.searchIndex) { r in SearchIndex(graph: r.graph).script() })
        files.append(SiteFile(SitePath.feed) { r in AtomFeed(graph: r.graph, options: r.options).xml() })
        let pages = files.map(\.path).filter { $0.hasSuffix(".html") && $0 != SitePath.notFound }
        files.append(SiteFile(SitePath.sitemap) { r in Sitemap(paths: pages, options: r.options).xml() })
        files.append(SiteFile(SitePath.quotesJSON) { r in QuotesData(graph: r.graph).json() })
        files.append(SiteFile(SitePath.quotesCSV) { r in QuotesCSV(graph: r.graph, options: r.options).csv() })
        return files
    }

    /// Renders every file in parallel, at most `jobs` at once, and hands each to `emit` as soon
    /// as it is made; `emit` is called from several tasks at once. Stops at the first error.
    public func render(jobs: Int, emit: @escaping @Sendable (String, Data) throws(SiteError) -> Void) async throws(SiteError) {
        let files = files()
        // Chunks of files keep the per-task overhead small next to the rendering itself.
        let chunk = max(1, min(64, files.count / max(1, jobs * 8)))
        let starts = Array(stride(from: 0, to: files.count, by: chunk))
        let renderer = self
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                var next = 0
                func startNext() {
                    guard next < starts.count else { return }
                    let range = starts[next]..<min(starts[next] + chunk, files.count)
                    next += 1
                    group.addTask {
                        for file in files[range] {
                            try Task.checkCancellation()
                            try emit(file.path, try file.contents(renderer))
                        }
                    }
                }
                for _ in 0..<max(1, jobs) { startNext() }
                while try await group.next() != nil { startNext() }
            }
        } catch let error as SiteError {
            throw error
        } catch {
            throw .outputNotWritten(path: "", reason: "\(error)")
        }
    }
}
