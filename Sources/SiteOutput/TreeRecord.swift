import Articles
import Foundation
import SitePages

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder tree as a build left it: the `lstat` identity of every folder and file in it (size,
/// modification time, inode), so that a later build can tell whether the tree is still exactly
/// that by looking each entry up once (`matches`), without listing any folder.
///
/// A file changed in place has another time or size; a file removed is missing; a file added,
/// removed, renamed or replaced changes the time of its folder, and a folder added or removed
/// that of its parent. So looking up every recorded entry finds any change a person or program
/// makes, unless it sets a folder's time back by hand after adding to it.
///
/// The entries are kept as one run of bytes, each a fixed header and its path relative to the
/// tree's folder ("." for the folder itself) with a closing zero, so that a check hands the
/// paths to `fstatat` as they are, and a rebuild makes the next record by copying most entries
/// unread.
package struct TreeRecord: Sendable, Equatable {
    /// The entries, one after another.
    private(set) var bytes: [UInt8] = []

    /// An empty record.
    package init() {}

    /// A record of the given entries' bytes (`bytes` of another record, or read from a file).
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The size, time and inode of an entry, as `lstat` gives them.
    struct Identity: Sendable, Equatable {
        /// Bytes, for files; folders are recorded with 0.
        var size: Int
        /// Modification time in nanoseconds.
        var modified: Int
        /// The inode.
        var inode: UInt64
        /// Whether the entry is a folder.
        var isFolder: Bool

        /// The identity `info` describes.
        init(_ info: stat) {
            isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            size = isFolder ? 0 : Int(info.st_size)
            modified = FileStamp.modificationNanoseconds(info)
            inode = UInt64(info.st_ino)
        }

        /// An identity from its parts.
        init(size: Int, modified: Int, inode: UInt64, isFolder: Bool) {
            self.size = size
            self.modified = modified
            self.inode = inode
            self.isFolder = isFolder
        }

        /// The identity of `path` in the open folder `folder`, nil when it does not exist or is
        /// neither a file nor a folder.
        static func of(_ path: UnsafePointer<CChar>, in folder: Int32) -> Identity? {
            var info = stat()
            guard fstatat(folder, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
            let type = info.st_mode & S_IFMT
            guard type == S_IFDIR || type == S_IFREG else { return nil }
            return Identity(info)
        }
    }

    private static let headerSize = 32

    /// Adds an entry.
    mutating func append(_ path: String, _ identity: Identity) {
        var path = path
        path.withUTF8 { append($0, identity) }
    }

    /// Adds an entry whose path is the bytes `path` (without the closing zero).
    private mutating func append(_ path: UnsafeBufferPointer<UInt8>, _ identity: Identity) {
        for number in [
            UInt64(path.count) << 1 | (identity.isFolder ? 1 : 0), UInt64(bitPattern: Int64(identity.size)),
            UInt64(bitPattern: Int64(identity.modified)), identity.inode,
        ] {
            withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
        }
        bytes.append(contentsOf: path)
        bytes.append(0)
    }

    /// One entry as it lies in the bytes.
    struct Entry {
        /// The path with its closing zero.
        var path: UnsafePointer<CChar>
        /// The path's bytes, without the zero.
        var pathBytes: UnsafeBufferPointer<UInt8>
        /// What was recorded of it.
        var identity: Identity
        /// Where the entry's bytes lie in the record.
        var range: Range<Int>

        /// The path as text.
        var pathText: String { String(decoding: pathBytes, as: UTF8.self) }
    }

    /// Calls `body` with every entry in order, false (and stops) when the bytes are damaged or
    /// `body` returns false.
    func allEntries(_ body: (Entry) -> Bool) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                guard let entry = Self.entry(at: offset, in: raw), body(entry) else { return false }
                offset = entry.range.upperBound
            }
            return true
        }
    }

    /// The entry whose bytes start at `offset` of `raw`, nil when they are damaged.
    private static func entry(at offset: Int, in raw: UnsafeRawBufferPointer) -> Entry? {
        guard offset >= 0, offset + headerSize < raw.count else { return nil }
        let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        guard first >> 1 < UInt64(raw.count) else { return nil }
        let length = Int(first >> 1)
        let end = offset + headerSize + length + 1
        guard end <= raw.count, raw[end - 1] == 0 else { return nil }
        let identity = Identity(
            size: Int(Int64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: Int64.self))),
            modified: Int(Int64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 16, as: Int64.self))),
            inode: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)),
            isFolder: first & 1 == 1)
        let start = raw.baseAddress! + offset + headerSize
        return Entry(
            path: start.assumingMemoryBound(to: CChar.self),
            pathBytes: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: length),
            identity: identity, range: offset..<end)
    }

    /// Adds the entries of `other` for which `keep` holds, copying their bytes.
    mutating func append(_ other: TreeRecord, where keep: (Entry) -> Bool) {
        var runs: [Range<Int>] = []
        _ = other.allEntries { entry in
            if keep(entry) {
                if let last = runs.last, last.upperBound == entry.range.lowerBound {
                    runs[runs.count - 1] = last.lowerBound..<entry.range.upperBound
                } else {
                    runs.append(entry.range)
                }
            }
            return true
        }
        for run in runs { bytes.append(contentsOf: other.bytes[run]) }
    }

    /// A hash of the entries, to name the record in the build cache; eight bytes at a step
    /// (`BinaryWriter.digest`), as a record has megabytes and a rebuild names four.
    package var fingerprint: String {
        FNV1a.hex(bytes.withUnsafeBytes(BinaryWriter.digest)) + " \(bytes.count)"
    }

    /// Whether the tree under `folder` is the recorded one: every entry is there with the
    /// recorded identity. False for an empty or damaged record.
    package func matches(_ folder: String) -> Bool {
        let root = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return false }
        defer { close(root) }
        guard !bytes.isEmpty, let differing = mismatches(in: root, only: { _ in true }) else { return false }
        return differing.isEmpty
    }

    /// The paths of the entries that `only` selects (called for every entry in order) whose
    /// identity in the open folder `root` is not the recorded one, or that are missing; nil when
    /// the record is damaged. The entries are looked up in two halves side by side.
    func mismatches(in root: Int32, only select: (Entry) -> Bool) -> [String]? {
        var selected: [Int] = []
        guard
            allEntries({ entry in
                if select(entry) { selected.append(entry.range.lowerBound) }
                return true
            })
        else { return nil }
        let shares = selected.count > 2048 ? 2 : 1
        let (record, starts) = (self, selected)
        let found = ConcurrentShares.map(shares) { share in
            record.bytes.withUnsafeBytes { raw in
                var differing: [String] = []
                for index in starts.count * share / shares..<starts.count * (share + 1) / shares {
                    guard let entry = Self.entry(at: starts[index], in: raw) else { continue }
                    if Identity.of(entry.path, in: root) != entry.identity { differing.append(entry.pathText) }
                }
                return differing
            }
        }
        return found.flatMap { $0 }
    }

    /// The record of the tree under `folder` as it is now, found by walking it; nil when it
    /// does not exist. Paths are in order, so the same tree gives the same bytes.
    package static func scan(_ folder: String) -> TreeRecord? {
        guard let tree = FileStamp.scan(folder) else { return nil }
        var record = TreeRecord()
        record.append(".", tree.root)
        for path in tree.entries.keys.sorted() { record.append(path, tree.entries[path]!) }
        return record
    }
}

/// Paths to look up by their bytes as a record holds them, without making text of every path
/// looked up: only a path whose hash is one of theirs is made text and compared.
struct PathSet: Sendable {
    /// The paths.
    let paths: Set<String>
    private let hashes: Set<UInt64>

    /// The set of `paths`.
    init(_ paths: some Sequence<String>) {
        self.paths = Set(paths)
        hashes = Set(self.paths.map { FNV1a.hash($0.utf8) })
    }

    /// Whether the path whose UTF-8 bytes are `bytes` is one of the set.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        hashes.contains(FNV1a.hash(bytes)) && paths.contains(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether `path` is one of the set.
    func contains(_ path: String) -> Bool { paths.contains(path) }
}
