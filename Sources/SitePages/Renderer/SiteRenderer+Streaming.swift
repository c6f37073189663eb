import Foundation

extension SiteRenderer {
    /// Renders every file of the site, pages in parallel (at most `jobs` chunks of pages at once),
    /// and hands each file to `emit` as it is made, so a large site is never held in memory
    /// whole (the data files are handed over before they are made, to be written piece by
    /// piece); `emit` is called from several tasks at once. Returns the number of files.
    /// The files are the same, byte for byte, as `render()` makes. Stops at the first error.
    package func render(jobs: Int, emit: @escaping @Sendable (String, FileBytes) throws(SiteError) -> Void) async throws(SiteError)
        -> Int
    {
        // Taken from the end as they start, so that each unit's jobs, and what they hold (a
        // speaker's layout, say), go as soon as it is done.
        var pending = Array(units(jobs: jobs).reversed())
        do {
            return try await withThrowingTaskGroup(of: Int.self) { group in
                func startNext() {
                    guard let unit = pending.popLast() else { return }
                    group.addTask {
                        switch unit {
                        case .search:
                            // Each file is written as it is made, so the index is never held whole.
                            let paths = try SearchIndex(graph: graph).write(reusing: pieceReuse, recorder: pieceRecorder) {
                                (file: SearchIndex.File) throws(SiteError) in try emit(file.path, FileBytes(Data(file.bytes)))
                            }
                            return paths.count
                        case .data(let job):
                            try emit(job.path, job.bytes)
                            return 1
                        case .pages(let pages):
                            for page in pages {
                                try Task.checkCancellation()
                                try emit(page.path, FileBytes(text: try page.render()))
                            }
                            return pages.count
                        }
                    }
                }
                for _ in 0..<max(1, jobs) { startNext() }
                var files = 0
                while let made = try await group.next() {
                    files += made
                    startNext()
                }
                return files
            }
        } catch let error as SiteError {
            throw error
        } catch {
            throw .outputNotWritten(path: "", reason: "\(error)")
        }
    }

    /// The work of rendering the whole site, in the order it is started, for about `jobs` tasks.
    private func units(jobs: Int) -> [RenderUnit] {
        let pages = pageJobs()
        let data = dataJobs(pagePaths: pages.map(\.path))
        // Chunks of pages keep the per-task overhead small next to the rendering itself. The data
        // files are the largest jobs (every quote of the site), so they start first, side by side
        // with each other and with the pages, instead of one after another at the end.
        let chunk = max(1, min(64, pages.count / max(1, jobs * 8)))
        return [.search] + data.map(RenderUnit.data)
            + stride(from: 0, to: pages.count, by: chunk).map { .pages(Array(pages[$0..<min($0 + chunk, pages.count)])) }
    }

    /// A piece of rendering work for one task.
    private enum RenderUnit: Sendable {
        /// The search index, many small files made together.
        case search
        /// One data file.
        case data(DataJob)
        /// A run of consecutive pages.
        case pages([PageJob])
    }
}
