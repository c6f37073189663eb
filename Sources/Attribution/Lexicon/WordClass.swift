/// The tables a word belongs to, looked up once per token so the rules test bits, not sets.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let cueVerb = WordClass(rawValue: 1 << 0)
    public static let cuePhraseStart = WordClass(rawValue: 1 << 1)
    public static let cueModifier = WordClass(rawValue: 1 << 2)
    public static let timeWord = WordClass(rawValue: 1 << 3)
    public static let determiner = WordClass(rawValue: 1 << 4)
    public static let roleNoun = WordClass(rawValue: 1 << 5)
    public static let pluralHead = WordClass(rawValue: 1 << 6)
    public static let title = WordClass(rawValue: 1 << 7)
    public static let notName = WordClass(rawValue: 1 << 8)
    public static let organizationWord = WordClass(rawValue: 1 << 9)
    public static let abbreviation = WordClass(rawValue: 1 << 10)
    public static let passiveAuxiliary = WordClass(rawValue: 1 << 11)
    public static let connective = WordClass(rawValue: 1 << 12)
    public static let phraseBreaker = WordClass(rawValue: 1 << 13)
    public static let pronoun = WordClass(rawValue: 1 << 14)
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

    /// The classes of a lowercase word.
    static func classify(_ lower: String) -> WordClass { classes[lower] ?? [] }
}
