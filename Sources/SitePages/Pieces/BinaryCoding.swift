import Foundation

/// Appends values to a compact byte buffer for the build's own cache files.
///
/// The graph cache is read on every rebuild, so it is a plain length-prefixed format that reads
/// back in one pass, not JSON: decoding ten thousand articles' summaries as JSON costs more than
/// the rest of a one-article rebuild.
package struct BinaryWriter {
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    package init() {}

    /// Appends an unsigned number in 7-bit groups, low first.
    package mutating func write(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends a flag.
    package mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Appends bytes with their count, for `BinaryReader.byteRun()`.
    package mutating func write(bytes raw: [UInt8]) {
        write(raw.count)
        bytes.append(contentsOf: raw)
    }

    /// Appends bytes another writer wrote, as they are.
    package mutating func append(_ raw: ArraySlice<UInt8>) { bytes.append(contentsOf: raw) }

    /// Appends a string as its UTF-8 length and bytes.
    package mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends an optional string: a flag, then the string when there is one.
    package mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// Appends an optional number: a flag, then the number when there is one.
    package mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// Appends a list of strings.
    package mutating func write(_ values: [String]) {
        write(values.count)
        for value in values { write(value) }
    }

    /// Appends a table keyed by text: its size, then each key in sorted order followed by what
    /// `entry` writes of its value, so that equal tables always give equal bytes.
    package mutating func write<Value>(_ table: [String: Value], entry: (inout BinaryWriter, Value) -> Void) {
        write(table.count)
        for key in table.keys.sorted() {
            write(key)
            entry(&self, table[key]!)
        }
    }

    /// Appends a table as `write(_:entry:)` does, in the table's own order: for a cache read back
    /// as a table, where sorting a hundred thousand keys on every save bought nothing.
    package mutating func write<Value>(unordered table: [String: Value], entry: (inout BinaryWriter, Value) -> Void) {
        write(table.count)
        for (key, value) in table {
            write(key)
            entry(&self, value)
        }
    }
}

/// Reads what `BinaryWriter` wrote; every read fails (throws) on bytes that end early or do not
/// decode, so a damaged cache file is dropped rather than misread.
package struct BinaryReader {
    /// Why bytes could not be read.
    package struct Damaged: Error {
        /// A damaged-input error.
        package init() {}
    }

    private let bytes: UnsafeRawBufferPointer
    /// What keeps `bytes` alive.
    private let owner: AnyObject
    private var position = 0

    /// A reader at the start of `bytes`.
    package init(_ bytes: [UInt8]) {
        let copy = Copy(bytes)
        self.bytes = copy.bytes
        owner = copy
    }

    /// A reader at the start of the mapped `file`, reading it in place.
    package init(_ file: MappedFile) {
        bytes = file.bytes
        owner = file
    }

    /// A reader of the bytes at `range` of the mapped `file` (clamped to the file), reading them
    /// in place; its offsets count from the range's start.
    package init(_ file: MappedFile, range: Range<Int>) {
        bytes = UnsafeRawBufferPointer(rebasing: file.bytes[range.clamped(to: 0..<file.count)])
        owner = file
    }

    /// Whether every byte has been read.
    package var isAtEnd: Bool { position == bytes.count }

    /// How many bytes have been read.
    package var offset: Int { position }

    /// Bytes copied out of an array, so a reader reads arrays and mapped files alike.
    private final class Copy {
        let bytes: UnsafeRawBufferPointer

        init(_ array: [UInt8]) {
            let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: array.count, alignment: 1)
            storage.copyBytes(from: array)
            bytes = UnsafeRawBufferPointer(storage)
        }

        deinit { bytes.deallocate() }
    }

    /// Reads a number.
    package mutating func int() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
    }

    /// Reads a run of bytes that `BinaryWriter.write(bytes:)` wrote.
    package mutating func byteRun() throws(Damaged) -> [UInt8] {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Damaged() }
        let start = position
        position += count
        return Array(UnsafeRawBufferPointer(rebasing: bytes[start..<start + count]))
    }

    /// Reads a flag.
    package mutating func bool() throws(Damaged) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Damaged() }
        position += 1
        return bytes[position - 1] == 1
    }

    /// Reads a string.
    package mutating func string() throws(Damaged) -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Damaged() }
        let start = position
        position += count
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<start + count]), as: UTF8.self)
    }

    /// Reads an optional string.
    package mutating func optionalString() throws(Damaged) -> String? {
        try bool() ? try string() : nil
    }

    /// Reads an optional number.
    package mutating func optionalInt() throws(Damaged) -> Int? {
        try bool() ? try int() : nil
    }

    /// Reads a list of strings.
    package mutating func strings() throws(Damaged) -> [String] {
        try list { reader throws(Damaged) in try reader.string() }
    }

    /// Reads a count, then that many items with `item`.
    package mutating func list<Item>(_ item: (inout BinaryReader) throws(Damaged) -> Item) throws(Damaged) -> [Item] {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Damaged() }
        var items: [Item] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try item(&self)) }
        return items
    }
}
