import Attribution
import Content
import Foundation
import SiteIncremental
import SiteModel
import SiteOutput
import SitePages

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
        previous: BuildCache, trees: SiteTrees?, frame: String, inputs: String, contentHashes: [String: String],
        people: PeopleDirectory, templates: SiteTemplates, keptEdited: [String], next: inout BuildCache
    ) async throws(SiteError) -> BuildReport? {
        let report = progress ?? { _ in }
        let program = programKey()
        guard let stamp = previous.site, stamp.frame == frame, let trees, stamp.spare == trees.spare.fingerprint
        else { return nil }
        // The output is checked against its record while the cache is read. Neither is held by
        // a task at the end, so that the cache can be let go of elsewhere (see `Disposal`).
        let root = self.root
        let checking = Task { [self] in outputIsRecorded(stamp, trees: trees) }
        guard var cache = GraphCache.load(root: root), cache.generation == stamp.generation, cache.program == program,
            await checking.value
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
        var after: [String: ArticleSummary] = [:]
        for (item, result) in zip(unread, await read(unread.map { ($0.url, $0.slug) })) {
            guard case .success(let document) = result, let hash = contentHashes[item.name] else { return nil }
            let summary = ArticleSummary(document)
            entries[item.name] = GraphCache.Entry(hash: hash, summary: summary)
            documents[item.slug] = document
            after[item.slug] = summary
        }

        let summaries = Array(entries.values.map(\.summary))
        var before: [String: ArticleSummary] = [:]
        for (name, entry) in cache.entries where entries[name]?.hash != entry.hash { before[entry.summary.document.slug] = entry.summary }
        let changed = Set(before.keys).union(documents.keys)
        // The identities depend on every article: an added one can merge or split pages, and
        // then the graph is linked again whole. Changes that name no one anew keep them.
        let identities =
            cache.links?.keptIdentities(unchangedBy: changed, before: before, after: after)
            ?? SpeakerIdentities(people: people, summaries: summaries)
        // Only the graph around the changed articles is linked again, when the cache allows it.
        var graph: SiteGraph
        let digest: GraphDigest
        if let links = cache.links,
            let patched = await SiteGraph.patched(
                summaries: summaries, previous: before, changed: changed, links: links, identities: identities,
                jobs: jobs, groupingStatements: options.groupsStatements)
        {
            graph = patched.graph
            digest = graph.digest(updating: cache.digest, patch: patched.patch)
        } else {
            graph = await SiteGraph.linked(
                summaries: summaries, documents: [:], identities: identities, jobs: jobs,
                groupingStatements: options.groupsStatements)
            digest = await graph.digest(jobs: jobs)
        }
        // The previous links are let go of before the pages are rendered (at 50,000 articles
        // they are tens of megabytes), on another thread.
        if let previousLinks = cache.links {
            cache.links = nil
            Disposal.release(previousLinks)
        }
        let links = GraphLinks(graph, identities: identities)
        // Other articles move in the archive when one is added, removed or dated anew.
        let reordered = changed.contains { slug in
            guard let old = before[slug], let new = after[slug] else { return true }
            return old.document.date != new.document.date
        }
        guard let changes = graph.pageChanges(from: cache.digest, to: digest, edited: Set(documents.keys), reordered: reordered)
        else { return nil }

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

        // The data files' pieces of unchanged articles and speakers are copied from the output.
        let pieces = DataPieces.Recorder()
        let reuse = { [graph, output] in
            var reuse = graph.unchangedPieces(from: cache.digest, to: digest, in: cache.pieces, folder: output)
            // The search index looks up the words the changed articles had.
            reuse.previousDocuments = before.mapValues(\.document)
            return reuse
        }()
        // Made whole here, so that it can be handed over at the end (see `Disposal`).
        let renderer = { [graph, templates, options] in
            var renderer = SiteRenderer(graph: graph, templates: templates, options: options)
            renderer.pieceRecorder = pieces
            renderer.pieceReuse = reuse
            return renderer
        }()
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
        let rendered = try await renderer.render(
            changed: changes.render, speakers: changes.speakers, withIndexes: withIndexes, digest: digest, jobs: jobs
        ) {
            path, bytes throws(SiteError) in try writer.writeIntoSpare(path, bytes)
        }
        report(BuildProgress(stage: .writing, done: 0, total: rendered.files.count))
        // The graph cache of the new site is written while the spare is finished: until the
        // build cache names its generation, no build takes it for the output's.
        let generation = UUID().uuidString
        let raw = cache.raw.filter { entries[$0.key]?.hash == cache.entries[$0.key]?.hash }
        // Without the indexes rendered, the data files are the ones the cache described.
        let piecesNow = withIndexes ? pieces.recorded : cache.pieces
        let saving = Task { [entries, digest, source = cache.source, links] in
            GraphCache(
                generation: generation, program: program, entries: entries, digest: digest, raw: raw, source: source,
                pieces: piecesNow, links: links
            ).save(root: root)
        }
        let dataPaths = withIndexes ? renderer.dataJobs(pagePaths: []).map(\.path) + rendered.searchPaths : []
        let removed =
            withIndexes ? changes.removed.union(renderer.staleIndexFiles(in: output, made: rendered.searchPaths)) : changes.removed
        guard
            let (changed, nextTrees) = try writer.finishSpare(
                files: rendered.files, written: rendered.written, dataPaths: dataPaths, removed: removed,
                lag: stamp.lag, trees: trees)
        else {
            _ = await saving.value
            return nil
        }

        let fileCount = rendered.total
        let counts = (articles: graph.articles.count, speakers: graph.speakers.count, topics: graph.topics.count)
        // The build cache is saved while the graph cache is still being written, as if it will
        // be: until that file is in place, its generation is not the one the build cache names,
        // so a build killed meanwhile is full next time. Should it fail, the stamp is taken back.
        if nextTrees.save(root: root) {
            next.site = BuildCache.SiteStamp(
                inputs: inputs, output: nextTrees.output.fingerprint, articleCount: counts.articles,
                speakerCount: counts.speakers, topicCount: counts.topics, fileCount: fileCount,
                frame: frame, generation: generation, spare: nextTrees.spare.fingerprint, lag: changed)
        }
        // The graph, the summaries and the caches are let go of while the build cache is saved.
        Disposal.release(
            (
                consume graph, consume renderer, Self.take(&cache), consume entries, consume summaries, consume raw,
                consume piecesNow, consume links, consume before, consume documents, consume files, consume names,
                consume reuse, consume pieces, consume digest
            ))
        next.save(root: root)
        if await !saving.value, next.site != nil {
            next.site = nil
            next.save(root: root)
        }
        return BuildReport(
            articleCount: counts.articles, speakerCount: counts.speakers, topicCount: counts.topics,
            fileCount: fileCount, keptEdited: keptEdited, problems: [], leftOut: 0)
    }

    /// `value`, leaving `value` empty of it, so that the caller's copy is the only one left.
    private static func take(_ value: inout GraphCache) -> GraphCache {
        let taken = value
        value = GraphCache(
            generation: "", program: "", entries: [:],
            digest: GraphDigest(hasFiction: false, hasTopics: false, articles: [:], speakers: [:], topics: [:]))
        return taken
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
