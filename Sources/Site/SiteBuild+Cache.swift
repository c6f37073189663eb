import Foundation
import SiteIncremental
import SiteModel
import SiteOutput
import SitePages

/// The incremental side of a build: which articles can keep their annotated Markdown, and
/// whether the whole site is already what these inputs give (see `BuildCache`).
extension SiteBuild {
    /// Hashes of one article file and of its `content/<slug>.md` (nil when missing).
    struct SourceHashes: Sendable {
        var article: String?
        var content: String?
    }

    /// The program by its file's size, time and inode: a new build of it is a new file.
    func programKey() -> String {
        Bundle.main.executablePath.flatMap(FileStamp.of) ?? "unknown program"
    }

    /// What the program and the people file hash to: annotations depend on both.
    func annotatorKey() -> String {
        let people = ContentHash.ofFile(peopleFile.path) ?? "no people file"
        return ContentHash.combining([programKey(), people])
    }

    /// The hashes of every source's article file and content file, `jobs` groups of files at
    /// once, taken from `known` for files whose stamp is unchanged; the records go into `next`.
    func hashes(of sources: [ArticleSource], known: BuildCache, next: inout BuildCache) async -> [SourceHashes] {
        // Paths as text: URL operations on ten thousand files cost more than their stamps.
        let folder = contentFolder.path + "/"
        let articles = sources.map(\.url.path)
        // The name after the last "/", found by its byte: splitting every path took 15 ms.
        let names = articles.map { path in
            path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.index(after: $0)...]) } ?? path
        }
        let results = await Parallel.inGroups(Array(sources.indices), jobs: jobs) { index in
            let content = "\(sources[index].slug).md"
            let keys = (article: Self.articleKey(names[index]), content: Self.contentKey(content))
            return (keys, known.hash(of: articles[index], key: keys.article), known.hash(of: folder + content, key: keys.content))
        }
        next.files.reserveCapacity(2 * results.count)
        for (keys, article, content) in results {
            next.files[keys.article] = article.record
            next.files[keys.content] = content.record
        }
        return results.map { SourceHashes(article: $0.1.hash, content: $0.2.hash) }
    }

    /// Hashes of every `*.md` file in the content folder by file name, `jobs` groups of files at
    /// once: from `unchanged` for files this build has hashed and not written since, otherwise
    /// from `known` when their stamp is unchanged; the records go into `next`.
    func contentHashes(known: BuildCache, unchanged: Set<String>, next: inout BuildCache) async -> [String: String] {
        let folder = contentFolder.path + "/"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: contentFolder.path)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        let current = next
        let hashes = await Parallel.inGroups(names, jobs: jobs) { name -> (hash: String?, record: BuildCache.FileRecord?) in
            if unchanged.contains(name), let record = current.files[Self.contentKey(name)] { return (record.hash, record) }
            return known.hash(of: folder + name, key: Self.contentKey(name))
        }
        var result: [String: String] = [:]
        result.reserveCapacity(names.count)
        for (name, hash) in zip(names, hashes) {
            result[name] = hash.hash ?? "unreadable"
            // The unchanged files' records are in `next` already.
            if !unchanged.contains(name) { next.files[Self.contentKey(name)] = hash.record }
        }
        return result
    }

    /// The key of an article file in `BuildCache.files`.
    static func articleKey(_ name: String) -> String { "articles/\(name)" }
    /// The key of a content file in `BuildCache.files`.
    static func contentKey(_ name: String) -> String { "content/\(name)" }

    /// One hash over the inputs of the site other than the content files: the templates, the
    /// people file and program, and the options.
    func siteFrame(annotator: String) -> String {
        var parts = [annotator, String(describing: options), "strict \(strict)"]
        let templateNames = ((try? FileManager.default.contentsOfDirectory(atPath: templatesFolder.path)) ?? []).sorted()
        parts += templateNames.map {
            "template \($0) \(ContentHash.ofFile(templatesFolder.appendingPathComponent($0).path) ?? "unreadable")"
        }
        return ContentHash.combining(parts)
    }

    /// One hash over everything the site is made from once the content is written: the frame
    /// (`siteFrame`) and the content files.
    func siteInputs(frame: String, content: [String: String]) -> String {
        // The bytes `ContentHash.combining` hashes for these parts, made without a string per file.
        var bytes = Array(frame.utf8)
        bytes.reserveCapacity(bytes.count + content.count * 48)
        for name in content.keys.sorted() {
            bytes.append(0)
            bytes.append(contentsOf: "content ".utf8)
            bytes.append(contentsOf: name.utf8)
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: content[name]!.utf8)
        }
        return bytes.withUnsafeBytes { ContentHash.of($0) }
    }

    /// Whether the output folder is the tree `stamp` recorded (see `TreeRecord`): the recorded
    /// output's fingerprint is the stamp's and every entry is on disk as recorded, so a site
    /// changed or replaced by hand is built again.
    func outputIsRecorded(_ stamp: BuildCache.SiteStamp, trees: SiteTrees?) -> Bool {
        guard let trees, trees.output.fingerprint == stamp.output else { return false }
        return trees.output.matches(output.path)
    }
}
