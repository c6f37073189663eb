import Attribution
import Foundation

/// Remembers what attribution found in each article file, so that a rebuild (the preview's, after
/// every change) only annotates the files whose bytes or whose `people.yml` changed.
///
/// Attribution is a pure function of an article's text and the people file, which is what makes
/// reusing its result safe. An actor, because the articles of one build are annotated in parallel.
public actor AnnotationCache {
    /// The people file the cached results were found with; a different one empties the cache.
    private var people: [PeopleDirectory.Entry]?
    /// Results by file, with the bytes they were computed from.
    private var entries: [URL: (bytes: Data, result: AnnotatedArticle)] = [:]

    /// Creates an empty cache.
    public init() {}

    /// The earlier result for `source`, if its file still holds `bytes` and `people` is unchanged.
    func result(for source: ArticleSource, bytes: Data, people: PeopleDirectory) -> AnnotatedArticle? {
        guard self.people == people.entries, let entry = entries[source.url], entry.bytes == bytes else { return nil }
        var result = entry.result
        result.source = source
        return result
    }

    /// Keeps `result`, found from `bytes` with `people`.
    func store(_ result: AnnotatedArticle, bytes: Data, people: PeopleDirectory) {
        if self.people != people.entries {
            entries = [:]
            self.people = people.entries
        }
        entries[result.source.url] = (bytes, result)
    }

    /// How many files have a result kept.
    public var count: Int { entries.count }
}
