/// A JSON value the site writes into pages, script files and data files, with keys in a fixed order.
///
/// Written directly as UTF-8: encoding through `JSONSerialization` or `JSONEncoder` boxed every
/// value and cost a tenth of a site build for the schema.org descriptions alone.
indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([JSONValue])
    /// Keys are written sorted, so equal objects give equal text.
    case object([String: JSONValue])

    /// Compact JSON safe to place inside a `<script>` element or a script file: `<`, `>` and `&`
    /// become `\u003c`, `\u003e` and `\u0026`, so no text can close the element (`</script>`) or
    /// open a comment, and U+2028 and U+2029 become escapes so older JavaScript parsers do not
    /// end a string at them. The value the text encodes is unchanged.
    var scriptSafeText: String {
        var writer = Writer(scriptSafe: true, pretty: false)
        writer.write(self, indent: 0)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The elements of an array too long to hold as values at once (every quote of a site): each
    /// is made only when it is written, and dropped after.
    struct Elements {
        /// How many elements there are.
        let count: Int
        /// Makes element `index`.
        let make: (Int) -> JSONValue
    }

    /// An object whose members are such arrays: with `pretty` false as `scriptSafeText` writes
    /// it; with `pretty` true for a data file people read and diff (two-space indents, one member
    /// per line, `"key" : value`, as `JSONEncoder` pretty-prints, and a final line feed).
    static func objectOfArrays(_ members: [String: Elements], pretty: Bool) -> [UInt8] {
        var writer = Writer(scriptSafe: !pretty, pretty: pretty)
        let keys = members.keys.sorted()
        writer.writeContainer("{", "}", keys.count, indent: 0) { writer, position in
            writer.writeMember(keys[position])
            guard let elements = members[keys[position]] else { return }
            writer.writeContainer("[", "]", elements.count, indent: 2) { writer, index in
                writer.write(elements.make(index), indent: 4)
            }
        }
        if pretty { writer.bytes.append(UInt8(ascii: "\n")) }
        return writer.bytes
    }

    /// `elements` as `objectOfArrays` writes them inside a member's array, with the separators
    /// between them and, when `pretty`, the first one's indent; a data file made of such runs
    /// (`PiecedFile`) joins them with `elementSeparator`.
    static func arrayElements(_ elements: Elements, pretty: Bool) -> [UInt8] {
        var writer = Writer(scriptSafe: !pretty, pretty: pretty)
        writer.writeElements(elements.count, indent: 2) { writer, index in writer.write(elements.make(index), indent: 4) }
        return writer.bytes
    }

    /// `elements` as JSON Lines: each compact on a line of its own, every line ending in a line
    /// feed; nothing for no elements.
    static func lines(_ elements: Elements) -> [UInt8] {
        var writer = Writer(scriptSafe: false, pretty: false)
        for index in 0..<elements.count {
            writer.write(elements.make(index), indent: 0)
            writer.bytes.append(UInt8(ascii: "\n"))
        }
        return writer.bytes
    }

    /// One value as a line of JSON Lines: a data file with a piece per entry writes each this way.
    static func line(_ value: JSONValue) -> [UInt8] {
        lines(.init(count: 1) { _ in value })
    }

    /// What `objectOfArrays` writes between two elements of a member's array.
    static func elementSeparator(pretty: Bool) -> [UInt8] {
        Array((pretty ? ",\n" : ",").utf8)
    }

    /// Writes values as UTF-8 in one of the two styles.
    private struct Writer {
        let scriptSafe: Bool
        let pretty: Bool
        var bytes: [UInt8] = []

        init(scriptSafe: Bool, pretty: Bool) {
            self.scriptSafe = scriptSafe
            self.pretty = pretty
        }

        mutating func write(_ value: JSONValue, indent: Int) {
            switch value {
            case .string(let text):
                write(text)
            case .integer(let number):
                bytes += String(number).utf8
            case .bool(let flag):
                bytes += (flag ? "true" : "false").utf8
            case .array(let items):
                writeContainer("[", "]", items.count, indent: indent) { writer, position in
                    writer.write(items[position], indent: indent + 2)
                }
            case .object(let members):
                let keys = members.keys.sorted()
                writeContainer("{", "}", keys.count, indent: indent) { writer, position in
                    writer.writeMember(keys[position])
                    if let member = members[keys[position]] { writer.write(member, indent: indent + 2) }
                }
            }
        }

        /// A member's key and the colon after it.
        mutating func writeMember(_ key: String) {
            write(key)
            bytes += (pretty ? " : " : ":").utf8
        }

        /// An array or object of `count` elements, each written by `element`.
        mutating func writeContainer(
            _ open: Unicode.Scalar, _ close: Unicode.Scalar, _ count: Int, indent: Int,
            element: (inout Writer, Int) -> Void
        ) {
            bytes.append(UInt8(ascii: open))
            if pretty { bytes.append(UInt8(ascii: "\n")) }
            writeElements(count, indent: indent, element: element)
            if pretty {
                bytes.append(UInt8(ascii: "\n"))
                bytes += repeatElement(UInt8(ascii: " "), count: indent)
            }
            bytes.append(UInt8(ascii: close))
        }

        /// The `count` elements of a container at `indent`, each written by `element`, with the
        /// separators between them.
        mutating func writeElements(_ count: Int, indent: Int, element: (inout Writer, Int) -> Void) {
            for position in 0..<count {
                if position > 0 { bytes += (pretty ? ",\n" : ",").utf8 }
                if pretty { bytes += repeatElement(UInt8(ascii: " "), count: indent + 2) }
                element(&self, position)
            }
        }

        /// `text` as a JSON string. Every character that needs an escape is ASCII but for
        /// U+2028 and U+2029 (E2 80 A8 and E2 80 A9 in UTF-8), so the bytes are scanned and the
        /// runs between escapes copied whole: a site's data files hold every quote it has.
        private mutating func write(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                var runStart = 0
                var index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    let escape: [UInt8]?
                    var length = 1
                    switch byte {
                    case UInt8(ascii: "\""): escape = [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                    case UInt8(ascii: "\\"): escape = [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                    case 0x0A: escape = [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                    case 0x0D: escape = [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                    case 0x09: escape = [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                    case 0x00..<0x20: escape = Self.escape(UInt32(byte))
                    case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                        escape = scriptSafe ? Self.escape(UInt32(byte)) : nil
                    case 0xE2 where scriptSafe && index + 2 < utf8.count && utf8[index + 1] == 0x80
                        && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                        escape = Self.escape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                        length = 3
                    default: escape = nil
                    }
                    if let escape {
                        bytes.append(contentsOf: utf8[runStart..<index])
                        bytes += escape
                        runStart = index + length
                    }
                    index += length
                }
                bytes.append(contentsOf: utf8[runStart..<utf8.count])
            }
            bytes.append(UInt8(ascii: "\""))
        }

        private static let hexDigits = Array("0123456789abcdef".utf8)

        /// `\uXXXX` for `code`, a scalar of the Basic Multilingual Plane.
        private static func escape(_ code: UInt32) -> [UInt8] {
            [UInt8(ascii: "\\"), UInt8(ascii: "u")] + stride(from: 12, through: 0, by: -4).map { hexDigits[Int((code >> UInt32($0)) & 0xF)] }
        }
    }
}
