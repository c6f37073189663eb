/// Quoting for the front matter Verbatim writes, so that any text reads back unchanged.
enum YAMLWriting {
    /// `text` as a double-quoted YAML scalar; every character YAML could reinterpret is escaped.
    static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default:
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// `text` as a single-quoted YAML scalar, for escaped Markdown, whose backslashes must stay
    /// as they are; `text` must hold no line breaks or control characters (Markdown escaping
    /// turns them into character references).
    static func singleQuoted(_ text: String) -> String {
        // Scalar by scalar: a "'" followed by a combining mark is one character, which a
        // character-wise replacement would not double, ending the scalar early.
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            output.append(scalar)
            if scalar == "'" { output.append(scalar) }
        }
        return "'" + String(output) + "'"
    }

    /// `key` bare when it is a slug YAML reads as a string, else double-quoted.
    static func key(_ key: String) -> String {
        let isSlug =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        let startsWithLetter = key.unicodeScalars.first.map { ("a"..."z").contains($0) } ?? false
        let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]
        return isSlug && startsWithLetter && !reserved.contains(key) ? key : doubleQuoted(key)
    }

    /// A flow sequence of double-quoted strings.
    static func list(_ items: [String]) -> String {
        "[" + items.map(doubleQuoted).joined(separator: ", ") + "]"
    }
}
