import Articles
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cheap identities of files and folder trees from `lstat`, without reading any contents.
enum FileStamp {
    /// The file's size, modification time (nanoseconds), device and inode as text, nil when it
    /// does not exist.
    static func of(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return "\(info.st_size) \(modificationNanoseconds(info)) \(info.st_dev) \(info.st_ino)"
    }

    /// How close together two changes of a file can be and still leave it the same modification
    /// time, on the coarsest clocks file systems use; a file changed this shortly before its
    /// stamp was taken is hashed again rather than trusted.
    static let tick = 2.0

    /// The file's stamp (as `of`) and its modification time in seconds since 1970.
    static func identity(_ path: String) -> (stamp: String, modified: Double)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let nanoseconds = modificationNanoseconds(info)
        return ("\(info.st_size) \(nanoseconds) \(info.st_dev) \(info.st_ino)", Double(nanoseconds) / 1e9)
    }

    /// One entry of a folder tree as `lstat` sees it; a folder is only marked as one (its own
    /// stamp changes with its entries, which the tree holds anyway).
    struct Entry: Sendable, Equatable {
        var size: Int
        var modified: Int
        var inode: UInt64
        var isFolder: Bool
    }

    /// Every entry under a folder by relative path, and the folder's own stamp.
    struct Tree: Sendable {
        /// `of` the folder.
        var root: String
        /// Entries by path relative to the folder.
        var entries: [String: Entry]

        /// A hash over the folder's stamp and every entry's path, size, modification time and
        /// inode, so that a tree changed or replaced by hand has another fingerprint. Each entry
        /// is hashed alone and the hashes are summed, so the paths need no sorting.
        var fingerprint: String {
            var sum: UInt64 = 0
            var mixed: UInt64 = 0
            for (path, entry) in entries {
                var hash = FNV1a.hash(path.utf8)
                for number in [UInt64(bitPattern: Int64(entry.size)), UInt64(bitPattern: Int64(entry.modified)), entry.inode] {
                    hash = (hash ^ number) &* 0x0000_0100_0000_01B3
                }
                hash = (hash ^ (entry.isFolder ? 1 : 0)) &* 0x0000_0100_0000_01B3
                sum &+= hash
                mixed ^= hash &* 0x9E37_79B9_7F4A_7C15
            }
            return ContentHash.combining([root, String(entries.count), String(sum), String(mixed)])
        }
    }

    /// The fingerprint of the tree under `folder` (see `Tree`), nil when it does not exist.
    static func tree(_ folder: String) -> String? {
        scan(folder)?.fingerprint
    }

    /// Every entry under `folder`, nil when it does not exist. The first two levels are walked
    /// first; the folders below them (a site's thousands of page folders) are walked on every
    /// core, each share into its own table.
    ///
    /// A file that the folder listing shows with the inode `known` has for its path is the file
    /// `known` describes (a hard link to it) and takes its entry without a look of its own: the
    /// spare copy of a site is checked against the output that way.
    static func scan(_ folder: String, known: [String: Entry] = [:]) -> Tree? {
        guard let root = of(folder) else { return nil }
        var entries: [String: Entry] = [:]
        var deeper: [String] = []
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 { walk(descriptor, prefix: "", levels: 2, known: known, into: &entries, deeper: &deeper) }
        let folders = deeper
        let shares = max(1, min(ProcessInfo.processInfo.activeProcessorCount, folders.count / 256))
        let parts = Shares<[String: Entry]>(count: shares)
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            var part: [String: Entry] = [:]
            var none: [String] = []
            for index in stride(from: share, to: folders.count, by: shares) {
                let child = open(folder + "/" + folders[index], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 {
                    walk(child, prefix: folders[index] + "/", levels: .max, known: known, into: &part, deeper: &none)
                }
            }
            parts.set(share, part)
        }
        for part in parts.values { entries.merge(part) { first, _ in first } }
        return Tree(root: root, entries: entries)
    }

    /// Adds the entries of the open folder `descriptor` (closed after) and of its subfolders
    /// down to `levels` below it; the folders below those go to `deeper`. Each entry is looked up
    /// relative to its folder: a site has thousands of folders, and resolving every path from
    /// the root again cost as much as the lookups themselves. Folders are told by the listing's
    /// type where it gives one, files by `known` where it vouches for them (see `scan`).
    private static func walk(
        _ descriptor: Int32, prefix: String, levels: Int, known: [String: Entry], into entries: inout [String: Entry],
        deeper: inout [String]
    ) {
        defer { close(descriptor) }
        for entry in FolderListing.entries(of: descriptor) ?? [] {
            let name = entry.name
            let path = prefix + name
            var isFolder = entry.type == Int32(DT_DIR)
            if !isFolder {
                if entry.type == Int32(DT_REG), let same = known[path], !same.isFolder, same.inode == entry.inode {
                    entries[path] = same
                    continue
                }
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                isFolder = (info.st_mode & S_IFMT) == S_IFDIR
                if !isFolder {
                    entries[path] = Entry(
                        size: Int(info.st_size), modified: modificationNanoseconds(info), inode: UInt64(info.st_ino),
                        isFolder: false)
                    continue
                }
            }
            entries[path] = Entry(size: 0, modified: 0, inode: 0, isFolder: true)
            guard levels > 1 else {
                deeper.append(path)
                continue
            }
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child >= 0 {
                walk(child, prefix: path + "/", levels: levels - 1, known: known, into: &entries, deeper: &deeper)
            }
        }
    }

    /// Results of parallel work, one slot per share, each written by its own share only.
    private final class Shares<Value>: @unchecked Sendable {
        private var slots: [Value?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            defer { lock.unlock() }
            slots[index] = value
        }

        var values: [Value] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }

    private static func modificationNanoseconds(_ info: stat) -> Int {
        #if canImport(Darwin)
            return info.st_mtimespec.tv_sec * 1_000_000_000 + info.st_mtimespec.tv_nsec
        #else
            return info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec
        #endif
    }
}
