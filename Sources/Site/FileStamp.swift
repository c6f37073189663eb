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

    /// One entry of a folder tree as `lstat` sees it.
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
        /// inode, so that a tree changed or replaced by hand has another fingerprint.
        var fingerprint: String {
            var bytes = Array(root.utf8)
            for path in entries.keys.sorted() {
                let entry = entries[path]!
                bytes.append(0)
                bytes.append(contentsOf: path.utf8)
                for number in [UInt64(bitPattern: Int64(entry.size)), UInt64(bitPattern: Int64(entry.modified)), entry.inode] {
                    withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
                }
                bytes.append(entry.isFolder ? 1 : 0)
            }
            return bytes.withUnsafeBytes { ContentHash.of($0) }
        }
    }

    /// The fingerprint of the tree under `folder` (see `Tree`), nil when it does not exist.
    static func tree(_ folder: String) -> String? {
        scan(folder)?.fingerprint
    }

    /// Every entry under `folder`, nil when it does not exist.
    static func scan(_ folder: String) -> Tree? {
        guard let root = of(folder) else { return nil }
        var entries: [String: Entry] = [:]
        walk(folder, prefix: "", into: &entries)
        return Tree(root: root, entries: entries)
    }

    private static func walk(_ folder: String, prefix: String, into entries: inout [String: Entry]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            entries[prefix + name] = Entry(
                size: Int(info.st_size), modified: modificationNanoseconds(info), inode: UInt64(info.st_ino),
                isFolder: isFolder)
            if isFolder { walk(path, prefix: prefix + name + "/", into: &entries) }
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
