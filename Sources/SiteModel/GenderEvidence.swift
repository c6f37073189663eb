import Attribution

/// Which way the sentences around a speaker's quotes point, "he said" or "Mrs. Clinton said":
/// the article's own words, which tell a "Clinton" who is Hillary from one who is Bill when the
/// site knows both.
struct GenderEvidence: Hashable, Sendable {
    /// A person's gender as names and pronouns suggest it.
    enum Gender: Hashable, Sendable {
        case male, female
    }

    private var male = 0
    private var female = 0

    /// Counts the pronouns and titles of `context` (a quote's sentence, the quote left out): the
    /// words, split at every character that is not a letter, that are one of them in any case.
    ///
    /// Identity resolution reads every quote of every article on each build, so this goes by
    /// UTF-8 bytes: the words counted are ASCII, so only runs of ASCII letters can be one. A run
    /// between ASCII non-letters is a whole word; next to other characters, the string's own
    /// characters decide, as splitting them would.
    mutating func read(_ context: String) {
        var text = context
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            var position = 0
            while position < bytes.count {
                guard Self.isASCIILetter(bytes[position]) else {
                    position += 1
                    continue
                }
                let start = position
                while position < bytes.count, Self.isASCIILetter(bytes[position]) { position += 1 }
                let word = Self.packed(bytes[start..<position])
                let rest = Self.packed(bytes[(start + 1)..<position])
                guard Self.isCounted(word) || Self.isCounted(rest), Self.endsWord(at: position, bytes, text) else { continue }
                switch Self.start(at: start, bytes, text) {
                case .word: count(word)
                case .joined: count(rest)
                case .inside: break
                }
            }
        }
    }

    /// How a run of ASCII letters begins, as splitting the characters of its string sees it.
    private enum RunStart {
        /// A word begins with the run.
        case word
        /// The run's first letter belongs to a character that is not a letter, one begun by a
        /// character that joins the next (Unicode's "prepend"); a word begins with the second.
        case joined
        /// The run continues a word.
        case inside
    }

    /// How the ASCII letters from UTF-8 offset `start` of `text` begin. An ASCII byte before
    /// them is a character of its own unless a character before it joins it, and only a
    /// non-ASCII one can; other cases ask the string.
    private static func start(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> RunStart {
        if start == 0 || bytes[start - 1] < 0x80 && (start == 1 || bytes[start - 2] < 0x80) { return .word }
        let index = text.utf8.index(text.startIndex, offsetBy: start)
        // The slice ends at the run, so its last character is the one before it, or the part
        // before the run of the character that takes its first letter.
        guard let previous = text[..<index].last, !previous.isLetter else { return .inside }
        return String.Index(index, within: text) == nil ? .joined : .word
    }

    /// Whether a word ends at UTF-8 offset `end` of `text`, just after an ASCII letter: at the
    /// end, at an ASCII byte (a character of its own after a letter), or at a character
    /// boundary before a character that is not a letter.
    private static func endsWord(at end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        if end == bytes.count || bytes[end] < 0x80 { return true }
        let index = text.utf8.index(text.startIndex, offsetBy: end)
        return String.Index(index, within: text) != nil && !text[index].isLetter
    }

    private mutating func count(_ word: UInt64) {
        if Self.maleWords.contains(word) { male += 1 } else if Self.femaleWords.contains(word) { female += 1 }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// ASCII letters lower-cased and packed into one integer, first byte highest; zero for more
    /// than eight, which no counted word is.
    private static func packed<Bytes: Collection<UInt8>>(_ letters: Bytes) -> UInt64 {
        letters.count > 8 ? 0 : letters.reduce(0) { $0 << 8 | UInt64($1 | 0x20) }
    }

    private static func isCounted(_ word: UInt64) -> Bool {
        maleWords.contains(word) || femaleWords.contains(word)
    }

    /// Both counts together.
    mutating func add(_ other: GenderEvidence) {
        male += other.male
        female += other.female
    }

    /// The gender the words point to: one side at least twice the other, so that a sentence
    /// that also speaks of someone else does not decide it.
    var leaning: Gender? {
        if male > 0, male >= 2 * female { return .male }
        if female > 0, female >= 2 * male { return .female }
        return nil
    }

    /// The gender a first name (folded, as `PersonName.given`) suggests, when it is a common one.
    static func gender(ofGiven given: String) -> Gender? {
        if Lexicon.maleFirstNames.contains(given) { return .male }
        if Lexicon.femaleFirstNames.contains(given) { return .female }
        return nil
    }

    /// The words counted, packed as `packed` packs them.
    private static let maleWords = Set(["he", "him", "his", "himself", "mr"].map { packed($0.utf8) })
    private static let femaleWords = Set(["she", "her", "hers", "herself", "mrs", "ms"].map { packed($0.utf8) })
}
