import Foundation
import SiteModel
import SitePages

extension SiteRenderer {
    /// Renders the pages of articles, speakers and topics and the archive pages named in
    /// `changed` (of the speakers `speakers` among them) and, when `withIndexes`, every other
    /// page (the indexes, search, not-found) and every data file (stylesheet, scripts, feeds,
    /// sitemap, search index, quotes), `jobs` pages at once: the same files, byte for byte, as a
    /// whole render makes. `digest` is the graph's, which counts each node's pages without laying
    /// them out. The pages come back as path and bytes; the data files, the largest of the site,
    /// go to `write` as they are made, which tells whether the file changed. Also returns how
    /// many files the whole site has.
    package func render(
        changed: Set<String>, speakers: Set<String>, withIndexes: Bool, digest: GraphDigest, jobs: Int,
        writingData write: @escaping @Sendable (String, FileBytes) throws(SiteError) -> Bool
    ) async throws(SiteError) -> (files: [(path: String, data: Data)], written: [String], searchPaths: [String], total: Int) {
        let pages = pageJobs(only: PageChoice(indexes: withIndexes, paths: changed, speakers: speakers))
        let pagePaths = indexPagePaths + Self.archivePagination(of: graph).paths + digest.nodePagePaths
        let data = dataJobs(pagePaths: pagePaths)
        // The largest jobs start first, so that none is left running alone at the end: the
        // pages of the most-quoted speakers (the one who said most lists thousands of quotes),
        // then the data files and index pages, then the rest.
        let speakerPages = Dictionary(
            graph.speakers.filter { changed.contains(SitePath.person($0.slug)) }.map { (SitePath.person($0.slug), $0.quotes.count) },
            uniquingKeysWith: { first, _ in first })
        let largest = pages.filter { speakerPages[$0.path] != nil }.sorted { speakerPages[$0.path]! > speakerPages[$1.path]! }
        let work =
            largest.map { job in Job.page(job) } + (withIndexes ? [Job.search] + data.map { job in Job.data(job) } : [])
            + pages.filter { speakerPages[$0.path] == nil }.map { job in Job.page(job) }
        let rendered = await Parallel.map(work, jobs: jobs) { job -> Result<Made, SiteError> in
            switch job {
            case .search:
                return Result { () throws(SiteError) in
                    // Only the files of the changed articles and words are made, when the
                    // previous index allows; the others are the output's as they are.
                    var written: [String] = []
                    let paths = try SearchIndex(graph: graph).write(reusing: pieceReuse, recorder: pieceRecorder) {
                        (file: SearchIndex.File) throws(SiteError) in
                        if try write(file.path, FileBytes(Data(file.bytes))) { written.append(file.path) }
                    }
                    return .search(paths: paths, written: written)
                }
            case .data(let job):
                return Result { () throws(SiteError) in .data(path: job.path, changed: try write(job.path, job.bytes)) }
            case .page(let job):
                return Result { () throws(SiteError) in .page(path: job.path, data: Data(try job.render().utf8)) }
            }
        }
        var files: [(path: String, data: Data)] = []
        var written: [String] = []
        var searchPaths: [String] = []
        for result in rendered {
            switch try result.get() {
            case .page(let path, let data): files.append((path, data))
            case .data(let path, let changed): if changed { written.append(path) }
            case .search(let paths, let changed):
                searchPaths = paths
                written += changed
            }
        }
        return (files, written, searchPaths, pagePaths.count + data.count + searchPaths.count)
    }

    /// What a job made: a page's bytes, or whether a data file written as it was made changed.
    private enum Made: Sendable {
        case page(path: String, data: Data)
        case data(path: String, changed: Bool)
        case search(paths: [String], written: [String])
    }

    /// A page or another file to make.
    private enum Job: Sendable {
        case search
        case data(DataJob)
        case page(PageJob)
    }
}
