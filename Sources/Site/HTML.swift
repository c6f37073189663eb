/// Escaping for the few pieces of HTML and XML the site builds by hand instead of in a template.
enum HTML {
    /// `text` safe inside an element or a double- or single-quoted attribute, scalar by scalar.
    static func escape(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&#39;"
            default: return nil
            }
        }
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
