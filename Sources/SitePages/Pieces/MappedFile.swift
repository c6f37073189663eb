import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file mapped read-only, read in place and let go of as it is used: its pages stay in the
/// page cache, not in the build's memory. A rebuild reads its graph cache and copies the
/// unchanged parts of the site's largest files this way, so it holds no more than a full build.
///
/// The file stays open while it is mapped, so that runs of it can be copied to another file
/// by the kernel (`FileCopy`). The mapping never changes after it is made, so it can be read
/// from any task.
package final class MappedFile: @unchecked Sendable {
    /// The file's bytes.
    package let bytes: UnsafeRawBufferPointer
    /// The open file.
    package let descriptor: Int32

    /// The file at `path`, when it can be mapped and, if `size` is given, has that many bytes.
    package init?(_ path: String, size: Int? = nil) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0, size == nil || Int(info.st_size) == size,
            let base = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED
        else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        bytes = UnsafeRawBufferPointer(start: base, count: Int(info.st_size))
        // Read from start to end, mostly once.
        madvise(base, Int(info.st_size), Int32(MADV_SEQUENTIAL))
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        close(descriptor)
    }

    /// How many bytes the file has.
    package var count: Int { bytes.count }

    /// Hands the bytes at `range` to `sink` a megabyte at a time, letting go of each run once
    /// handed over.
    package func copy(_ range: Range<Int>, to sink: FileBytes.Sink) {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let end = min(offset + (1 << 20), range.upperBound)
            sink(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            release(offset..<end)
            offset = end
        }
    }

    /// Lets go of the whole pages within `range` (a page read again comes back from the page cache).
    package func release(_ range: Range<Int>) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = (range.lowerBound + page - 1) / page * page
        let last = range.upperBound >= count ? count : range.upperBound / page * page
        guard last > first, let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, Int32(MADV_DONTNEED))
    }
}
