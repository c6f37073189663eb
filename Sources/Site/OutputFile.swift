import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes build outputs with plain `open`/`write`/`close`, creating missing parent folders.
///
/// `Data.write(to:)` syncs every file to disk, which on a large site costs more than rendering
/// it. Build outputs do not need that: the site is swapped in whole only after every file is
/// written, and annotated Markdown is regenerated from its article when it is missing.
enum OutputFile {
    /// Writes `data` to `path`, replacing any file there; returns why it failed, or nil.
    static func write(_ data: Data, to path: String) -> String? {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            if let reason = makeFolders((path as NSString).deletingLastPathComponent) { return reason }
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// Writes `data` to a temporary file beside `path` and renames it over `path`, so a reader
    /// sees the old file or the new one, never half of one.
    static func replace(_ path: String, with data: Data) -> String? {
        // Hidden, so that a build killed at this moment leaves nothing a folder listing picks up.
        let name = (path as NSString).lastPathComponent
        let temporary = ((path as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(".\(name).tmp-\(getpid())")
        if let reason = write(data, to: temporary) { return reason }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return reason
        }
        return nil
    }

    /// Creates `folder` and its missing parents; another task creating one at the same time is fine.
    private static func makeFolders(_ folder: String) -> String? {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return nil }
        guard errno == ENOENT else { return String(cString: strerror(errno)) }
        if let reason = makeFolders((folder as NSString).deletingLastPathComponent) { return reason }
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return nil }
        return String(cString: strerror(errno))
    }
}
