/// How the search finds words: text folded (accents taken off, lower case) and split into runs
/// of letters and digits. `assets/search.js` folds a query the same way, so a word typed with or
/// without its accents finds the same entries.
enum SearchTerms {
    /// The distinct words of `text`, folded, in order of first appearance.
    static func words(_ text: String) -> [String] {
        var seen = Set<String>()
        var words: [String] = []
        each(in: text) { word in
            if seen.insert(word).inserted { words.append(word) }
        }
        return words
    }

    /// Calls `body` with each folded word of `text`, repeats included.
    static func each(in text: String, _ body: (String) -> Void) {
        // Most text is ASCII: its words are folded byte by byte. A word with any other byte is
        // folded as the script does it (decomposed, marks dropped, lower case).
        var utf8 = Array(text.utf8)
        var start = -1
        var ascii = true
        func end(at position: Int) {
            guard start >= 0 else { return }
            let slice = utf8[start..<position]
            if ascii {
                body(String(decoding: slice, as: UTF8.self))
            } else {
                fold(String(decoding: slice, as: UTF8.self)).forEach(body)
            }
            start = -1
            ascii = true
        }
        for position in utf8.indices {
            let byte = utf8[position]
            if byte < 0x80 {
                let isWord = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                if isWord {
                    if byte >= 0x41 && byte <= 0x5A { utf8[position] = byte + 0x20 }
                    if start < 0 { start = position }
                } else {
                    end(at: position)
                }
            } else {
                if start < 0 { start = position }
                ascii = false
            }
        }
        end(at: utf8.count)
    }

    /// The folded words of `text`, which holds characters outside ASCII: decomposed, combining
    /// accents (U+0300–U+036F) dropped, lower-cased, final sigma as sigma, split on every
    /// character that is neither a letter nor a number.
    static func fold(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars where !(0x300...0x36F).contains(scalar.value) {
            if isWordScalar(scalar) {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    word.append(lower == "ς" ? "σ" : lower)
                }
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// Whether `scalar` is a letter or a number (`\p{L}` or `\p{N}` in a script's pattern).
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}
