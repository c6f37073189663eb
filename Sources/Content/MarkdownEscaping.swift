/// Escapes article text so that cmark-gfm parses it back to exactly the same text.
///
/// Each paragraph is written on one Markdown line. Inline punctuation that could start markup
/// gets a backslash; characters that would end the line or that YAML forbids become numeric
/// character references, which cmark-gfm decodes back (except NUL, which it turns into U+FFFD).
enum MarkdownEscaping {
    /// Punctuation that can start or end inline markup anywhere in a line.
    private static func isInlineSpecial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "`", "*", "_", "[", "]", "<", "&", "~", "|": return true
        default: return false
        }
    }

    /// Punctuation that starts a block (heading, quote, list, thematic break) at the start of a line.
    private static func isBlockStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "#", ">", "-", "+": return true
        default: return false
        }
    }

    /// `text` as inline Markdown; `atLineStart` when it begins a line, where block markers and
    /// leading blanks count, `atLineEnd` when it ends one, where trailing blanks would be lost.
    static func escape(_ text: some Collection<Unicode.Scalar>, atLineStart: Bool, atLineEnd: Bool) -> String {
        // Scalars are classified by switches and written as UTF-8 bytes decoded once: hashing each
        // scalar into sets and appending it to a String were most of the time spent writing Markdown.
        let scalars = Array(text)
        var output: [UInt8] = []
        output.reserveCapacity(scalars.count + scalars.count / 8)
        var start = 0
        var end = scalars.count
        if atLineStart {
            // cmark-gfm strips leading and trailing spaces and tabs from a paragraph line.
            while start < end, isBlank(scalars[start]) {
                appendReference(scalars[start], to: &output)
                start += 1
            }
        }
        let lineEnd = end
        if atLineEnd {
            while end > start, isBlank(scalars[end - 1]) { end -= 1 }
        }
        let orderedListDelimiter = atLineStart ? listDelimiterIndex(in: scalars[start..<end]) : nil
        for index in start..<end {
            let scalar = scalars[index]
            if isInlineSpecial(scalar)
                || (atLineStart && index == start && isBlockStart(scalar))
                || index == orderedListDelimiter
                // A "!" just before a link written after this text would make the link an image.
                || (scalar == "!" && index == end - 1 && !atLineEnd)
            {
                output.append(UInt8(ascii: "\\"))
                append(scalar, to: &output)
            } else if needsReference(scalar) {
                appendReference(scalar, to: &output)
            } else {
                append(scalar, to: &output)
            }
        }
        for blank in scalars[end..<lineEnd] { appendReference(blank, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// A link label for `text`: brackets and backslashes escaped.
    static func escapeLabel(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if scalar == "[" || scalar == "]" || scalar == "\\" { output += "\\" }
            output.unicodeScalars.append(scalar)
        }
        return output
    }

    /// A link title for `text`, to go between double quotes.
    static func escapeTitle(_ text: String) -> String {
        var output: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" || scalar == "&" {
                output.append(UInt8(ascii: "\\"))
                append(scalar, to: &output)
            } else if needsReference(scalar) {
                appendReference(scalar, to: &output)
            } else {
                append(scalar, to: &output)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: - Scalars

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }

    /// Line breaks, control characters, and the characters YAML does not allow in a document.
    private static func needsReference(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// `scalar` as UTF-8.
    private static func append(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        if scalar.isASCII {
            output.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { output.append($0) }
        }
    }

    /// `scalar` as a decimal character reference, `&#N;`.
    private static func appendReference(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        output.append(contentsOf: "&#\(scalar.value);".utf8)
    }

    /// The index of the `.` or `)` in a leading "123." or "4)", which would start an ordered list.
    private static func listDelimiterIndex(in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var index = scalars.startIndex
        while index < scalars.endIndex, index - scalars.startIndex < 10, ("0"..."9").contains(scalars[index]) {
            index += 1
        }
        guard index > scalars.startIndex, index < scalars.endIndex else { return nil }
        return scalars[index] == "." || scalars[index] == ")" ? index : nil
    }
}
