/// JSON made safe to place inside a `<script>` element or a script file.
///
/// `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, so no text can close the element
/// (`</script>`) or open a comment, and U+2028 and U+2029 become escapes so older JavaScript
/// parsers do not end a string at them. The replacement walks Unicode scalars, not characters:
/// a `<` followed by a combining mark is one character, and would slip past a character match.
enum ScriptJSON {
    /// `json` with the characters above escaped; the JSON value it encodes is unchanged.
    static func safe(_ json: String) -> String {
        json.replacingScalars { scalar in
            switch scalar {
            case "<": return "\\u003c"
            case ">": return "\\u003e"
            case "&": return "\\u0026"
            case "\u{2028}": return "\\u2028"
            case "\u{2029}": return "\\u2029"
            default: return nil
            }
        }
    }
}
