import Articles
import Attribution

/// A person's name taken apart for matching across articles: what the page shows, and the
/// parts that say whether two spellings can be one person ("Joseph R. Biden Jr." and "Joe Biden").
///
/// Articles name the same person in many ways: with a title ("Sens. Jeff Merkley"), with the
/// outlet that quotes them ("NBC’s Dante Chinni"), with a middle initial, a "Jr." or a short first
/// name, or by surname alone. None of those words is part of who they are.
struct PersonName: Hashable, Sendable {
    /// The name as a page shows it: words before the name (titles, roles, possessives, the names
    /// of known organisations) and post-nominal letters ("QC", "MP") left out.
    var display: String
    /// The first given name, folded to lowercase ASCII; nil when only a surname is written.
    var given: String?
    /// The first letters of the middle names or initials, in order ("r" for "Joseph R. Biden").
    var middleInitials: String
    /// The surname, folded, with its particles ("de-blasio").
    var surname: String
    /// A generation suffix ("jr", "sr", "ii"), folded.
    var generation: String?
    /// Every word of the name but a generation suffix, folded ("julie-diaz-martinez").
    var whole: String
    /// The words after the first, folded ("diaz-martinez"): what a two-word mention of a
    /// double surname spells.
    var tail: String

    /// How many parts of a name are written: more is fuller.
    var fullness: Int { (given == nil ? 0 : 1) + middleInitials.count + (generation == nil ? 0 : 1) + 1 }

    /// Takes `name` apart; nil when it is not a person's proper name once the words before it are
    /// gone ("party procedures give the chair", "Gary Johnson’s doctor"). Words that spell one of
    /// `organisations` (folded names, as `PersonName.fold` makes them) at the start are an outlet
    /// or employer and are left out ("Washington Post Trump").
    init?(_ name: String, organisations: Set<String> = []) {
        var words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        // A possessive before the last word says whose the rest is: "NBC's Dante Chinni" is Dante
        // Chinni, while "Gary Johnson's doctor" ends in no name and is refused below.
        if let possessive = words.dropLast().lastIndex(where: Self.isPossessive) {
            words.removeSubrange(...possessive)
        }
        while let first = words.first, words.count > 1, Self.isLeadingDebris(first, wordsAfter: words.count - 1) {
            words.removeFirst()
        }
        if words.count > 1, let length = (1..<words.count).reversed().first(where: {
            organisations.contains(Self.fold(words[..<$0].joined(separator: " ")))
        }) {
            words.removeFirst(length)
        }
        var generation: String?
        while let last = words.last, words.count > 1 {
            let folded = Self.fold(last)
            if Self.generations.contains(folded) {
                generation = generation ?? folded
            } else if !Self.postNominals.contains(folded) {
                break
            }
            words.removeLast()
        }
        // "Biden Jr." keeps its suffix in the shown name; a trailing comma before it does not.
        if let last = words.last, last.hasSuffix(",") { words[words.count - 1] = String(last.dropLast()) }
        guard !words.isEmpty, words.allSatisfy({ Self.startsUpper($0) || Self.particles.contains($0.lowercased()) }),
            Self.startsUpper(words[0])
        else { return nil }

        var parts = words.flatMap(Self.splitInitials)
        self.whole = Self.fold(parts.joined(separator: " "))
        self.tail = Self.fold(parts.dropFirst().joined(separator: " "))
        var surnameStart = parts.count - 1
        // Only a lowercase particle is one: "Al Sharpton" has a first name, "Bill de Blasio" a long surname.
        while surnameStart > 1, Self.particles.contains(parts[surnameStart - 1]) { surnameStart -= 1 }
        let surname = parts[surnameStart...].joined(separator: " ")
        parts.removeSubrange(surnameStart...)
        self.surname = Self.fold(surname)
        self.given = parts.first.map(Self.fold)
        self.middleInitials = String(parts.dropFirst().compactMap { Self.fold($0).first })
        self.generation = generation
        var shown = words.joined(separator: " ")
        if let generation, let written = Self.writtenGeneration[generation] { shown += " " + written }
        self.display = shown
        guard !self.surname.isEmpty, self.given?.isEmpty != true else { return nil }
    }

    /// How a page shows `name` among a person's other names: without titles, roles, outlets and
    /// letters after it ("Sens. Jeff Merkley" → "Jeff Merkley"); nil when it is no proper name
    /// ("the spokesman").
    static func shownVariant(_ name: String) -> String? {
        PersonName(name)?.display
    }

    /// `text` as a matching key: ASCII letters and digits, lowercase, in hyphen-joined words.
    static func fold(_ text: String) -> String {
        Slug.make(text.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: ""))
    }

    /// An organisation's name as a matching key: folded, without a leading "The" or a trailing
    /// possessive ("The New York Times" and "New York Times" are one outlet).
    static func organisationKey(_ name: String) -> String {
        var words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        if let last = words.last, last.hasSuffix("'s") || last.hasSuffix("’s") { words[words.count - 1] = String(last.dropLast(2)) }
        return fold(words.joined(separator: " "))
    }

    // MARK: - Words

    /// Suffixes that tell a father from a son; kept in the name.
    private static let generations: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
    private static let writtenGeneration = ["jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"]
    /// Letters after a name that tell a rank or degree, not who someone is ("Ian MacDonald QC").
    private static let postNominals: Set<String> = ["qc", "kc", "mp", "msp", "mep", "md", "phd", "esq", "obe", "mbe", "cbe"]
    /// Lowercase words that belong inside surnames ("Bill de Blasio", "Ludwig van Beethoven").
    private static let particles: Set<String> = ["de", "del", "della", "di", "da", "van", "von", "der", "den", "la", "le", "du", "bin", "ibn", "al", "el", "dos"]

    private static func isPossessive(_ word: String) -> Bool {
        ["'s", "’s", "s'", "s’"].contains { word.hasSuffix($0) }
    }

    /// A word before a name that is not part of it: "the", a title ("Sen.", "Sens.", "Del."), a
    /// role ("spokeswoman", "Activist") or an all-capital party or outlet ("MP"). Other lowercase
    /// words make a description ("party procedures give the chair"), which is no name. A
    /// capitalised role before a single word may be a first name ("Guy Mansfield"), so it stays.
    private static func isLeadingDebris(_ word: String, wordsAfter: Int) -> Bool {
        let bare = word.lowercased().filter { $0.isLetter || $0 == "-" }
        if bare.isEmpty { return true }
        if bare == "the" || Lexicon.titles.contains(bare) { return true }
        if Lexicon.roleNouns.contains(bare) { return !startsUpper(word) || wordsAfter > 1 }
        // Plural titles ("Sens. Jeff Merkley and …") and abbreviations with a full stop ("Del.").
        if bare.hasSuffix("s"), Lexicon.titles.contains(String(bare.dropLast())) { return true }
        if splitInitials(word).count > 1 { return false }
        if word.hasSuffix("."), bare.count > 1 { return true }
        return bare.count > 1 && word.allSatisfy { $0.isUppercase || $0 == "." }
    }

    private static func startsUpper(_ word: String) -> Bool {
        word.first.map { $0.isUppercase } ?? false
    }

    /// "G.K." as the initials "G." and "K."; any other word as it is.
    private static func splitInitials(_ word: String) -> [String] {
        let pieces = word.split(separator: ".")
        guard pieces.count > 1, pieces.allSatisfy({ $0.count == 1 }) else { return [word] }
        return pieces.map { $0 + "." }
    }
}
