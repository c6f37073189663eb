/// Escaping for the few pieces of HTML and XML the site builds by hand instead of in a template.
enum HTML {
    /// `text` safe inside an element or a double- or single-quoted attribute, scalar by scalar.
    static func escape(_ text: String) -> String {
        text.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&#39;"
            default: return nil
            }
        }
    }
}

/// Escaping for XML files (feed, sitemap), which also may not hold most control characters.
enum XML {
    /// `text` escaped for XML 1.0 content or attributes, with characters XML forbids removed.
    static func escape(_ text: String) -> String {
        guard holdsForbidden(text) else { return HTML.escape(text) }
        return HTML.escape(String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed))))
    }

    /// Whether `text` holds a scalar `isAllowed` refuses, told from its UTF-8 without decoding:
    /// the control bytes below U+0020, and U+FFFE and U+FFFF (EF BF BE, EF BF BF). Surrogates
    /// cannot be in a Swift string. Filtering every feed entry scalar by scalar showed in profiles.
    private static func holdsForbidden(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20, byte != 0x9, byte != 0xA, byte != 0xD { return true }
            if previous == (0xEF, 0xBF), byte == 0xBE || byte == 0xBF { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
