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

    /// A hash of each word of `text` as compared (its `key`), marks alone left out: the words of
    /// `QuoteWords(text).keys`, without making their strings or the words as shown. Grouping
    /// reads every quote of the site this way.
    static func hashes(of text: String) -> [Int] {
        var hashes: [Int] = []
        let scalars = text.unicodeScalars
        // One pass: ASCII words (most of them) are folded as they are read; a word with other
        // letters is made into its key, as `key` does.
        var start: String.Index?
        var hash = fnvOffset
        var length = 0
        var ascii = true
        var index = scalars.startIndex
        while index <= scalars.endIndex {
            let value = index < scalars.endIndex ? scalars[index].value : 0x20
            let isSpace = value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : scalars[index].properties.isWhitespace
            if isSpace {
                if let first = start {
                    if !ascii {
                        (hash, length) = (fnvOffset, 0)
                        for byte in key(Substring(scalars[first..<index])).utf8 {
                            hash = (hash ^ UInt64(byte)) &* fnvPrime
                            length += 1
                        }
                    }
                    if length > 0 { hashes.append(Int(truncatingIfNeeded: hash)) }
                }
                (start, hash, length, ascii) = (nil, fnvOffset, 0, true)
            } else {
                if start == nil { start = index }
                switch value {
                case 0x61...0x7A, 0x30...0x39:
                    hash = (hash ^ UInt64(value)) &* fnvPrime
                    length += 1
                case 0x41...0x5A:
                    hash = (hash ^ UInt64(value | 0x20)) &* fnvPrime
                    length += 1
                case 0x80...: ascii = false
                default: break
                }
            }
            if index == scalars.endIndex { break }
            index = scalars.index(after: index)
        }
        return hashes
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
