/// One line of an article's source, with its place in the text.
struct SourceLine: Sendable, Hashable {
    /// The line without its line break.
    var text: String
    /// Where the line sits, in Unicode scalars, line break excluded.
    var range: TextRange
    /// The 1-based line number, for error messages.
    var number: Int

    /// True when the line holds only whitespace.
    var isBlank: Bool { text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }

    /// The line as a text block, trimmed of surrounding whitespace with the range kept exact.
    var block: TextBlock {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return TextBlock(text: "", range: TextRange(start: range.start, end: range.start)) }
        let leading = scalars.distance(from: scalars.startIndex, to: first)
        let trailing = scalars.distance(from: last, to: scalars.endIndex) - 1
        if leading == 0 && trailing == 0 { return TextBlock(text: text, range: range) }
        return TextBlock(
            text: String(scalars[first...last]),
            range: TextRange(start: range.start + leading, end: range.end - trailing))
    }

    /// Splits `text` into lines at LF, CRLF and lone CR, counting scalar offsets in one pass.
    static func split(_ text: String) -> [SourceLine] {
        // The line breaks are ASCII, so they are found in the UTF-8, and scalars are counted as
        // the bytes that start one (every byte but a continuation byte, 10xxxxxx): decoding
        // every scalar of every article showed in profiles.
        var lines: [SourceLine] = []
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var lineStartOffset = 0
        var offset = 0
        var index = bytes.startIndex
        func endLine(at end: String.Index, offset endOffset: Int) {
            lines.append(SourceLine(
                text: String(text.unicodeScalars[lineStart..<end]),
                range: TextRange(start: lineStartOffset, end: endOffset),
                number: lines.count + 1))
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == 0x0A || byte == 0x0D {
                endLine(at: index, offset: offset)
                var after = next
                var breakLength = 1
                if byte == 0x0D, after < bytes.endIndex, bytes[after] == 0x0A {
                    after = bytes.index(after: after)
                    breakLength = 2
                }
                offset += breakLength
                index = after
                lineStart = after
                lineStartOffset = offset
                continue
            }
            if byte & 0xC0 != 0x80 { offset += 1 }
            index = next
        }
        if lineStart < bytes.endIndex { endLine(at: bytes.endIndex, offset: offset) }
        return lines
    }
}
