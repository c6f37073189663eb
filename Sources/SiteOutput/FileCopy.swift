import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Copies a run of one open file into another inside the kernel (`copy_file_range`), so the
/// bytes go from page cache to page cache without being mapped, read or written by the build:
/// a rebuild copies most of its 100 MB of data files from the previous ones this way.
enum FileCopy {
    /// Appends the bytes at `range` of the open file `source` to the open file `target` at its
    /// current offset. False, with nothing or only part copied (`copied` says how much), when the
    /// system or file systems cannot; the caller writes the rest itself.
    package static func append(
        from source: Int32, range: Range<Int>, to target: Int32, copied: inout Int
    ) -> Bool {
        #if os(Linux)
            guard let copyFileRange = function else { return false }
            var offset = Int64(range.lowerBound + copied)
            while copied < range.count {
                let done = copyFileRange(source, &offset, target, nil, range.count - copied, 0)
                if done < 0 && errno == EINTR { continue }
                guard done > 0 else { return false }
                copied += done
            }
            return true
        #else
            return false
        #endif
    }

    #if os(Linux)
        private typealias CopyFileRange =
            @convention(c) (Int32, UnsafeMutablePointer<Int64>?, Int32, UnsafeMutablePointer<Int64>?, Int, UInt32) -> Int

        /// glibc declares copy_file_range only under _GNU_SOURCE, which Swift's Glibc module does
        /// not set, so it is looked up by name (glibc 2.27 and later have it).
        private static let function: CopyFileRange? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "copy_file_range")
            .map { unsafeBitCast($0, to: CopyFileRange.self) }
    #endif
}
