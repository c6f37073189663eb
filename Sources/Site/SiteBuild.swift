import Attribution
import Content
import Foundation
import SiteIncremental
import SiteModel
import SiteOutput
import SitePages

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
        var next = BuildCache(annotator: annotator)
        let hashes = await hashes(of: sources, known: previous, next: &next)
        let isFresh = zip(sources, hashes).map { previous.isFresh($0.slug, article: $1.article ?? "", content: $1.content) }
        let stale = zip(sources, isFresh).filter { !$1 }.map(\.0)
        let total = stale.count
        report(BuildProgress(stage: .annotating, done: 0, total: total))
        // Strict builds stop before writing anything when an article is bad, and before the
        // site when a content file is.
        let update = try await BuildSteps.updateContent(
            stale, people: people, cache: cache, into: contentFolder, jobs: jobs, strict: strict
        ) { done in
            report(BuildProgress(stage: .annotating, done: done, total: total))
        }

        // Content files of fresh articles were hashed above and not written since.
        let unchanged = Set(zip(sources, isFresh).filter(\.1).map { "\($0.0.slug).md" })
        let contentHashes = await contentHashes(known: previous, unchanged: unchanged, next: &next)
        // Remembered: fresh articles, and the ones written now, unless kept as edited or not written.
        let unwritten = Set(update.writeErrors.map(\.path))
        let remembered = Set(update.annotated).subtracting(update.kept)
        // By name: a URL per article cost more than the rest of this loop; the path is only made
        // when some content file was not written.
        let folder = contentFolder
        for (source, (hash, fresh)) in zip(sources, zip(hashes, isFresh)) {
            let name = "\(source.slug).md"
            guard let article = hash.article, let content = contentHashes[name],
                fresh
                    || (remembered.contains(source.slug)
                        && (unwritten.isEmpty || !unwritten.contains(folder.appendingPathComponent(name).path)))
            else { continue }
            next.articles[source.slug] = BuildCache.Entry(article: article, content: content)
        }
        let frame = siteFrame(annotator: annotator)
        let inputs = siteInputs(frame: frame, content: contentHashes)
        // Content files kept as a person edited them are the truth the site is built from; they
        // are reported on every build, and do not stop the savings below.
        let clean = update.annotationErrors.isEmpty && update.writeErrors.isEmpty
        let trees = previous.site == nil ? nil : SiteTrees.load(root: root)
        if clean, let stamp = previous.site, stamp.inputs == inputs, outputIsRecorded(stamp, trees: trees) {
            // Nothing the site is made from changed, and the output is the one that build left.
            next.site = stamp
            next.save(root: root)
            SiteWriter(output: output).removeRetired()
            return BuildReport(
                articleCount: stamp.articleCount, speakerCount: stamp.speakerCount, topicCount: stamp.topicCount,
                fileCount: stamp.fileCount, keptEdited: update.kept, problems: [], leftOut: 0)
        }
        if clean,
            let result = try await rebuildChanged(
                previous: previous, trees: trees, frame: frame, inputs: inputs, contentHashes: contentHashes,
                people: people, templates: templates, keptEdited: update.kept, next: &next)
        {
            // The build caches' twenty thousand records are let go of elsewhere (see `Disposal`).
            Disposal.release((consume previous, consume contentHashes, consume hashes, consume sources))
            SiteWriter(output: output).removeRetired()
            return result
        }

        report(BuildProgress(stage: .linking, done: 0, total: update.annotated.count))
        // Each document is summarised as it is read; its body is read again when its page is
        // rendered, so no more than a few whole documents are held at a time.
        let content = await BuildSteps.readContent(in: contentFolder, jobs: jobs) { ArticleSummary($0) }
        if strict, !(update.writeErrors + content.errors).isEmpty {
            throw .strictStop(problems: update.writeErrors + content.errors)
        }

        let summaries = content.documents
        let identities = SpeakerIdentities(people: people, summaries: summaries)
        let built = Set(summaries.map(\.document.slug))
        // Each article's content file and its hash, for the pages' bodies and the graph cache.
        var files: [String: (name: String, hash: String)] = [:]
        for (name, slug) in BuildSteps.contentNames(in: contentFolder) where built.contains(slug) {
            guard let hash = contentHashes[name] else { continue }
            files[slug] = (name, hash)
        }
        let folderPath = contentFolder.path + "/"
        let bodies = files.mapValues { ContentBodies.File(path: folderPath + $0.name, hash: $0.hash) }
        let problems = update.annotationErrors + update.writeErrors + content.errors
        let leftOut = Set(sources.map(\.slug) + content.slugs).subtracting(built).count
        // The graph cache no longer describes the output once the new site is swapped in.
        GraphCache.remove(root: root)
        let writer = SiteWriter(output: output)
        let site = try await render(
            summaries: summaries, bodies: ContentBodies(files: bodies), identities: identities, templates: templates,
            writer: writer, digesting: problems.isEmpty && leftOut == 0)
        let result = BuildReport(
            articleCount: site.articleCount, speakerCount: site.speakerCount, topicCount: site.topicCount,
            fileCount: site.fileCount, keptEdited: update.kept, problems: problems, leftOut: leftOut)
        if let digest = site.digest, let outputTree = TreeRecord.scan(output.path) {
            // A later rebuild updates a spare copy of this site, linked to it, and swaps it in.
            let generation = UUID().uuidString
            var entries: [String: GraphCache.Entry] = [:]
            for summary in summaries {
                guard let file = files[summary.document.slug] else { continue }
                entries[file.name] = GraphCache.Entry(hash: file.hash, summary: summary)
            }
            // The spare is linked while the graph cache is written; a spare the cache does not
            // describe is never vouched for, so the next build replaces it.
            async let spare = writer.cloneSpare(jobs: jobs)
            let saved =
                entries.count == summaries.count
                && GraphCache(
                    generation: generation, program: programKey(), entries: entries, digest: digest, pieces: site.pieces,
                    links: site.links
                ).save(root: root)
            let spareTree = await spare
            // Without a spare the output's record is still kept, for a build with nothing changed.
            let kept = SiteTrees(output: outputTree, spare: spareTree ?? TreeRecord()).save(root: root)
            let rebuildable = saved && kept && spareTree != nil
            next.site = BuildCache.SiteStamp(
                inputs: inputs, output: kept ? outputTree.fingerprint : "", articleCount: result.articleCount,
                speakerCount: result.speakerCount, topicCount: result.topicCount, fileCount: result.fileCount,
                frame: frame, generation: rebuildable ? generation : "", spare: rebuildable ? spareTree?.fingerprint : nil,
                lag: [])
        }
        next.save(root: root)
        writer.removeRetired()
        return result
    }

    /// What rendering a whole site leaves for the report and the graph cache.
    private struct RenderedSite {
        var articleCount: Int
        var speakerCount: Int
        var topicCount: Int
        var fileCount: Int
        /// The graph's digest, when asked for.
        var digest: GraphDigest?
        /// Where the pieces of the data files landed.
        var pieces: DataPieces
        /// What linking worked out across articles, with the digest.
        var links: GraphLinks?
    }

    /// Links the graph, renders every file of the site through `writer` and swaps it in, and
    /// when `digesting`, digests the graph for the next rebuild. Article pages read their bodies
    /// from `bodies`. The graph is let go on return, before the caches are written.
    private func render(
        summaries: [ArticleSummary], bodies: ContentBodies, identities: SpeakerIdentities,
        templates: SiteTemplates, writer: SiteWriter, digesting: Bool
    ) async throws(SiteError) -> RenderedSite {
        let report = progress ?? { _ in }
        let graph = await SiteGraph.linked(
            summaries: summaries, documents: [:], identities: identities, jobs: jobs,
            groupingStatements: options.groupsStatements)
        let pieces = DataPieces.Recorder()
        report(BuildProgress(stage: .rendering, done: 0, total: graph.articles.count))
        let fileCount = try await write(graph: graph, bodies: bodies, templates: templates, pieces: pieces, writer: writer)
        report(BuildProgress(stage: .writing, done: graph.articles.count, total: graph.articles.count))
        return RenderedSite(
            articleCount: graph.articles.count, speakerCount: graph.speakers.count, topicCount: graph.topics.count,
            fileCount: fileCount, digest: digesting ? await graph.digest(jobs: jobs) : nil, pieces: pieces.recorded,
            links: digesting ? GraphLinks(graph, identities: identities) : nil)
    }

    /// Renders every file of the site from `graph` through `writer`, recording the data files'
    /// pieces in `pieces`, and swaps it in. Pages are written as they are rendered, so the site is
    /// never held in memory whole; what the renderer keeps for reuse across pages goes when this
    /// returns, before the graph is digested.
    private func write(
        graph: SiteGraph, bodies: ContentBodies, templates: SiteTemplates, pieces: DataPieces.Recorder, writer: SiteWriter
    ) async throws(SiteError) -> Int {
        var renderer = SiteRenderer(graph: graph, templates: templates, options: options)
        renderer.contentBodies = bodies
        renderer.pieceRecorder = pieces
        return try await writer.write(renderer, jobs: jobs)
    }
}
