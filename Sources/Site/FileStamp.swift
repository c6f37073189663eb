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

    /// A hash over every entry under `folder` (relative path, size, modification time and
    /// inode) and the folder's own identity; nil when it does not exist.
    static func tree(_ folder: String) -> String? {
        guard let root = of(folder) else { return nil }
        var entries: [String] = []
        walk(folder, prefix: "", into: &entries)
        return ContentHash.combining([root] + entries.sorted())
    }

    private static func walk(_ folder: String, prefix: String, into entries: inout [String]) {
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
            entries.append("\(prefix)\(name) \(info.st_size) \(modificationNanoseconds(info)) \(info.st_ino)")
            if (info.st_mode & S_IFMT) == S_IFDIR { walk(path, prefix: prefix + name + "/", into: &entries) }
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
