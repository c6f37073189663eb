/// Finds the double-quoted stretches of one text block.
///
/// Marks come curly, straight, mixed and as two apostrophes (`''`), and the glyph alone cannot be
/// trusted: some pages close with “ or open with ”. A mark's side is read from its neighbours (a
/// mark after a space and before a letter opens, one after a letter and before a space or
/// punctuation closes); the glyph only breaks ties. Single quotes never count: nested ones belong
/// to the outer quote and the rest are apostrophes or scare quotes. An opening mark that never
/// closes runs to the end of its block, so one stray mark costs one quote, never the rest; one
/// that opens after a sentence's end inside an open quote starts the next quoted paragraph.
struct QuoteScanner {
    /// One quotation mark found in the block.
    private struct Mark {
        /// Where the mark starts.
        var start: Int
        /// One past its last scalar (two for `''`).
        var end: Int
        /// Neighbours say it can only open.
        var opensOnly: Bool
        /// Neighbours say it can only close.
        var closesOnly: Bool
        /// The glyph is a closing one (” or »).
        var closingGlyph: Bool
    }

    /// The scalars of the block.
    let scalars: [Unicode.Scalar]

    /// The outermost quotes of the block, in order.
    func quotes() -> [QuoteSpan] {
        let marks = findMarks()
        var result: [QuoteSpan] = []
        var stack: [Mark] = []
        for mark in marks {
            if stack.isEmpty {
                if mark.closesOnly { continue }
                if !mark.opensOnly && mark.closingGlyph { continue }
                stack.append(mark)
            } else if mark.opensOnly && !mark.closingGlyph && stack.count == 1 && followsSentenceEnd(mark.start) {
                // `said: "A sentence. "Another …"`: British and agency copy runs quoted paragraphs
                // together, and the opening mark of the next one comes without a closing mark
                // before it. A nested quote does not start after a full stop, so this one reopens.
                let opener = stack.removeLast()
                var end = mark.start
                while end > opener.end && isSpace(scalars[end - 1]) { end -= 1 }
                append(open: opener.start, innerStart: opener.end, innerEnd: end, close: end, unclosed: true, to: &result)
                stack.append(mark)
            } else if mark.opensOnly && !mark.closingGlyph && stack.count < 2 {
                stack.append(mark)
            } else {
                let opener = stack.removeLast()
                if stack.isEmpty {
                    append(open: opener.start, innerStart: opener.end, innerEnd: mark.start, close: mark.end, unclosed: false, to: &result)
                }
            }
        }
        if let outer = stack.first {
            var end = scalars.count
            while end > outer.end && isSpace(scalars[end - 1]) { end -= 1 }
            append(open: outer.start, innerStart: outer.end, innerEnd: end, close: end, unclosed: true, to: &result)
        }
        return result
    }

    // MARK: - Marks

    private func append(
        open: Int, innerStart: Int, innerEnd: Int, close: Int, unclosed: Bool, to result: inout [QuoteSpan]
    ) {
        var innerStart = innerStart
        var innerEnd = innerEnd
        while innerStart < innerEnd && isSpace(scalars[innerStart]) { innerStart += 1 }
        while innerEnd > innerStart && isSpace(scalars[innerEnd - 1]) { innerEnd -= 1 }
        guard innerEnd > innerStart else { return }
        result.append(
            QuoteSpan(open: open, innerStart: innerStart, innerEnd: innerEnd, close: close, unclosed: unclosed))
    }

    private func findMarks() -> [Mark] {
        var marks: [Mark] = []
        var index = 0
        let count = scalars.count
        while index < count {
            let value = scalars[index].value
            var length = 0
            var closingGlyph = false
            switch value {
            case 0x22, 0x201C, 0x201E, 0x201F, 0xAB: length = 1
            case 0x201D, 0xBB:
                length = 1
                closingGlyph = true
            case 0x27, 0x2019:
                // "''…'old-school,''' said": after a word, three apostrophes close a nested single
                // quote and then the double one, so the mark is the last two.
                if index + 2 < count, scalars[index + 1].value == value, scalars[index + 2].value == value,
                    index > 0, !isSpace(scalars[index - 1])
                {
                    index += 1
                    continue
                }
                if index + 1 < count && scalars[index + 1].value == value { length = 2 }
            default: break
            }
            guard length > 0 else {
                index += 1
                continue
            }
            // `author="GovernorPataki"`: an attribute value in markup pasted with the text is no quote.
            if value == 0x22 && index > 0 && scalars[index - 1] == "=" {
                index += 1
                while index < count && scalars[index].value != 0x22 { index += 1 }
                index += 1
                continue
            }
            let before: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
            let after: Unicode.Scalar? = index + length < count ? scalars[index + length] : nil
            let spaceBefore = before.map(isSpace) ?? true
            let spaceAfter = after.map(isSpace) ?? true
            let left = !spaceAfter && (spaceBefore || isOpeningContext(before!))
            let right = !spaceBefore && (spaceAfter || isClosingContext(after!))
            marks.append(
                Mark(start: index, end: index + length, opensOnly: left && !right, closesOnly: right && !left,
                    closingGlyph: closingGlyph))
            index += length
        }
        return marks
    }

    // MARK: - Scalar classes

    /// Whether the last scalar before the spaces ahead of `position` ends a sentence (". ", "? ", "! ").
    private func followsSentenceEnd(_ position: Int) -> Bool {
        var index = position
        while index > 0 && isSpace(scalars[index - 1]) { index -= 1 }
        guard index > 0, index < position else { return false }
        switch scalars[index - 1].value {
        case 0x2E, 0x3F, 0x21, 0x2026: return true
        default: return false
        }
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Scalars after which a mark opens a quote even without a space: brackets, dashes, a colon.
    private func isOpeningContext(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x28, 0x5B, 0x7B, 0x2014, 0x2013, 0x2015, 0x2D, 0x2F, 0x3A, 0x2018: return true
        default: return false
        }
    }

    /// Scalars before which a mark closes a quote: punctuation and other marks.
    private func isClosingContext(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2014, 0x2013, 0x2015, 0x2D, 0x2026,
            0x2019, 0x27, 0x22, 0x201D, 0x201C, 0xBB, 0x2F:
            return true
        default: return false
        }
    }
}
