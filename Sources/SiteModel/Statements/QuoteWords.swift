/// A quote's words as statement matching compares them, each with the text a reader sees.
///
/// Two reports of one statement differ in punctuation, capitals, curly or straight apostrophes
/// and dashes more often than in words, so each word is compared by its letters and digits
/// alone, lowercased ("Don’t," and "dont" are the same word). Marks that stand alone ("—",
/// "…") are not words; they stay with the word before them for display.
package struct QuoteWords: Sendable, Equatable {
    /// The words as written, each with the punctuation around it.
    var shown: [String]
    /// The same words as compared: lowercased letters and digits.
    var keys: [String]

    /// The words of `text`, split at white space.
    init(_ text: String) {
        var shown: [String] = []
        var keys: [String] = []
        for token in Self.tokens(of: text) {
            let key = Self.key(token)
            if key.isEmpty {
                // A lone mark belongs to the word before it, or starts the first one.
                if shown.isEmpty {
                    shown.append(String(token))
                    keys.append("")
                } else {
                    shown[shown.count - 1] += " " + token
                }
            } else if keys.last == "" {
                shown[shown.count - 1] += " " + token
                keys[keys.count - 1] = key
            } else {
                shown.append(String(token))
                keys.append(key)
            }
        }
        // Marks alone, with no word at all: nothing to compare.
        if keys == [""] {
            shown = []
            keys = []
        }
        self.shown = shown
        self.keys = keys
    }

    /// The runs of `text` between white space, the first `limit` of them when given. Scalars, not
    /// characters, are looked at: a quote's words are compared by the thousand, and ASCII (most of
    /// them) needs no property look-up.
    package static func tokens(of text: String, limit: Int = .max) -> [Substring] {
        var tokens: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            let isSpace =
                value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : scalars[index].properties.isWhitespace
            if isSpace {
                if let first = start {
                    tokens.append(Substring(scalars[first..<index]))
                    if tokens.count == limit { return tokens }
                }
                start = nil
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let first = start { tokens.append(Substring(scalars[first...])) }
        return tokens
    }

    /// How many words there are.
    var count: Int { keys.count }

    /// A hash of each word of `text` as compared, marks alone left out: one for each of
    /// `QuoteWords(text).keys`, the same for the same key, without making their strings or the
    /// words as shown. Grouping and the quotes credited to nobody read every quote of the site
    /// this way, so its bytes are read once, and only letters outside ASCII are looked up.
    static func hashes(of text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var hashes: [Int] = []
            var hash = fnvOffset
            var length = 0
            // Ends the word being read, if any.
            func endWord() {
                if length > 0 { hashes.append(Int(truncatingIfNeeded: hash)) }
                (hash, length) = (fnvOffset, 0)
            }
            func add(_ byte: UInt8) {
                hash = (hash ^ UInt64(byte)) &* fnvPrime
                length += 1
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x20, 0x09...0x0D: endWord()
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): add(byte)
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): add(byte | 0x20)
                    default: break
                    }
                    index += 1
                    continue
                }
                let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(index + width, bytes.count)
                var decoder = UTF8()
                var iterator = bytes[index..<end].makeIterator()
                guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
                    index += 1
                    continue
                }
                index = end
                let properties = scalar.properties
                if properties.isWhitespace {
                    endWord()
                } else if properties.isAlphabetic || properties.numericType != nil {
                    // As `key` does: lowercased, letters and digits only.
                    for lower in properties.lowercaseMapping.unicodeScalars
                    where lower.properties.isAlphabetic || lower.properties.numericType != nil {
                        for unit in UTF8.encode(lower)! { add(unit) }
                    }
                }
            }
            endWord()
            return hashes
        }
    }

    /// FNV-1a, 64 bits: a hash of a word's bytes that is the same on every run.
    private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// The letters and digits of `token`, lowercased.
    static func key(_ token: Substring) -> String {
        // Most words are ASCII; they are folded byte by byte.
        let bytes = token.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // Written straight into the string: a word of up to 15 bytes takes no allocation at all.
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): buffer[count] = byte
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer[count] = byte | 0x20
                    default: continue
                    }
                    count += 1
                }
                return count
            }
        }
        return String(String.UnicodeScalarView(token.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}
