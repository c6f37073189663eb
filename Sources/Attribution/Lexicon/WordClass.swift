/// The tables a word belongs to, looked up once per token so the rules test bits, not sets.
public struct WordClass: OptionSet, Sendable, Hashable {
    /// The bits.
    public let rawValue: UInt32
    /// Creates a set of classes from its bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// In `Lexicon.cueVerbs`.
    public static let cueVerb = WordClass(rawValue: 1 << 0)
    /// First word of a `Lexicon.cuePhrases` entry.
    public static let cuePhraseStart = WordClass(rawValue: 1 << 1)
    /// In `Lexicon.cueModifiers`.
    public static let cueModifier = WordClass(rawValue: 1 << 2)
    /// In `Lexicon.timeWords`.
    public static let timeWord = WordClass(rawValue: 1 << 3)
    /// In `Lexicon.determiners`.
    public static let determiner = WordClass(rawValue: 1 << 4)
    /// In `Lexicon.roleNouns`.
    public static let roleNoun = WordClass(rawValue: 1 << 5)
    /// In `Lexicon.pluralHeads`.
    public static let pluralHead = WordClass(rawValue: 1 << 6)
    /// In `Lexicon.titles`.
    public static let title = WordClass(rawValue: 1 << 7)
    /// In `Lexicon.notNames`.
    public static let notName = WordClass(rawValue: 1 << 8)
    /// In `Lexicon.organizationWords`.
    public static let organizationWord = WordClass(rawValue: 1 << 9)
    /// In `Lexicon.abbreviations`.
    public static let abbreviation = WordClass(rawValue: 1 << 10)
    /// In `Lexicon.passiveAuxiliaries`.
    public static let passiveAuxiliary = WordClass(rawValue: 1 << 11)
    /// In `Lexicon.connectives`.
    public static let connective = WordClass(rawValue: 1 << 12)
    /// In `Lexicon.phraseBreakers`.
    public static let phraseBreaker = WordClass(rawValue: 1 << 13)
    /// A pronoun that can name a speaker.
    public static let pronoun = WordClass(rawValue: 1 << 14)
    /// In `Lexicon.organizationHeads`.
    public static let organizationHead = WordClass(rawValue: 1 << 15)
}

extension Lexicon {
    /// Every table word with the classes it belongs to.
    static let classes: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add(_ words: Set<String>, _ wordClass: WordClass) {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        add(cueVerbs, .cueVerb)
        add(Set(cuePhrases.map { $0[0] }), .cuePhraseStart)
        add(cueModifiers, .cueModifier)
        add(timeWords, .timeWord)
        add(determiners, .determiner)
        add(roleNouns, .roleNoun)
        add(pluralHeads, .pluralHead)
        add(titles, .title)
        add(notNames, .notName)
        add(organizationWords, .organizationWord)
        add(abbreviations, .abbreviation)
        add(passiveAuxiliaries, .passiveAuxiliary)
        add(connectives, .connective)
        add(phraseBreakers, .phraseBreaker)
        add(personPronouns.union(groupPronouns).union(["i", "we", "you"]), .pronoun)
        add(organizationHeads, .organizationHead)
        return table
    }()

    /// `classes` as a table looked up by bytes.
    static let classTable = WordClassTable(classes)

    /// The classes of a lowercase word given as UTF-8 bytes.
    static func classify(_ lower: UnsafeBufferPointer<UInt8>) -> WordClass { classTable.classify(lower) }
}
