import Foundation

/// The summary of every content file the last clean build linked (`ArticleSummary`), kept in
/// `ROOT/content/.build-graph` (hidden, so nothing reads it as content), so that a rebuild links
/// the archive without reading and parsing the content files that did not change.
///
/// It belongs to one build: `generation` matches the `BuildCache.SiteStamp` of the build whose
/// site is in the output folder, and `program` the program that made the summaries. A missing,
/// damaged or mismatched file only means a full build.
struct GraphCache: Sendable {
    /// One content file as that build read it.
    struct Entry: Sendable, Hashable {
        /// Hash of the content file's bytes.
        var hash: String
        /// What the graph needs of it.
        var summary: ArticleSummary
    }

    /// The build this cache belongs to.
    var generation: String
    /// The program that made the summaries.
    var program: String
    /// Content files by name (`slug.md`).
    var entries: [String: Entry]
    /// What the pages of that build's site show of each node.
    var digest: GraphDigest
    /// Where in `source` each entry's summary was read from, by name, so that saving the cache
    /// again copies the unchanged ones instead of encoding them.
    var raw: [String: Range<Int>] = [:]
    /// The cache file this one was read from, mapped.
    var source: MappedFile?
    /// Where each node's pieces lie in that site's data files.
    var pieces = DataPieces()
    /// What linking that site's graph worked out across articles; nil links the next graph whole.
    var links: GraphLinks?

    private static let format = "verbatim graph cache 5"

    /// The cache file of the project at `root`.
    static func file(root: URL) -> URL {
        root.appendingPathComponent("content").appendingPathComponent(".build-graph")
    }

    /// The cache saved at `root`, nil when there is none or it cannot be read.
    static func load(root: URL) -> GraphCache? {
        // Read in place and let go of once read: at 50,000 articles the file is 160 MB, and
        // reading it into memory made a rebuild hold more than a full build.
        guard let source = MappedFile(file(root: root).path) else { return nil }
        defer { source.release(0..<source.count) }
        var reader = BinaryReader(source)
        do throws(BinaryReader.Damaged) {
            guard try reader.string() == format else { return nil }
            let generation = try reader.string()
            let program = try reader.string()
            var entries: [String: Entry] = [:]
            var raw: [String: Range<Int>] = [:]
            let count = try reader.int()
            entries.reserveCapacity(max(0, count))
            raw.reserveCapacity(max(0, count))
            for _ in 0..<max(0, count) {
                let name = try reader.string()
                let hash = try reader.string()
                let start = reader.offset
                entries[name] = Entry(hash: hash, summary: try ArticleSummary(from: &reader))
                raw[name] = start..<reader.offset
            }
            let digest = try GraphDigest(from: &reader)
            let pieces = try DataPieces(from: &reader)
            let links = try reader.bool() ? try GraphLinks(from: &reader) : nil
            guard reader.isAtEnd else { return nil }
            return GraphCache(
                generation: generation, program: program, entries: entries, digest: digest, raw: raw, source: source,
                pieces: pieces,
                links: links)
        } catch {
            return nil
        }
    }

    /// Saves the cache at `root`, replacing the file in one step; false when it could not.
    ///
    /// The file is handed over as it is made: the summaries copied as they were read go
    /// straight from those bytes, the others and the rest are encoded a few hundred entries
    /// at a time, so the cache is never held twice.
    @discardableResult
    func save(root: URL) -> Bool {
        let cache = self
        let bytes = FileBytes { sink in
            var writer = BinaryWriter()
            func handOver() {
                writer.bytes.withUnsafeBytes(sink)
                writer = BinaryWriter()
            }
            writer.write(Self.format)
            writer.write(cache.generation)
            writer.write(cache.program)
            writer.write(cache.entries.count)
            // The copied summaries lie in the source in the order they are written; what has
            // been copied is let go of every megabyte or so.
            var released = 0
            for (position, name) in cache.entries.keys.sorted().enumerated() {
                writer.write(name)
                writer.write(cache.entries[name]!.hash)
                if let raw = cache.raw[name], let source = cache.source, raw.upperBound <= source.count {
                    handOver()
                    sink(UnsafeRawBufferPointer(rebasing: source.bytes[raw]))
                    if raw.upperBound - released > 1 << 20 {
                        source.release(released..<raw.upperBound)
                        released = raw.upperBound
                    }
                } else {
                    cache.entries[name]!.summary.write(to: &writer)
                    if position % 256 == 255 { handOver() }
                }
            }
            cache.digest.write(to: &writer)
            cache.pieces.write(to: &writer)
            writer.write(cache.links != nil)
            cache.links?.write(to: &writer)
            handOver()
        }
        return OutputFile.replace(Self.file(root: root).path, with: bytes) == nil
    }

    /// Removes the cache at `root`, so no later build takes it for the site's.
    static func remove(root: URL) {
        unlink(file(root: root).path)
    }
}
