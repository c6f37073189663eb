import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension OutputFile {
    /// Writes `bytes` over the file at `path` (creating it when missing) and cuts it to their
    /// length; returns why it failed, or nil.
    ///
    /// A large file written over one of about its size keeps its blocks: creating a 50 MB file
    /// anew cost a rebuild eight times what writing over one did. Only for a file nothing else
    /// shares (a link of its own) and that no reader needs whole while it is written.
    static func overwrite(_ bytes: FileBytes, at path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        let gathered = 1 << 16
        var pending: [UInt8] = []
        pending.reserveCapacity(gathered)
        var size = 0
        var failure: String?
        func put(_ run: UnsafeRawBufferPointer) {
            var offset = 0
            while failure == nil, offset < run.count {
                let written = Foundation.write(descriptor, run.baseAddress! + offset, run.count - offset)
                if written < 0 {
                    if errno != EINTR { failure = String(cString: strerror(errno)) }
                    continue
                }
                offset += written
            }
            size += run.count
        }
        bytes.produce { run in
            if pending.count + run.count > gathered, !pending.isEmpty {
                pending.withUnsafeBytes(put)
                pending.removeAll(keepingCapacity: true)
            }
            if run.count >= gathered { put(run) } else { pending.append(contentsOf: run) }
        }
        if !pending.isEmpty { pending.withUnsafeBytes(put) }
        if failure == nil, ftruncate(descriptor, off_t(size)) != 0 { failure = String(cString: strerror(errno)) }
        return failure
    }
}
