import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cheap identities of files and folder trees from `lstat`, without reading any contents.
package enum FileStamp {
    /// The file's size, modification time (nanoseconds), device and inode as text, nil when it
    /// does not exist.
    package static func of(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return "\(info.st_size) \(modificationNanoseconds(info)) \(info.st_dev) \(info.st_ino)"
    }

    /// How close together two changes of a file can be and still leave it the same modification
    /// time, on the coarsest clocks file systems use; a file changed this shortly before its
    /// stamp was taken is hashed again rather than trusted.
    package static let tick = 2.0

    /// The file's stamp (as `of`) and its modification time in seconds since 1970.
    package static func identity(_ path: String) -> (stamp: String, modified: Double)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let nanoseconds = modificationNanoseconds(info)
        return ("\(info.st_size) \(nanoseconds) \(info.st_dev) \(info.st_ino)", Double(nanoseconds) / 1e9)
    }

    /// Every entry under a folder by relative path, and the folder's own identity.
    struct Tree: Sendable {
        /// The folder's own identity.
        var root: TreeRecord.Identity
        /// Entries by path relative to the folder.
        var entries: [String: TreeRecord.Identity]
    }

    /// Every entry under `folder`, nil when it does not exist. The first two levels are walked
    /// first; the folders below them (a site's thousands of page folders) are walked on every
    /// core, each share into its own table.
    static func scan(_ folder: String) -> Tree? {
        var info = stat()
        guard lstat(folder, &info) == 0 else { return nil }
        var entries: [String: TreeRecord.Identity] = [:]
        var deeper: [String] = []
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 { walk(descriptor, prefix: "", levels: 2, into: &entries, deeper: &deeper) }
        let folders = deeper
        let shares = max(1, min(ProcessInfo.processInfo.activeProcessorCount, folders.count / 256))
        let parts = ConcurrentShares.map(shares) { share in
            var part: [String: TreeRecord.Identity] = [:]
            var none: [String] = []
            for index in stride(from: share, to: folders.count, by: shares) {
                let child = open(folder + "/" + folders[index], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 { walk(child, prefix: folders[index] + "/", levels: .max, into: &part, deeper: &none) }
            }
            return part
        }
        for part in parts { entries.merge(part) { first, _ in first } }
        return Tree(root: TreeRecord.Identity(info), entries: entries)
    }

    /// Adds the entries of the open folder `descriptor` (closed after) and of its subfolders
    /// down to `levels` below it; the folders below those go to `deeper`. Each entry is looked up
    /// relative to its folder: a site has thousands of folders, and resolving every path from
    /// the root again cost as much as the lookups themselves.
    private static func walk(
        _ descriptor: Int32, prefix: String, levels: Int, into entries: inout [String: TreeRecord.Identity],
        deeper: inout [String]
    ) {
        defer { close(descriptor) }
        for entry in FolderListing.entries(of: descriptor) ?? [] {
            let name = entry.name
            let path = prefix + name
            guard let identity = name.withCString({ TreeRecord.Identity.of($0, in: descriptor) }) else { continue }
            entries[path] = identity
            guard identity.isFolder else { continue }
            guard levels > 1 else {
                deeper.append(path)
                continue
            }
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child >= 0 { walk(child, prefix: path + "/", levels: levels - 1, into: &entries, deeper: &deeper) }
        }
    }

    /// The modification time of `info` in nanoseconds since 1970.
    static func modificationNanoseconds(_ info: stat) -> Int {
        #if canImport(Darwin)
            return info.st_mtimespec.tv_sec * 1_000_000_000 + info.st_mtimespec.tv_nsec
        #else
            return info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec
        #endif
    }
}
