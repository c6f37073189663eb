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
        // The data files and index pages are the largest jobs; they start first, side by side
        // with each other and with the pages.
        let data = dataJobs(pagePaths: all.map(\.path))
        let pages = all.filter { changed.contains($0.path) || (withIndexes && !nodePages.contains($0.path)) }
        let work = (withIndexes ? data.map { job in Job.data(job) } : []) + pages.map { job in Job.page(job) }
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
