import Foundation
import SitePages

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
package enum OutputFile {
    /// Writes `data` to `path`, replacing any file there; returns why it failed, or nil.
    package static func write(_ data: Data, to path: String) -> String? {
        write(FileBytes(data), to: path)
    }

    /// Writes `bytes` to `path` as they are made, replacing any file there; returns why it
    /// failed, or nil. Short runs are gathered so that a file of many small pieces still takes
    /// few system calls; runs of other files are copied by the kernel (`FileCopy`).
    package static func write(_ bytes: FileBytes, to path: String) -> String? {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            if let reason = makeFolders((path as NSString).deletingLastPathComponent) { return reason }
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        let gathered = 1 << 16
        var pending: [UInt8] = []
        var failure: String?
        func put(_ run: UnsafeRawBufferPointer) {
            guard failure == nil else { return }
            if pending.count + run.count > gathered, !pending.isEmpty {
                failure = pending.withUnsafeBytes { writeAll($0, to: descriptor) }
                pending.removeAll(keepingCapacity: true)
            }
            if run.count >= gathered {
                failure = failure ?? writeAll(run, to: descriptor)
            } else {
                pending.append(contentsOf: run)
            }
        }
        let output = FileBytes.Output(bytes: put) { file, range in
            guard failure == nil else { return }
            if !pending.isEmpty {
                failure = pending.withUnsafeBytes { writeAll($0, to: descriptor) }
                pending.removeAll(keepingCapacity: true)
            }
            var copied = 0
            if !FileCopy.append(from: file.descriptor, range: range, to: descriptor, copied: &copied) {
                file.copy(range.lowerBound + copied..<range.upperBound, to: put)
            }
        }
        bytes.produce(output)
        if failure == nil, !pending.isEmpty { failure = pending.withUnsafeBytes { writeAll($0, to: descriptor) } }
        return failure
    }

    /// Writes every byte of `buffer`, going on after interrupted and partial writes.
    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
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

    /// Writes `data` to a temporary file beside `path` and renames it over `path`, so a reader
    /// sees the old file or the new one, never half of one.
    package static func replace(_ path: String, with data: Data) -> String? {
        replace(path, with: FileBytes(data))
    }

    /// `replace(_:with:)` for bytes made as they are written.
    package static func replace(_ path: String, with bytes: FileBytes) -> String? {
        // Hidden, so that a build killed at this moment leaves nothing a folder listing picks up.
        let name = (path as NSString).lastPathComponent
        let temporary = ((path as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(".\(name).tmp-\(getpid())")
        if let reason = write(bytes, to: temporary) { return reason }
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
