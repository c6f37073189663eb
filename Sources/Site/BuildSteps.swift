import Articles
import Attribution
import Content
import Foundation
import SiteModel
import SiteOutput
import SitePages

/// An article read and attributed, ready to be written as annotated Markdown.
public struct AnnotatedArticle: Sendable {
    /// Where it came from and its slug.
    public var source: ArticleSource
    /// The article as read.
    public var article: Article
    /// The quotes and speakers found in it.
    public var annotations: Annotations
}

/// The build's steps, each a function of plain values that can be run and tested alone.
public enum BuildSteps {
    /// Reads and attributes every article, in parallel; results come back in the order of
    /// `sources`, so the output is the same as reading them one at a time. With a `cache`, files
    /// that did not change since the cache saw them are not annotated again. `finished` hears how
    /// many articles are done after each one.
    public static func annotate(
        _ sources: [ArticleSource], people: PeopleDirectory, cache: AnnotationCache? = nil,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, finished: (@Sendable (Int) -> Void)? = nil
    ) async -> (articles: [AnnotatedArticle], errors: [SiteError]) {
        let results = await Parallel.map(sources, jobs: jobs, finished: finished) {
            await annotate($0, people: people, cache: cache)
        }
        var articles: [AnnotatedArticle] = []
        var errors: [SiteError] = []
        for result in results {
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let error): errors.append(error)
            }
        }
        return (articles, errors)
    }

    /// Reads and attributes one article, or takes the cache's result when its file is unchanged.
    static func annotate(
        _ source: ArticleSource, people: PeopleDirectory, cache: AnnotationCache?
    ) async -> Result<AnnotatedArticle, SiteError> {
        guard let cache, let bytes = FileManager.default.contents(atPath: source.url.path) else {
            return annotate(source, people: people)
        }
        if let cached = await cache.result(for: source, bytes: bytes, people: people) { return .success(cached) }
        let result = annotate(source, people: people)
        if case .success(let annotated) = result { await cache.store(annotated, bytes: bytes, people: people) }
        return result
    }

    /// Reads and attributes one article.
    public static func annotate(_ source: ArticleSource, people: PeopleDirectory) -> Result<AnnotatedArticle, SiteError> {
        do {
            let article = try ArticleReader.read(fileAt: source.url)
            let annotations = Attributor.attribute(article, people: people)
            return .success(AnnotatedArticle(source: source, article: article, annotations: annotations))
        } catch {
            return .failure(.articleUnreadable(path: source.url.path, message: error.description))
        }
    }

    /// Writes `content/<slug>.md` for each article, except files a person has edited, which are
    /// the truth and stay as they are. Returns the slugs kept as edited.
    public static func writeContent(
        _ articles: [AnnotatedArticle], into folder: URL
    ) -> (kept: [String], errors: [SiteError]) {
        if let error = makeFolder(folder) { return ([], [error]) }
        return collect(articles.map { writeContent($0, into: folder) })
    }

    /// `writeContent(_:into:)` with `jobs` articles at once; the same files and results.
    public static func writeContent(
        _ articles: [AnnotatedArticle], into folder: URL, jobs: Int
    ) async -> (kept: [String], errors: [SiteError]) {
        if let error = makeFolder(folder) { return ([], [error]) }
        return collect(await Parallel.map(articles, jobs: jobs) { writeContent($0, into: folder) })
    }

    /// What writing one article's annotated Markdown did.
    enum ContentWrite: Sendable {
        /// Written, or already there as it should be.
        case done
        /// Left as a person edited it.
        case kept(String)
        /// Could not be written.
        case failed(SiteError)
    }

    /// Writes one article's `content/<slug>.md` unless it is already right or was edited by hand.
    static func writeContent(_ item: AnnotatedArticle, into folder: URL) -> ContentWrite {
        let url = folder.appending(path: "\(item.source.slug).md", directoryHint: .notDirectory)
        let markdown = Data(AnnotatedMarkdown.write(article: item.article, annotations: item.annotations).utf8)
        // Rewriting an unchanged file would wake the preview's watcher for nothing.
        if FileManager.default.contents(atPath: url.path) == markdown { return .done }
        if AnnotatedMarkdown.isHandEdited(url.path) { return .kept(item.source.slug) }
        if let reason = OutputFile.replace(url.path, with: markdown) {
            return .failed(.contentNotWritten(path: url.path, reason: reason))
        }
        return .done
    }

    static func makeFolder(_ folder: URL) -> SiteError? {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return nil
        } catch {
            return .contentNotWritten(path: folder.path, reason: (error as NSError).localizedDescription)
        }
    }

    static func collect(_ writes: [ContentWrite]) -> (kept: [String], errors: [SiteError]) {
        var kept: [String] = []
        var errors: [SiteError] = []
        for write in writes {
            switch write {
            case .done: break
            case .kept(let slug): kept.append(slug)
            case .failed(let error): errors.append(error)
            }
        }
        return (kept, errors)
    }

    /// Reads every `*.md` in the content folder, sorted by name; a missing folder has no documents.
    /// `slugs` names every content file found, read or not.
    public static func readContent(in folder: URL) -> (documents: [Document], errors: [SiteError], slugs: [String]) {
        let files = contentFiles(in: folder)
        return collect(files.map { readDocument(at: $0.url, slug: $0.slug) }, slugs: files.map(\.slug))
    }

    /// `readContent(in:)` with `jobs` files at once; the same documents in the same order.
    public static func readContent(
        in folder: URL, jobs: Int
    ) async -> (documents: [Document], errors: [SiteError], slugs: [String]) {
        await readContent(in: folder, jobs: jobs) { $0 }
    }

    /// `readContent(in:jobs:)` with each document turned into what the caller keeps of it as
    /// soon as it is read, so that whole documents are never all held at once.
    static func readContent<Kept: Sendable>(
        in folder: URL, jobs: Int, keeping keep: @escaping @Sendable (Document) -> Kept
    ) async -> (documents: [Kept], errors: [SiteError], slugs: [String]) {
        let files = contentFiles(in: folder)
        let results = await Parallel.map(files, jobs: jobs) { readDocument(at: $0.url, slug: $0.slug).map(keep) }
        return collect(results, slugs: files.map(\.slug))
    }

    /// The content files in name order, each with its slug (made unique in that order).
    static func contentFiles(in folder: URL) -> [(url: URL, slug: String)] {
        // Told as files without looking (see `ArticleReader.articleFiles`).
        contentNames(in: folder).map { (folder.appending(path: $0.name, directoryHint: .notDirectory), $0.slug) }
    }

    /// `contentFiles(in:)` by file name, for callers that open only a few of them.
    static func contentNames(in folder: URL) -> [(name: String, slug: String)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var taken = Set<String>()
        return names.sorted().filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.map { name in
            let slug = Slug.unique(SlugMemo.slug(String(name.dropLast(3))), avoiding: taken)
            taken.insert(slug)
            return (name, slug)
        }
    }

    private static func collect<Kept>(
        _ results: [Result<Kept, SiteError>], slugs: [String]
    ) -> (documents: [Kept], errors: [SiteError], slugs: [String]) {
        var documents: [Kept] = []
        var errors: [SiteError] = []
        for result in results {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let error): errors.append(error)
            }
        }
        return (documents, errors, slugs.sorted())
    }

    /// Reads one annotated Markdown file.
    public static func readDocument(at url: URL, slug: String) -> Result<Document, SiteError> {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8)
        else {
            return .failure(.contentUnreadable(path: url.path, reason: "not readable as UTF-8 text"))
        }
        do {
            return .success(try AnnotatedMarkdown.read(text, slug: slug, path: url.path))
        } catch {
            return .failure(.contentInvalid(path: url.path, error: error))
        }
    }

    /// Reads `people.yml` when there is one.
    public static func readPeople(at url: URL) throws(SiteError) -> PeopleDirectory {
        guard FileManager.default.fileExists(atPath: url.path) else { return .empty }
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            return try PeopleDirectory(yaml: text, path: url.path)
        } catch let error as AttributionError {
            throw .peopleInvalid(path: url.path, error: error)
        } catch {
            throw .peopleUnreadable(path: url.path, reason: "not readable as UTF-8 text")
        }
    }
}
