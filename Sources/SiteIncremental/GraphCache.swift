import Foundation
import SiteModel
import SiteOutput
import SitePages

/// The summary of every content file the last clean build linked (`ArticleSummary`), kept in
/// `ROOT/content/.build-graph` (hidden, so nothing reads it as content), so that a rebuild links
/// the archive without reading and parsing the content files that did not change.
///
/// It belongs to one build: `generation` matches the `BuildCache.SiteStamp` of the build whose
/// site is in the output folder, and `program` the program that made the summaries. A missing,
/// damaged or mismatched file only means a full build.
package struct GraphCache: Sendable {
    /// One content file as that build read it.
    package struct Entry: Sendable, Hashable {
        /// Hash of the content file's bytes.
        package var hash: String
        /// What the graph needs of it.
        package var summary: ArticleSummary

        /// The content file that hashed to `hash`, summarised.
        package init(hash: String, summary: ArticleSummary) {
            self.hash = hash
            self.summary = summary
        }
    }

    /// The build this cache belongs to.
    package var generation: String
    /// The program that made the summaries.
    package var program: String
    /// Content files by name (`slug.md`).
    package var entries: [String: Entry]
    /// What the pages of that build's site show of each node.
    package var digest: GraphDigest
    /// Where in `source` each entry's summary was read from, by name, so that saving the cache
    /// again copies the unchanged ones instead of encoding them.
    package var raw: [String: Range<Int>] = [:]
    /// The cache file this one was read from, mapped.
    package var source: MappedFile?
    /// Where each node's pieces lie in that site's data files.
    package var pieces = DataPieces()
    /// What linking that site's graph worked out across articles; nil links the next graph whole.
    package var links: GraphLinks?

    /// A cache of these entries for the build `generation` of `program`.
    package init(
        generation: String, program: String, entries: [String: Entry], digest: GraphDigest, raw: [String: Range<Int>] = [:],
        source: MappedFile? = nil, pieces: DataPieces = DataPieces(), links: GraphLinks? = nil
    ) {
        self.generation = generation
        self.program = program
        self.entries = entries
        self.digest = digest
        self.raw = raw
        self.source = source
        self.pieces = pieces
        self.links = links
    }

    private static let format = "verbatim graph cache 10"

    /// The cache file of the project at `root`.
    static func file(root: URL) -> URL {
        root.appendingPathComponent("content").appendingPathComponent(".build-graph")
    }

    /// The cache saved at `root`, nil when there is none or it cannot be read.
    ///
    /// The file has the summaries one after another, then a list of every entry's name, hash
    /// and summary size, then the rest, then where that list starts; so the summaries are read
    /// in two halves side by side, and the rest beside them.
    package static func load(root: URL) -> GraphCache? {
        // Read in place and let go of once read: at 50,000 articles the file is 160 MB, and
        // reading it into memory made a rebuild hold more than a full build.
        guard let source = MappedFile(file(root: root).path) else { return nil }
        defer { source.release(0..<source.count) }
        var reader = BinaryReader(source)
        do throws(BinaryReader.Damaged) {
            guard try reader.string() == format else { return nil }
            let generation = try reader.string()
            let program = try reader.string()
            let start = reader.offset
            guard source.count >= start + 8 else { return nil }
            let listed = UInt64(littleEndian: source.bytes.loadUnaligned(fromByteOffset: source.count - 8, as: UInt64.self))
            guard listed >= UInt64(start), listed <= UInt64(source.count - 8) else { return nil }
            var list = BinaryReader(source, range: Int(listed)..<source.count - 8)
            let count = max(0, try list.int())
            var names: [(name: String, hash: String)] = []
            names.reserveCapacity(count)
            var offsets = [start]
            offsets.reserveCapacity(count + 1)
            for _ in 0..<count {
                names.append((try list.string(), try list.string()))
                let size = try list.int()
                guard size >= 0 else { return nil }
                offsets.append(offsets.last! + size)
            }
            guard offsets.last! == Int(listed) else { return nil }
            let (end, starts) = (Int(listed) + list.offset, offsets)
            let halves = [0..<count / 2, count / 2..<count]
            let parts = ConcurrentShares.map(3) { part -> ReadPart in
                if part == 2 {
                    var rest = BinaryReader(source, range: end..<source.count - 8)
                    return .rest(try? Rest(from: &rest))
                }
                let positions = halves[part]
                var summaries: [ArticleSummary] = []
                summaries.reserveCapacity(positions.count)
                for position in positions {
                    var one = BinaryReader(source, range: starts[position]..<starts[position + 1])
                    guard let summary = try? ArticleSummary(from: &one), one.isAtEnd else { break }
                    summaries.append(summary)
                }
                return .summaries(summaries)
            }
            guard case .summaries(let first) = parts[0], case .summaries(let second) = parts[1],
                case .rest(let read) = parts[2], let rest = read, first.count + second.count == count
            else { return nil }
            var entries: [String: Entry] = [:]
            var raw: [String: Range<Int>] = [:]
            entries.reserveCapacity(count)
            raw.reserveCapacity(count)
            for (position, summary) in (first + second).enumerated() {
                let name = names[position].name
                entries[name] = Entry(hash: names[position].hash, summary: summary)
                raw[name] = offsets[position]..<offsets[position + 1]
            }
            return GraphCache(
                generation: generation, program: program, entries: entries, digest: rest.digest, raw: raw, source: source,
                pieces: rest.pieces, links: rest.links)
        } catch {
            return nil
        }
    }

    /// What follows the summaries in the file.
    private struct Rest {
        package var digest: GraphDigest
        package var pieces: DataPieces
        package var links: GraphLinks?

        init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
            digest = try GraphDigest(from: &reader)
            pieces = try DataPieces(from: &reader)
            links = try reader.bool() ? try GraphLinks(from: &reader) : nil
            guard reader.isAtEnd else { throw BinaryReader.Damaged() }
        }
    }

    /// What a part of the parallel read made: half of the summaries, or what follows them.
    private enum ReadPart {
        case summaries([ArticleSummary])
        case rest(Rest?)
    }

    /// Saves the cache at `root`, replacing the file in one step; false when it could not.
    ///
    /// The file is handed over as it is made: the summaries read from the previous file are
    /// copied from it in runs (by the kernel, see `FileCopy`), the others are encoded one at a
    /// time, so the cache is never held twice.
    @discardableResult
    package func save(root: URL) -> Bool {
        let cache = self
        let bytes = FileBytes(runs: { output in
            var writer = BinaryWriter()
            var written = 0
            func handOver() {
                writer.bytes.withUnsafeBytes(output.bytes)
                written += writer.bytes.count
                writer = BinaryWriter()
            }
            writer.write(Self.format)
            writer.write(cache.generation)
            writer.write(cache.program)
            handOver()
            let names = cache.entries.keys.sorted()
            var sizes: [Int] = []
            sizes.reserveCapacity(names.count)
            // Summaries that lay next to each other in the previous file are copied as one run.
            var run: Range<Int>?
            func copyRun() {
                if let range = run, let source = cache.source {
                    output.copy(source, range)
                    written += range.count
                }
                run = nil
            }
            for name in names {
                if let range = cache.raw[name], let source = cache.source, range.upperBound <= source.count {
                    if let current = run, current.upperBound == range.lowerBound {
                        run = current.lowerBound..<range.upperBound
                    } else {
                        copyRun()
                        run = range
                    }
                    sizes.append(range.count)
                } else {
                    copyRun()
                    cache.entries[name]!.summary.write(to: &writer)
                    sizes.append(writer.bytes.count)
                    handOver()
                }
            }
            copyRun()
            let listed = written
            writer.write(names.count)
            for (name, size) in zip(names, sizes) {
                writer.write(name)
                writer.write(cache.entries[name]!.hash)
                writer.write(size)
            }
            cache.digest.write(to: &writer)
            cache.pieces.write(to: &writer)
            writer.write(cache.links != nil)
            cache.links?.write(to: &writer)
            handOver()
            withUnsafeBytes(of: UInt64(listed).littleEndian, output.bytes)
        })
        return OutputFile.replace(Self.file(root: root).path, with: bytes) == nil
    }

    /// Removes the cache at `root`, so no later build takes it for the site's.
    package static func remove(root: URL) {
        unlink(file(root: root).path)
    }
}
