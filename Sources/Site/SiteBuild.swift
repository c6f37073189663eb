import Attribution
import Foundation

/// What a build did, for the command to report.
public struct BuildReport: Sendable {
    /// Articles with a page on the site.
    public var articleCount: Int
    /// Speakers with a page.
    public var speakerCount: Int
    /// Topics with a page.
    public var topicCount: Int
    /// Files written into the output folder.
    public var fileCount: Int
    /// Content files left as a person edited them.
    public var keptEdited: [String]
    /// Problems with single articles or content files; each was skipped and the rest built.
    public var problems: [SiteError]
    /// How many articles are missing from the site because of `problems`.
    public var leftOut: Int
}

/// A whole build: articles → annotated Markdown → graph → pages → output folder.
///
/// Each step is a function in `BuildSteps` or a value type of this module; this type only runs
/// them in order. A bad article is skipped and reported; an error that would make the whole
/// site wrong (a broken template, an unwritable output) stops the build before the previous
/// output is touched.
public struct SiteBuild: Sendable {
    /// The project folder: `articles/`, and optionally `content/`, `templates/`, `people.yml`.
    public var root: URL
    /// The folder the site is written to.
    public var output: URL
    /// Site-wide settings.
    public var options: SiteOptions
    /// How many articles or pages are worked on at once; the output is the same for any number.
    public var jobs: Int

    /// Stop at the first bad article or content file instead of building the site without it.
    public var strict: Bool
    /// Results of earlier builds to reuse for unchanged articles (the preview keeps one).
    public var cache: AnnotationCache?
    /// Hears how far the build has got; nil to build quietly.
    public var progress: BuildProgressHandler?

    /// Creates a build of the project at `root` into `output`, `jobs` articles or pages at once
    /// (by default one per core).
    public init(
        root: URL, output: URL, options: SiteOptions = SiteOptions(), strict: Bool = false, cache: AnnotationCache? = nil,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.root = root.standardizedFileURL
        self.output = output.standardizedFileURL
        self.options = options
        self.strict = strict
        self.cache = cache
        self.jobs = max(1, jobs)
    }

    /// The articles folder.
    public var articlesFolder: URL { root.appendingPathComponent("articles") }
    /// The annotated Markdown folder.
    public var contentFolder: URL { root.appendingPathComponent("content") }
    /// The folder of the site's own templates.
    public var templatesFolder: URL { root.appendingPathComponent("templates") }
    /// The site-wide speaker identities.
    public var peopleFile: URL { root.appendingPathComponent("people.yml") }

    /// Runs every step and swaps the new site in, telling `progress` (when set) how far it got.
    public func run() async throws(SiteError) -> BuildReport {
        let report = progress ?? { _ in }
        report(BuildProgress(stage: .reading, done: 0, total: 0))
        let templates = try SiteTemplates(overridesIn: templatesFolder)
        let people = try BuildSteps.readPeople(at: peopleFile)
        // A project may keep only its annotated Markdown; without either folder there is nothing to build.
        let hasContent = FileManager.default.fileExists(atPath: contentFolder.path)
        let sources =
            hasContent && !FileManager.default.fileExists(atPath: articlesFolder.path)
            ? [] : try ArticleSources.find(in: articlesFolder)
        // Articles whose file, content file, people file and program are as the last build saw
        // them keep their annotated Markdown; only the others are read, attributed and written.
        let annotator = annotatorKey()
        let previous = BuildCache.load(root: root, annotator: annotator)
        let hashes = await hashes(of: sources)
        let isFresh = zip(sources, hashes).map { previous.isFresh($0.slug, article: $1.article ?? "", content: $1.content) }
        let stale = zip(sources, isFresh).filter { !$1 }.map(\.0)
        let total = stale.count
        report(BuildProgress(stage: .annotating, done: 0, total: total))
        let annotated = await BuildSteps.annotate(stale, people: people, cache: cache, jobs: jobs) { done in
            report(BuildProgress(stage: .annotating, done: done, total: total))
        }
        // Strict builds stop before writing anything when an article is bad, and before the
        // site when a content file is.
        if strict, !annotated.errors.isEmpty { throw .strictStop(problems: annotated.errors) }
        report(BuildProgress(stage: .writingContent, done: 0, total: annotated.articles.count))
        let written = await BuildSteps.writeContent(annotated.articles, into: contentFolder, jobs: jobs)

        var next = BuildCache(annotator: annotator)
        let contentHashes = await contentHashes()
        // Remembered: fresh articles, and the ones written now, unless kept as edited or not written.
        let unwritten = Set(written.errors.map(\.path))
        let remembered = Set(annotated.articles.map(\.source.slug)).subtracting(written.kept)
        for (source, (hash, fresh)) in zip(sources, zip(hashes, isFresh)) {
            let file = contentFolder.appendingPathComponent("\(source.slug).md")
            guard let article = hash.article, let content = contentHashes[file.lastPathComponent],
                fresh || (remembered.contains(source.slug) && !unwritten.contains(file.path))
            else { continue }
            next.articles[source.slug] = BuildCache.Entry(article: article, content: content)
        }
        let inputs = siteInputs(annotator: annotator, content: contentHashes)
        if annotated.errors.isEmpty, written.errors.isEmpty, written.kept.isEmpty, let stamp = previous.site,
            stamp.inputs == inputs, stamp.output == outputFingerprint()
        {
            // Nothing the site is made from changed, and the output is the one that build left.
            next.site = stamp
            next.save(root: root)
            return BuildReport(
                articleCount: stamp.articleCount, speakerCount: stamp.speakerCount, topicCount: stamp.topicCount,
                fileCount: stamp.fileCount, keptEdited: [], problems: [], leftOut: 0)
        }

        report(BuildProgress(stage: .linking, done: 0, total: annotated.articles.count))
        let content = await BuildSteps.readContent(in: contentFolder, jobs: jobs)
        if strict, !(written.errors + content.errors).isEmpty {
            throw .strictStop(problems: written.errors + content.errors)
        }

        let graph = SiteGraph(
            documents: content.documents,
            identities: SpeakerIdentities(people: people, documents: content.documents))
        // Pages are written as they are rendered, so the site is never held in memory whole.
        let renderer = SiteRenderer(graph: graph, templates: templates, options: options)
        report(BuildProgress(stage: .rendering, done: 0, total: graph.articles.count))
        let fileCount = try await SiteWriter(output: output).write(renderer, jobs: jobs)
        report(BuildProgress(stage: .writing, done: graph.articles.count, total: graph.articles.count))

        let built = Set(content.documents.map(\.slug))
        let result = BuildReport(
            articleCount: graph.articles.count, speakerCount: graph.speakers.count, topicCount: graph.topics.count,
            fileCount: fileCount, keptEdited: written.kept,
            problems: annotated.errors + written.errors + content.errors,
            leftOut: Set(sources.map(\.slug) + content.slugs).subtracting(built).count)
        if result.problems.isEmpty, result.keptEdited.isEmpty, result.leftOut == 0, let fingerprint = outputFingerprint() {
            next.site = BuildCache.SiteStamp(
                inputs: inputs, output: fingerprint, articleCount: result.articleCount,
                speakerCount: result.speakerCount, topicCount: result.topicCount, fileCount: result.fileCount)
        }
        next.save(root: root)
        return result
    }
}
