import Foundation

extension SiteRenderer {
    /// Renders the pages of articles, speakers and topics named in `changed`, every other page
    /// (the indexes, search, not-found) and every data file (stylesheet, scripts, feeds, sitemap,
    /// search index, quotes), `jobs` pages at once, as path and bytes: the same files, byte for
    /// byte, as a whole render makes. Also returns how many files the whole site has.
    func render(
        changed: Set<String>, jobs: Int
    ) async throws(SiteError) -> (files: [(path: String, data: Data)], total: Int) {
        let all = pageJobs()
        let nodePages = graph.nodePages
        let selected = all.filter { changed.contains($0.path) || !nodePages.contains($0.path) }
        let rendered = await Parallel.map(selected, jobs: jobs) { job in
            Result { () throws(SiteError) in (job.path, Data(try job.render().utf8)) }
        }
        var files: [(path: String, data: Data)] = []
        for result in rendered { files.append(try result.get()) }
        let data = dataFiles(pagePaths: all.map(\.path))
        return (files + data, all.count + data.count)
    }
}
