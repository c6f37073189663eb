/// A JSON value the site writes into pages and script files, with keys in a fixed order.
///
/// Written directly as UTF-8: encoding through `JSONSerialization` boxed every value and cost a
/// tenth of a site build for the schema.org descriptions alone.
indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case array([JSONValue])
    /// Keys are written sorted, so equal objects give equal text.
    case object([String: JSONValue])

    /// Compact JSON safe to place inside a `<script>` element or a script file: `<`, `>` and `&`
    /// become `\u003c`, `\u003e` and `\u0026`, so no text can close the element (`</script>`) or
    /// open a comment, and U+2028 and U+2029 become escapes so older JavaScript parsers do not
    /// end a string at them. The value the text encodes is unchanged.
    var scriptSafeText: String {
        var bytes: [UInt8] = []
        write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func write(into bytes: inout [UInt8]) {
        switch self {
        case .string(let text):
            Self.write(text, into: &bytes)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                item.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (position, key) in members.keys.sorted().enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.write(key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                members[key]?.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `text` as a JSON string, scalar by scalar.
    private static func write(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case "\\": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case "\n": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case "\r": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case "\t": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case "\u{0}"..<" ", "<", ">", "&", "\u{2028}", "\u{2029}":
                writeEscape(UInt16(scalar.value), into: &bytes)
            default:
                if scalar.isASCII {
                    bytes.append(UInt8(scalar.value))
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `\uXXXX` for `code`.
    private static func writeEscape(_ code: UInt16, into bytes: inout [UInt8]) {
        bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u")]
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(hexDigits[Int((code >> UInt16(shift)) & 0xF)])
        }
    }
}
