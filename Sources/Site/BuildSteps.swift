import Articles
import Attribution
import Content
import Foundation

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
    /// that did not change since the cache saw them are not annotated again.
    public static func annotate(
        _ sources: [ArticleSource], people: PeopleDirectory, cache: AnnotationCache? = nil
    ) async -> (articles: [AnnotatedArticle], errors: [SiteError]) {
        let results = await withTaskGroup(of: (Int, Result<AnnotatedArticle, SiteError>).self) { group in
            for (position, source) in sources.enumerated() {
                group.addTask { (position, await annotate(source, people: people, cache: cache)) }
            }
            var results = [Result<AnnotatedArticle, SiteError>?](repeating: nil, count: sources.count)
            for await (position, result) in group { results[position] = result }
            return results.compactMap { $0 }
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
        var kept: [String] = []
        var errors: [SiteError] = []
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return ([], [.contentNotWritten(path: folder.path, reason: (error as NSError).localizedDescription)])
        }
        for item in articles {
            let url = folder.appendingPathComponent("\(item.source.slug).md")
            let markdown = AnnotatedMarkdown.write(article: item.article, annotations: item.annotations)
            // Rewriting an unchanged file would wake the preview's watcher for nothing.
            if FileManager.default.contents(atPath: url.path) == Data(markdown.utf8) { continue }
            if AnnotatedMarkdown.isHandEdited(url.path) {
                kept.append(item.source.slug)
                continue
            }
            do {
                try Data(markdown.utf8).write(to: url, options: .atomic)
            } catch {
                errors.append(.contentNotWritten(path: url.path, reason: (error as NSError).localizedDescription))
            }
        }
        return (kept, errors)
    }

    /// Reads every `*.md` in the content folder, sorted by name; a missing folder has no documents.
    /// `slugs` names every content file found, read or not.
    public static func readContent(in folder: URL) -> (documents: [Document], errors: [SiteError], slugs: [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return ([], [], []) }
        var documents: [Document] = []
        var errors: [SiteError] = []
        var taken = Set<String>()
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let slug = Slug.unique(Slug.make(String(name.dropLast(3))), avoiding: taken)
            taken.insert(slug)
            switch readDocument(at: folder.appendingPathComponent(name), slug: slug) {
            case .success(let document): documents.append(document)
            case .failure(let error): errors.append(error)
            }
        }
        return (documents, errors, taken.sorted())
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
