/// One word, punctuation mark or whole quote of a text block, outside quoted text.
struct Token: Sendable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        /// Letters and digits, with inner apostrophes, hyphens and dots ("Khan's", "U.S").
        case word
        /// One punctuation scalar.
        case punct(Unicode.Scalar)
        /// A whole quote; the payload indexes the block's quote spans.
        case quote(Int)
    }

    /// What the token is.
    var kind: Kind
    /// Offset of the first scalar in the block.
    var start: Int
    /// Offset one past the last scalar in the block.
    var end: Int
    /// The word in lowercase, possessive kept ("khan's"); empty for other kinds.
    var lower: String
    /// The word starts with an uppercase letter.
    var isCapitalized: Bool
    /// Every letter of the word is uppercase and there are at least two.
    var isAllCaps: Bool
    /// The tables `lower` belongs to.
    var classes: WordClass = []
    /// The tables `lowerStem` belongs to (the same as `classes` without a possessive).
    var stemClasses: WordClass = []

    /// Whether this is the punctuation scalar `scalar`.
    func isPunct(_ scalar: Unicode.Scalar) -> Bool {
        if case .punct(let own) = kind { return own == scalar }
        return false
    }

    /// Whether the token starts with an ASCII digit ("000", "2016").
    var startsWithDigit: Bool {
        guard let first = lower.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39
    }

    /// Whether this is a word.
    var isWord: Bool { kind == .word }

    /// The quote index when this token is a quote.
    var quoteIndex: Int? {
        if case .quote(let index) = kind { return index }
        return nil
    }

    /// The word without a possessive ending ("khan's" → "khan").
    var lowerStem: String

    /// Whether the word is in the tables of `wordClass`.
    func `is`(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }
}
