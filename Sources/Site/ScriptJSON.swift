/// JSON made safe to place inside a `<script>` element or a script file.
///
/// `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, so no text can close the element
/// (`</script>`) or open a comment, and U+2028 and U+2029 become escapes so older JavaScript
/// parsers do not end a string at them. The replacement walks Unicode scalars, not characters:
/// a `<` followed by a combining mark is one character, and would slip past a character match.
enum ScriptJSON {
    /// `json` with the characters above escaped; the JSON value it encodes is unchanged.
    static func safe(_ json: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": output.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": output.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": output.append(contentsOf: "\\u0026".unicodeScalars)
            case "\u{2028}": output.append(contentsOf: "\\u2028".unicodeScalars)
            case "\u{2029}": output.append(contentsOf: "\\u2029".unicodeScalars)
            default: output.append(scalar)
            }
        }
        return String(output)
    }
}
