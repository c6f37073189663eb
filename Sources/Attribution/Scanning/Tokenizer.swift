/// Splits a text block into tokens, turning each quote into a single token.
///
/// It walks the scalars once; words are runs of letters, digits and combining marks that may hold
/// an apostrophe, hyphen or dot between two letters ("wasn’t", "Inter-Services", "U.S").
enum Tokenizer {
    /// The tokens of `scalars`, with every span of `quotes` collapsed into one `.quote` token.
    static func tokens(_ scalars: [Unicode.Scalar], quotes: [QuoteSpan]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var quoteCursor = 0
        var buffer: [UInt8] = []
        let count = scalars.count
        while index < count {
            if quoteCursor < quotes.count && index >= quotes[quoteCursor].open {
                let span = quotes[quoteCursor]
                tokens.append(
                    Token(kind: .quote(quoteCursor), start: span.open, end: span.close, lower: "", isCapitalized: false,
                        isAllCaps: false, lowerStem: ""))
                index = max(index, span.close)
                quoteCursor += 1
                continue
            }
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                let start = index
                index += 1
                while index < count {
                    let next = scalars[index]
                    if isWordScalar(next) {
                        index += 1
                    } else if isJoiner(next), index + 1 < count, isWordScalar(scalars[index + 1]),
                        quoteCursor >= quotes.count || index != quotes[quoteCursor].open
                    {
                        index += 2
                    } else {
                        break
                    }
                }
                tokens.append(word(scalars, start, index, buffer: &buffer))
            } else {
                if !isSpace(scalar) {
                    tokens.append(
                        Token(kind: .punct(scalar), start: index, end: index + 1, lower: "", isCapitalized: false,
                            isAllCaps: false, lowerStem: ""))
                }
                index += 1
            }
        }
        markMonthSurnames(&tokens)
        return tokens
    }

    /// Month words that are also surnames: after a known first name, and with no day number
    /// after them, they end the name ("Theresa May, shadow secretary, said", "Brian May told")
    /// instead of reading as a date or the modal "may".
    private static let monthSurnames: Set<String> = ["may", "june", "april", "august"]

    private static func markMonthSurnames(_ tokens: inout [Token]) {
        for index in tokens.indices.dropFirst() where tokens[index].isCapitalized && !tokens[index].isAllCaps {
            guard monthSurnames.contains(tokens[index].lowerStem) else { continue }
            let previous = tokens[index - 1]
            guard previous.isWord, previous.isCapitalized, Lexicon.gender(ofFirstName: previous.lower) != .unknown else {
                continue
            }
            if index + 1 < tokens.count, tokens[index + 1].startsWithDigit { continue }
            tokens[index].classes = []
            tokens[index].stemClasses = []
        }
    }

    // MARK: - Words

    /// A word token; its lowercase form is built as UTF-8 bytes, which keeps ASCII words cheap.
    private static func word(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, buffer: inout [UInt8]) -> Token {
        buffer.removeAll(keepingCapacity: true)
        var upperCount = 0
        var letterCount = 0
        for index in start..<end {
            let scalar = scalars[index]
            let value = scalar.value
            if value >= 0x41 && value <= 0x5A {
                upperCount += 1
                letterCount += 1
                buffer.append(UInt8(value + 0x20))
            } else if value >= 0x61 && value <= 0x7A {
                letterCount += 1
                buffer.append(UInt8(value))
            } else if value < 0x80 {
                buffer.append(UInt8(value))
            } else if value == 0x2019 {
                buffer.append(0x27)
            } else {
                let properties = scalar.properties
                if properties.isUppercase {
                    upperCount += 1
                    letterCount += 1
                    for lower in properties.lowercaseMapping.unicodeScalars { buffer.append(contentsOf: UTF8.encode(lower)!) }
                } else {
                    if properties.isAlphabetic { letterCount += 1 }
                    buffer.append(contentsOf: UTF8.encode(scalar)!)
                }
            }
        }
        let lower = String(decoding: buffer, as: UTF8.self)
        var lowerStem = lower
        let count = buffer.count
        let possessive = count > 2 && buffer[count - 2] == 0x27 && buffer[count - 1] == 0x73
        if possessive { lowerStem = String(decoding: buffer[0..<(count - 2)], as: UTF8.self) }
        let (classes, stemClasses) = buffer.withUnsafeBufferPointer { bytes in
            let classes = Lexicon.classify(bytes)
            return (classes, possessive ? Lexicon.classify(UnsafeBufferPointer(rebasing: bytes[0..<(count - 2)])) : classes)
        }
        let first = scalars[start]
        let capitalized =
            (first.value >= 0x41 && first.value <= 0x5A) || (first.value >= 0x80 && first.properties.isUppercase)
        return Token(
            kind: .word, start: start, end: end, lower: lower, isCapitalized: capitalized,
            isAllCaps: letterCount >= 2 && upperCount == letterCount, classes: classes,
            stemClasses: stemClasses, lowerStem: lowerStem)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        if value == 0x2019 || value == 0x2018 || value == 0xA0 { return false }
        if value >= 0x2000 && value <= 0x206F { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// Scalars that join two word parts: apostrophes, hyphens, dots.
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2D, 0x2E, 0x2010, 0x2011: return true
        default: return false
        }
    }

    /// A letter or an ASCII digit; ASCII is decided without the Unicode property tables, which
    /// cost more than the rest of a quote's scan.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic
    }

    /// An uppercase letter, with the same ASCII shortcut.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
