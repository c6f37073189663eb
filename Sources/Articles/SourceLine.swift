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
        var lines: [SourceLine] = []
        let scalars = text.unicodeScalars
        var lineStartIndex = scalars.startIndex
        var lineStartOffset = 0
        var offset = 0
        var index = scalars.startIndex
        func endLine(at end: String.UnicodeScalarView.Index, offset endOffset: Int) {
            lines.append(SourceLine(
                text: String(scalars[lineStartIndex..<end]),
                range: TextRange(start: lineStartOffset, end: endOffset),
                number: lines.count + 1))
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\n" || scalar == "\r" {
                endLine(at: index, offset: offset)
                var after = next
                var breakLength = 1
                if scalar == "\r", after < scalars.endIndex, scalars[after] == "\n" {
                    after = scalars.index(after: after)
                    breakLength = 2
                }
                offset += breakLength
                index = after
                lineStartIndex = after
                lineStartOffset = offset
                continue
            }
            offset += 1
            index = next
        }
        if lineStartIndex < scalars.endIndex { endLine(at: scalars.endIndex, offset: offset) }
        return lines
    }
}
