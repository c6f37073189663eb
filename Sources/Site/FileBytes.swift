import Foundation

/// A file's bytes, made in order and handed over run by run, so a large file can be written
/// while it is made instead of being held whole first.
struct FileBytes: Sendable {
    /// Takes the next run of the file's bytes.
    typealias Sink = (UnsafeRawBufferPointer) -> Void

    /// Hands every byte of the file to a sink, in order.
    let produce: @Sendable (Sink) -> Void

    /// The bytes `produce` makes.
    init(_ produce: @escaping @Sendable (Sink) -> Void) {
        self.produce = produce
    }

    /// Bytes already made.
    init(_ data: Data) {
        self.produce = { sink in data.withUnsafeBytes(sink) }
    }

    /// Text as UTF-8.
    init(text: String) {
        self.produce = { sink in
            var text = text
            text.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Every byte at once.
    var data: Data {
        var data = Data()
        produce { data.append(contentsOf: $0) }
        return data
    }
}
