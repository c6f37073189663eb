import Foundation

extension SiteRenderer {
    /// Renders every file of the site, pages in parallel (at most `jobs` chunks of pages at once),
    /// and hands each file to `emit` as soon as it is made, so a large site is never held in
    /// memory whole; `emit` is called from several tasks at once. Returns the number of files.
    /// The files are the same, byte for byte, as `render()` makes. Stops at the first error.
    public func render(jobs: Int, emit: @escaping @Sendable (String, Data) throws(SiteError) -> Void) async throws(SiteError)
        -> Int
    {
        let pages = pageJobs()
        // Chunks of pages keep the per-task overhead small next to the rendering itself.
        let chunk = max(1, min(64, pages.count / max(1, jobs * 8)))
        let starts = Array(stride(from: 0, to: pages.count, by: chunk))
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                var next = 0
                func startNext() {
                    guard next < starts.count else { return }
                    let range = starts[next]..<min(starts[next] + chunk, pages.count)
                    next += 1
                    group.addTask {
                        for page in pages[range] {
                            try Task.checkCancellation()
                            try emit(page.path, Data(try page.render().utf8))
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
        let data = dataFiles(pagePaths: pages.map(\.path))
        for (path, contents) in data { try emit(path, contents) }
        return pages.count + data.count
    }
}
