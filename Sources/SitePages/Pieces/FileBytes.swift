import Foundation

/// A file's bytes, made in order and handed over run by run, so a large file can be written
/// while it is made instead of being held whole first.
package struct FileBytes: Sendable {
    /// Takes the next run of the file's bytes.
    package typealias Sink = (UnsafeRawBufferPointer) -> Void

    /// Where the runs of a file go: bytes made in memory, or runs of another file that are
    /// copied as they are. A run of a file handed to a file on disk is copied by the kernel
    /// (`copy_file_range`) without passing through the build's memory; elsewhere it is read from
    /// its mapping.
    package struct Output {
        /// Takes the next run of bytes.
        package let bytes: Sink
        /// Takes the next run as the bytes at a range of a mapped file.
        package let copy: (MappedFile, Range<Int>) -> Void

        /// An output that takes runs of files as their bytes.
        package init(_ bytes: @escaping Sink) {
            self.bytes = bytes
            self.copy = { file, range in file.copy(range, to: bytes) }
        }

        /// An output with its own way to copy runs of files.
        package init(bytes: @escaping Sink, copy: @escaping (MappedFile, Range<Int>) -> Void) {
            self.bytes = bytes
            self.copy = copy
        }
    }

    /// Hands every byte of the file to an output, in order.
    package let produce: @Sendable (Output) -> Void

    /// The bytes `produce` makes, some of them as runs of other files.
    package init(runs produce: @escaping @Sendable (Output) -> Void) {
        self.produce = produce
    }

    /// The bytes `produce` makes.
    package init(_ produce: @escaping @Sendable (Sink) -> Void) {
        self.produce = { output in produce(output.bytes) }
    }

    /// Bytes already made.
    package init(_ data: Data) {
        self.produce = { output in data.withUnsafeBytes(output.bytes) }
    }

    /// Text as UTF-8.
    package init(text: String) {
        self.produce = { output in
            var text = text
            text.withUTF8 { output.bytes(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Every byte at once.
    package var data: Data {
        var data = Data()
        produce(Output { data.append(contentsOf: $0) })
        return data
    }
}
