/// Escaping for the few pieces of HTML and XML the site builds by hand instead of in a template.
enum HTML {
    /// `text` safe inside an element or a double- or single-quoted attribute.
    ///
    /// It walks Unicode scalars, not characters: a `"` followed by a combining accent is one
    /// character, and matching characters would let that quote mark end an attribute.
    static func escape(_ text: String) -> String {
        // Replacements go through `String +=` and single scalars through `append`: appending a
        // sequence to a `UnicodeScalarView` grows it to the exact size each time (quadratic).
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

/// Escaping for XML files (feed, sitemap), which also may not hold most control characters.
enum XML {
    /// `text` escaped for XML 1.0 content or attributes, with characters XML forbids removed.
    static func escape(_ text: String) -> String {
        let allowed = String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
        return HTML.escape(allowed)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
