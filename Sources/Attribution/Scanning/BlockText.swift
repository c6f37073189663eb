import Articles

/// One text block prepared for attribution: its scalars, quotes, tokens and sentences.
struct BlockText: Sendable {
    /// The block's position in `Article.textBlocks`.
    let index: Int
    /// Offset of the block's first scalar in the source file.
    let offset: Int
    /// The block's scalars.
    let scalars: [Unicode.Scalar]
    /// The outermost quotes of the block.
    let quotes: [QuoteSpan]
    /// The tokens outside quotes, with one token per quote.
    let tokens: [Token]
    /// The token index of each quote.
    let quoteTokens: [Int]
    /// The sentence number of each token, counting from 0 in this block.
    let sentence: [Int]
    /// The first token of each sentence, by sentence number.
    let sentenceStarts: [Int]

    /// Reads `block`, the `index`-th block of its article.
    init(_ block: TextBlock, index: Int) {
        self.index = index
        self.offset = block.range.start
        let scalars = Self.scalars(of: block.text)
        self.scalars = scalars
        let quotes = QuoteScanner(scalars: scalars).quotes()
        self.quotes = quotes
        var tokens = Tokenizer.tokens(scalars, quotes: quotes)
        Self.attachAbbreviationDots(&tokens, scalars)
        self.tokens = tokens
        var quoteTokens = [Int](repeating: 0, count: quotes.count)
        for (position, token) in tokens.enumerated() {
            if let quote = token.quoteIndex { quoteTokens[quote] = position }
        }
        self.quoteTokens = quoteTokens
        let sentence = Self.sentences(tokens, scalars, quotes)
        self.sentence = sentence
        // Numbers grow by at most one from a token to the next, so each first appears at its start.
        var sentenceStarts: [Int] = []
        for (position, number) in sentence.enumerated() where number == sentenceStarts.count {
            sentenceStarts.append(position)
        }
        self.sentenceStarts = sentenceStarts
    }

    /// The source text of tokens `range`, exactly as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return string(scalars: tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The text of scalars `range`, built as UTF-8 (appending scalars to a view is much slower).
    func string(scalars range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + 8)
        for index in range {
            let value = scalars[index].value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalars[index])!)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The source text of name tokens `range` without a final possessive ("Khan’s" → "Khan").
    func nameText(_ range: Range<Int>) -> String {
        let full = text(range)
        let last = tokens[range.upperBound - 1]
        guard last.lower != last.lowerStem else { return full }
        return String(String.UnicodeScalarView(full.unicodeScalars.dropLast(2)))
    }

    /// The file range of tokens `range`.
    func fileRange(_ range: Range<Int>) -> TextRange {
        TextRange(start: offset + tokens[range.lowerBound].start, end: offset + tokens[range.upperBound - 1].end)
    }

    /// The quoted text of quote `quote`, without marks.
    func quoteText(_ quote: Int) -> String {
        string(scalars: quotes[quote].innerStart..<quotes[quote].innerEnd)
    }

    /// The last non-space scalar inside quote `quote`.
    func lastInnerScalar(_ quote: Int) -> Unicode.Scalar {
        scalars[quotes[quote].innerEnd - 1]
    }

    /// The number of words in quote `quote` and whether every word of a multi-word quote is
    /// capitalised except short function words (a title: "How the Grinch Stole Christmas").
    func shape(ofQuote quote: Int) -> (words: Int, titleCase: Bool) {
        let span = quotes[quote]
        var words = 0
        var capitalised = 0
        var small = 0
        var inWord = false
        var wordStart = 0
        for index in span.innerStart..<span.innerEnd {
            let scalar = scalars[index]
            let letter = Tokenizer.isLetterOrDigit(scalar)
            if letter && !inWord {
                inWord = true
                wordStart = index
                words += 1
                if Tokenizer.isUppercase(scalar) { capitalised += 1 }
            } else if !letter && inWord && (Tokenizer.isSpace(scalar) || scalar == "," || scalar == ".") {
                inWord = false
                if index - wordStart <= 3, !Tokenizer.isUppercase(scalars[wordStart]) { small += 1 }
            }
        }
        if inWord && span.innerEnd - wordStart <= 3 && !Tokenizer.isUppercase(scalars[wordStart]) { small += 1 }
        let titleCase = words >= 2 && capitalised >= 2 && capitalised + small == words
        return (words, titleCase)
    }

    // MARK: - Preparation

    /// The scalars of `text`, decoded from its UTF-8 in one pass (`Array(text.unicodeScalars)`
    /// walks the text twice, once to count).
    private static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [Unicode.Scalar] = []
            result.reserveCapacity(bytes.count)
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = UInt32(bytes[index])
                var value: UInt32
                var length: Int
                if lead < 0x80 {
                    value = lead
                    length = 1
                } else if lead < 0xE0 {
                    value = lead & 0x1F
                    length = 2
                } else if lead < 0xF0 {
                    value = lead & 0x0F
                    length = 3
                } else {
                    value = lead & 0x07
                    length = 4
                }
                // A `String` holds valid UTF-8, so the continuation bytes are there.
                for offset in 1..<length {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += length
            }
            return result
        }
    }

    /// "Mr." and "U.S." keep their dot, so it is not read as the end of a sentence.
    private static func attachAbbreviationDots(_ tokens: inout [Token], _ scalars: [Unicode.Scalar]) {
        // Compacted in place: a kept token moves down over the dots merged into words before it.
        var kept = 0
        for index in tokens.indices {
            if kept > 0, tokens[index].isPunct("."), tokens[kept - 1].isWord, tokens[kept - 1].end == tokens[index].start,
                tokens[kept - 1].lower.unicodeScalars.count == 1 && tokens[kept - 1].isCapitalized
                    || tokens[kept - 1].is(.abbreviation) || tokens[kept - 1].lower.utf8.contains(0x2E)
            {
                tokens[kept - 1].end = tokens[index].end
                continue
            }
            if kept != index { tokens[kept] = tokens[index] }
            kept += 1
        }
        tokens.removeLast(tokens.count - kept)
    }

    /// Numbers sentences: a sentence ends after . ! ? or … and after a quote that ends with one of
    /// them when a capitalised word or another quote follows.
    private static func sentences(_ tokens: [Token], _ scalars: [Unicode.Scalar], _ quotes: [QuoteSpan]) -> [Int] {
        var result = [Int](repeating: 0, count: tokens.count)
        var current = 0
        for position in tokens.indices {
            result[position] = current
            let token = tokens[position]
            let next = position + 1 < tokens.count ? tokens[position + 1] : nil
            switch token.kind {
            case .punct(let scalar):
                // "(R-Wis.) said", "R-Ky., said": a dot before a bracket, a comma or a lowercase
                // word ends an abbreviation, not the sentence.
                let continues = next.map { $0.isPunct(")") || $0.isPunct(",") || ($0.isWord && !$0.isCapitalized && !$0.startsWithDigit) } ?? false
                if (scalar == "." && !continues) || scalar == "!" || scalar == "?" || scalar == "…" || scalar == ";" {
                    current += 1
                }
            case .quote(let quote):
                let span = quotes[quote]
                let last = scalars[span.innerEnd - 1]
                if last == "." || last == "!" || last == "?" || last == "…" || span.unclosed {
                    if let next, next.quoteIndex != nil || next.isCapitalized { current += 1 }
                }
            case .word:
                break
            }
        }
        return result
    }
}
