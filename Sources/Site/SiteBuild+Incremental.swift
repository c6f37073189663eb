import Attribution
import Content
import Foundation

/// Rebuilding only the pages that changed content touches (see `PageChanges`), into the spare
/// copy of the site that is then swapped in (see `SiteWriter.update`).
extension SiteBuild {
    /// Builds the site from the content files whose hashes are `contentHashes` (`keptEdited`
    /// names those kept as a person edited them, for the report), rendering only
    /// the pages that differ from the site in the output folder, and records the result in
    /// `next` (saved). Nil, with the output untouched, when the site in the output cannot be
    /// updated that way: no clean previous build, another program, people file, templates or
    /// options, an output or spare changed by hand, a content file that does not read, or a
    /// change to every page.
    func rebuildChanged(
        previous: BuildCache, frame: String, inputs: String, contentHashes: [String: String],
        people: PeopleDirectory, templates: SiteTemplates, keptEdited: [String], next: inout BuildCache
    ) async throws(SiteError) -> BuildReport? {
        let report = progress ?? { _ in }
        let program = programKey()
        guard let stamp = previous.site, stamp.frame == frame, stamp.spare != nil else { return nil }
        // The cache is read while the output is looked at: the two take about as long.
        let root = self.root
        async let loaded = GraphCache.load(root: root)
        let current = FileStamp.scan(output.path)
        guard var cache = await loaded, cache.generation == stamp.generation, cache.program == program,
            let current, stamp.output == current.fingerprint
        else { return nil }

        // Summaries of the unchanged content files come from the cache; the others are read.
        let contentFolder = self.contentFolder
        let files = BuildSteps.contentNames(in: contentFolder)
        var entries: [String: GraphCache.Entry] = [:]
        entries.reserveCapacity(files.count)
        var unread: [(name: String, url: URL, slug: String)] = []
        for file in files {
            let name = file.name
            guard let hash = contentHashes[name] else { return nil }
            if let entry = cache.entries[name], entry.hash == hash {
                guard entry.summary.document.slug == file.slug else { return nil }
                entries[name] = entry
            } else {
                unread.append((name, contentFolder.appendingPathComponent(name), file.slug))
            }
        }
        report(BuildProgress(stage: .linking, done: 0, total: unread.count))
        var documents: [String: Document] = [:]
        for (item, result) in zip(unread, await read(unread.map { ($0.url, $0.slug) })) {
            guard case .success(let document) = result, let hash = contentHashes[item.name] else { return nil }
            entries[item.name] = GraphCache.Entry(hash: hash, summary: ArticleSummary(document))
            documents[item.slug] = document
        }

        let summaries = Array(entries.values.map(\.summary))
        // Without a people file every id stands for itself; otherwise the identities depend on every article.
        let identities =
            people.entries.isEmpty ? SpeakerIdentities() : SpeakerIdentities(people: people, documents: summaries.map(\.document))
        // Only the graph around the changed articles is linked again, when the cache allows it.
        var before: [String: ArticleSummary] = [:]
        for (name, entry) in cache.entries where entries[name]?.hash != entry.hash { before[entry.summary.document.slug] = entry.summary }
        let changed = Set(before.keys).union(documents.keys)
        var graph: SiteGraph
        let digest: GraphDigest
        if let links = cache.links,
            let patched = await SiteGraph.patched(
                summaries: summaries, previous: before, changed: changed, links: links, identities: identities, jobs: jobs)
        {
            graph = patched.graph
            digest = graph.digest(updating: cache.digest, patch: patched.patch)
        } else {
            graph = await SiteGraph.linked(summaries: summaries, documents: [:], identities: identities, jobs: jobs)
            digest = await graph.digest(jobs: jobs)
        }
        // The previous links are let go of before the pages are rendered: at 50,000 articles
        // they are tens of megabytes.
        cache.links = nil
        let links = GraphLinks(graph, identities: identities)
        guard let changes = graph.pageChanges(from: cache.digest, to: digest, edited: Set(documents.keys)) else { return nil }

        // The article pages to render need their whole document, not the summary.
        let names = Dictionary(files.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        let pages = graph.articles.indices.filter { changes.render.contains(SitePath.article(graph.articles[$0].slug)) }
        let missing = pages.map { graph.articles[$0].slug }.filter { documents[$0] == nil }
        for (slug, result) in zip(missing, await read(missing.compactMap { slug in names[slug].map { (contentFolder.appendingPathComponent($0), slug) } })) {
            guard case .success(let document) = result else { return nil }
            documents[slug] = document
        }
        for index in pages {
            guard let document = documents[graph.articles[index].slug] else { return nil }
            graph.articles[index].document = document
        }

        var renderer = SiteRenderer(graph: graph, templates: templates, options: options)
        // The data files' pieces of unchanged articles and speakers are copied from the output.
        let pieces = DataPieces.Recorder()
        renderer.pieceRecorder = pieces
        renderer.pieceReuse = graph.unchangedPieces(from: cache.digest, to: digest, in: cache.pieces, folder: output)
        // Until the spare is swapped in and recorded, the cache must not vouch for it: a build
        // killed from here on leaves a spare in no known state, and the next build a full one.
        guard BuildCache.markSpareInUse(root: root) else { return nil }
        // The index pages and data files are made from the graph without the articles' bodies:
        // when no node's digest changed (an edit to the text between quotes), they are as they were.
        let withIndexes = digest != cache.digest
        let writer = SiteWriter(output: output)
        try writer.levelSpare(lag: stamp.lag)
        report(BuildProgress(stage: .rendering, done: 0, total: changes.render.count))
        // The data files go straight into the spare as they are made, so none is held whole.
        let rendered = try await renderer.render(changed: changes.render, withIndexes: withIndexes, jobs: jobs) {
            path, bytes throws(SiteError) in try writer.writeIntoSpare(path, bytes)
        }
        report(BuildProgress(stage: .writing, done: 0, total: rendered.files.count))
        // The graph cache of the new site is written while the spare is finished: until the
        // build cache names its generation, no build takes it for the output's.
        let generation = UUID().uuidString
        let graphCache = GraphCache(
            generation: generation, program: program, entries: entries, digest: digest,
            raw: cache.raw.filter { entries[$0.key]?.hash == cache.entries[$0.key]?.hash }, source: cache.source,
            // Without the indexes rendered, the data files are the ones the cache described.
            pieces: withIndexes ? pieces.recorded : cache.pieces, links: links)
        async let saved = graphCache.save(root: root)
        guard
            let (changed, tree) = try writer.finishSpare(
                files: rendered.files, written: rendered.written, removed: changes.removed, current: current)
        else {
            _ = await saved
            return nil
        }

        let fileCount = rendered.total
        if await saved {
            next.site = BuildCache.SiteStamp(
                inputs: inputs, output: tree.fingerprint, articleCount: graph.articles.count,
                speakerCount: graph.speakers.count, topicCount: graph.topics.count, fileCount: fileCount,
                frame: frame, generation: generation, spare: stamp.output, lag: changed)
        }
        next.save(root: root)
        return BuildReport(
            articleCount: graph.articles.count, speakerCount: graph.speakers.count, topicCount: graph.topics.count,
            fileCount: fileCount, keptEdited: keptEdited, problems: [], leftOut: 0)
    }

    /// The documents at `files` (location and slug), `jobs` files at once, in order.
    private func read(_ files: [(url: URL, slug: String)]) async -> [Result<Document, SiteError>] {
        await Parallel.map(files.map { FileToRead(url: $0.url, slug: $0.slug) }, jobs: jobs) {
            BuildSteps.readDocument(at: $0.url, slug: $0.slug)
        }
    }

    private struct FileToRead: Sendable {
        var url: URL
        var slug: String
    }
}
