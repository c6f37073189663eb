import Articles
import Foundation
import SiteOutput
import SitePages

/// What the previous build of a project read and wrote, kept in `ROOT/content/.build-cache`
/// (hidden, so nothing reads it as content),
/// so that the next build skips the work whose inputs have not changed.
///
/// Two savings, both keyed by content hashes (never by dates), so a stale entry can only cost
/// time, not give a wrong site:
/// - an article whose bytes, the people file and the program are all as they were, and whose
///   `content/<slug>.md` is still exactly the file that build wrote, is not read, attributed or
///   written again (its annotated Markdown would come out the same);
/// - when every input (articles, content, templates, people, options, program) hashes as it did
///   for the last clean build and the output folder is the one that build swapped in, the site is
///   left as it is.
/// A third saving, rebuilding only the pages an edit touches, needs the graph of the site in the
/// output folder (`GraphCache`) and a spare copy of that site to update and swap in (`SiteWriter`);
/// `SiteStamp` says which of both belong to the output.
///
/// Files are hashed only when their `lstat` identity (size, modification time, inode) differs
/// from the one recorded with their hash, or when they changed so shortly before it was recorded
/// that a second change in the same clock tick could hide behind the same identity.
/// A missing or unreadable cache only means a full build.
public struct BuildCache: Codable, Sendable, Equatable {
    /// One article as the previous build saw it.
    public struct Entry: Codable, Sendable, Equatable {
        /// Hash of the article file's bytes.
        public var article: String
        /// Hash of the `content/<slug>.md` bytes that build left.
        public var content: String

        /// The hashes of an article file and of the content file made from it.
        package init(article: String, content: String) {
            self.article = article
            self.content = content
        }
    }

    /// The last clean build's inputs and result.
    public struct SiteStamp: Codable, Sendable, Equatable {
        /// Hash over every input of the site.
        public var inputs: String
        /// The fingerprint of the record (`TreeRecord`, kept in `SiteTrees`) of the output folder
        /// that build swapped in.
        public var output: String
        /// That build's counts, for the report.
        public var articleCount: Int
        /// Speakers with a page.
        public var speakerCount: Int
        /// Topics with a page.
        public var topicCount: Int
        /// Files in the site.
        public var fileCount: Int
        /// Hash over the inputs other than content files: templates, people file, program,
        /// options; a rebuild may keep pages only while it is the same.
        public var frame: String
        /// Names the `GraphCache` saved with this site.
        public var generation: String
        /// The fingerprint of the record of the spare copy beside the output, nil when there is none.
        public var spare: String?
        /// Paths (relative to the site) where the spare copy differs from the output.
        public var lag: [String]

        /// A stamp with these fields.
        package init(
            inputs: String, output: String, articleCount: Int, speakerCount: Int, topicCount: Int, fileCount: Int,
            frame: String, generation: String, spare: String? = nil, lag: [String]
        ) {
            self.inputs = inputs
            self.output = output
            self.articleCount = articleCount
            self.speakerCount = speakerCount
            self.topicCount = topicCount
            self.fileCount = fileCount
            self.frame = frame
            self.generation = generation
            self.spare = spare
            self.lag = lag
        }
    }

    /// A file's hash with the `lstat` identity the file had when it was hashed.
    public struct FileRecord: Codable, Sendable, Equatable {
        /// `FileStamp.of` the file.
        public var stamp: String
        /// Hash of its bytes.
        public var hash: String
        /// When the stamp was taken (seconds since 1970): a file modified within `FileStamp.tick`
        /// before then could have changed again in the same clock tick, so it is hashed again.
        public var stampedAt: Double
    }

    /// Identity of the program and hash of the people file: annotations depend on both.
    public var annotator: String
    /// Articles by slug.
    public var articles: [String: Entry]
    /// The last clean build, if the previous one was.
    public var site: SiteStamp?
    /// Hashes of the project's article and content files by path relative to the root.
    public var files: [String: FileRecord]

    /// An empty cache for `annotator`.
    public init(annotator: String) {
        self.annotator = annotator
        self.articles = [:]
        self.site = nil
        self.files = [:]
    }

    /// The cache file of the project at `root`.
    public static func file(root: URL) -> URL {
        root.appendingPathComponent("content").appendingPathComponent(".build-cache")
    }

    /// The cache saved at `root`, or an empty one when there is none, it is unreadable, or it was
    /// written for another program or people file. While a rebuild's mark is there (see
    /// `markSpareInUse`), it does not vouch for the spare copy of the site.
    public static func load(root: URL, annotator: String) -> BuildCache {
        guard let data = FileManager.default.contents(atPath: file(root: root).path),
            var cache = try? BuildCache(bytes: [UInt8](data)), cache.annotator == annotator
        else { return BuildCache(annotator: annotator) }
        if access(spareMark(root: root).path, F_OK) == 0 { cache.site?.spare = nil }
        return cache
    }

    /// Saves the cache at `root`, then removes any rebuild's mark; a cache that cannot be saved
    /// only costs time on the next build.
    public func save(root: URL) {
        let url = Self.file(root: root)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = OutputFile.replace(url.path, with: Data(encoded()))
        unlink(Self.spareMark(root: root).path)
    }

    /// Marks that a rebuild is changing the spare copy of the site, so that until the next
    /// `save` the cache saved at `root` no longer vouches for it: a build killed meanwhile
    /// leaves a spare in no known state, and the next build a full one. An empty file, rather
    /// than the whole cache saved again. False when the mark could not be made.
    package static func markSpareInUse(root: URL) -> Bool {
        let descriptor = open(spareMark(root: root).path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        return true
    }

    /// The rebuild's mark (see `markSpareInUse`).
    static func spareMark(root: URL) -> URL {
        root.appendingPathComponent("content").appendingPathComponent(".build-spare-in-use")
    }

    /// The hash of the file at `path` (named `key` in `files`), read from `files` when its stamp is
    /// the recorded one and it had not changed within `FileStamp.tick` before that stamp was
    /// taken; otherwise hashed. Also returns the record to keep for the next build.
    ///
    /// Each record keeps its own time: a content file a build wrote is stamped after it was
    /// written, so the next build trusts it, where one time for the whole build (its start) made
    /// the next build hash again every content file the build had written.
    package func hash(of path: String, key: String) -> (hash: String?, record: FileRecord?) {
        let now = Date().timeIntervalSince1970
        guard let stat = FileStamp.identity(path) else { return (nil, nil) }
        if let known = files[key], known.stamp == stat.stamp, stat.modified < known.stampedAt - FileStamp.tick {
            return (known.hash, known)
        }
        guard let hash = ContentHash.ofFile(path) else { return (nil, nil) }
        return (hash, FileRecord(stamp: stat.stamp, hash: hash, stampedAt: now))
    }

    /// Whether the article `slug`, whose file hashes to `article`, can keep the annotated Markdown
    /// whose current bytes hash to `content` (nil when there is no such file).
    public func isFresh(_ slug: String, article: String, content: String?) -> Bool {
        guard let entry = articles[slug], let content else { return false }
        return entry.article == article && entry.content == content
    }
}
