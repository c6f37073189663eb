import Foundation

extension SiteRenderer {
    /// Renders the pages of articles, speakers and topics named in `changed` and, when
    /// `withIndexes`, every other page (the indexes, search, not-found) and every data file
    /// (stylesheet, scripts, feeds, sitemap, search index, quotes), `jobs` pages at once, as path
    /// and bytes: the same files, byte for byte, as a whole render makes. Also returns how many
    /// files the whole site has.
    func render(
        changed: Set<String>, withIndexes: Bool, jobs: Int
    ) async throws(SiteError) -> (files: [(path: String, data: Data)], total: Int) {
        let all = pageJobs()
        let nodePages = graph.nodePages
        let data = dataJobs(pagePaths: all.map(\.path))
        let pages = all.filter { changed.contains($0.path) || (withIndexes && !nodePages.contains($0.path)) }
        // The largest jobs start first, so that none is left running alone at the end: the
        // pages of the most-quoted speakers (the one who said most lists thousands of quotes),
        // then the data files and index pages, then the rest.
        let speakerPages = Dictionary(
            graph.speakers.filter { changed.contains(SitePath.person($0.slug)) }.map { (SitePath.person($0.slug), $0.quotes.count) },
            uniquingKeysWith: { first, _ in first })
        let largest = pages.filter { speakerPages[$0.path] != nil }.sorted { speakerPages[$0.path]! > speakerPages[$1.path]! }
        let work =
            largest.map { job in Job.page(job) } + (withIndexes ? data.map { job in Job.data(job) } : [])
            + pages.filter { speakerPages[$0.path] == nil }.map { job in Job.page(job) }
        let rendered = await Parallel.map(work, jobs: jobs) { job -> Result<(path: String, data: Data), SiteError> in
            switch job {
            case .data(let job): return .success((job.path, job.make()))
            case .page(let job):
                return Result { () throws(SiteError) in (job.path, Data(try job.render().utf8)) }
            }
        }
        var files: [(path: String, data: Data)] = []
        for result in rendered { files.append(try result.get()) }
        return (files, all.count + data.count)
    }

    /// A page or another file to make.
    private enum Job: Sendable {
        case data(DataJob)
        case page(PageJob)
    }
}
