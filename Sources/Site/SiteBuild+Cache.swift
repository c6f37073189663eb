import Foundation

/// The incremental side of a build: which articles can keep their annotated Markdown, and
/// whether the whole site is already what these inputs give (see `BuildCache`).
extension SiteBuild {
    /// Hashes of one article file and of its `content/<slug>.md` (nil when missing).
    struct SourceHashes: Sendable {
        var article: String?
        var content: String?
    }

    /// What the program and the people file hash to: annotations depend on both.
    func annotatorKey() -> String {
        // The program by its file's size, time and inode: a new build of it is a new file.
        let program = Bundle.main.executablePath.flatMap(FileStamp.of) ?? "unknown program"
        let people = ContentHash.ofFile(peopleFile.path) ?? "no people file"
        return ContentHash.combining([program, people])
    }

    /// The hashes of every source's article file and content file, `jobs` files at once.
    func hashes(of sources: [ArticleSource]) async -> [SourceHashes] {
        let folder = contentFolder
        return await Parallel.map(sources, jobs: jobs) { source in
            SourceHashes(
                article: ContentHash.ofFile(source.url.path),
                content: ContentHash.ofFile(folder.appendingPathComponent("\(source.slug).md").path))
        }
    }

    /// Hashes of every `*.md` file in the content folder by file name, `jobs` files at once.
    func contentHashes() async -> [String: String] {
        let folder = contentFolder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        let hashes = await Parallel.map(names, jobs: jobs) { ContentHash.ofFile(folder.appendingPathComponent($0).path) }
        var result: [String: String] = [:]
        for (name, hash) in zip(names, hashes) { result[name] = hash ?? "unreadable" }
        return result
    }

    /// One hash over everything the site is made from once the content is written: the content
    /// files, the templates, the people file and program, and the options.
    func siteInputs(annotator: String, content: [String: String]) -> String {
        var parts = [annotator, String(describing: options), "strict \(strict)"]
        parts += content.keys.sorted().map { "content \($0) \(content[$0]!)" }
        let templateNames = ((try? FileManager.default.contentsOfDirectory(atPath: templatesFolder.path)) ?? []).sorted()
        parts += templateNames.map {
            "template \($0) \(ContentHash.ofFile(templatesFolder.appendingPathComponent($0).path) ?? "unreadable")"
        }
        return ContentHash.combining(parts)
    }

    /// A fingerprint of the output folder as it is on disk: its identity and every file's path,
    /// size, modification time and inode, so a site changed or replaced by hand is built again.
    func outputFingerprint() -> String? {
        FileStamp.tree(output.path)
    }
}
