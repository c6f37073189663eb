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

    /// Counts the pronouns and titles of `context` (a quote's sentence, the quote left out).
    mutating func read(_ context: String) {
        for word in context.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if Self.maleWords.contains(word) { male += 1 } else if Self.femaleWords.contains(word) { female += 1 }
        }
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

    private static let maleWords: Set<Substring> = ["he", "him", "his", "himself", "mr"]
    private static let femaleWords: Set<Substring> = ["she", "her", "hers", "herself", "mrs", "ms"]
}
