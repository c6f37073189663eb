import Attribution
import Foundation
import SiteModel
import SitePages

/// What bringing the content files up to date with their articles did.
struct ContentUpdate: Sendable {
    /// The articles read and attributed, in the order of their sources.
    var annotated: [String]
    /// Articles that could not be read.
    var annotationErrors: [SiteError]
    /// Content files left as a person edited them.
    var kept: [String]
    /// Content files that could not be written.
    var writeErrors: [SiteError]
}

extension BuildSteps {
    /// Reads, attributes and writes the content file of every article of `sources`, `jobs` at
    /// once. Each article goes from its file to its content file in one step, so no more than
    /// `jobs` articles are held at a time; a strict update reads them all first and throws
    /// before writing anything when one is bad. `finished` hears how many are done.
    static func updateContent(
        _ sources: [ArticleSource], people: PeopleDirectory, cache: AnnotationCache?, into folder: URL, jobs: Int,
        strict: Bool, finished: (@Sendable (Int) -> Void)? = nil
    ) async throws(SiteError) -> ContentUpdate {
        if strict {
            let annotated = await annotate(sources, people: people, cache: cache, jobs: jobs, finished: finished)
            if !annotated.errors.isEmpty { throw .strictStop(problems: annotated.errors) }
            let written = await writeContent(annotated.articles, into: folder, jobs: jobs)
            return ContentUpdate(
                annotated: annotated.articles.map(\.source.slug), annotationErrors: [], kept: written.kept,
                writeErrors: written.errors)
        }
        if let error = makeFolder(folder) {
            let annotated = await annotate(sources, people: people, cache: cache, jobs: jobs, finished: finished)
            return ContentUpdate(
                annotated: annotated.articles.map(\.source.slug), annotationErrors: annotated.errors, kept: [],
                writeErrors: [error])
        }
        let results = await Parallel.map(sources, jobs: jobs, finished: finished) { source in
            await annotate(source, people: people, cache: cache).map { (source.slug, writeContent($0, into: folder)) }
        }
        var annotated: [String] = []
        var writes: [ContentWrite] = []
        var errors: [SiteError] = []
        for result in results {
            switch result {
            case .success(let (slug, write)):
                annotated.append(slug)
                writes.append(write)
            case .failure(let error):
                errors.append(error)
            }
        }
        let written = collect(writes)
        return ContentUpdate(annotated: annotated, annotationErrors: errors, kept: written.kept, writeErrors: written.errors)
    }
}
