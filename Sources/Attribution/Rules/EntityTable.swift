/// The speakers and other people and organisations one article names, with their aliases and roles.
///
/// Names merge by their words: a one-word mention ("Iftikhar") joins the entity whose name ends
/// with it, and a longer mention of a known entity ("Babar Iftikhar" after "Iftikhar") becomes its
/// canonical name. Descriptions ("the spokesperson") join the entity introduced with that role.
struct EntityTable: Sendable {
    /// One entity of the article.
    struct Entry: Sendable {
        /// The canonical (longest) name, without titles.
        var name: String
        /// The canonical name's words, lowercase, without possessive endings.
        var words: [String] {
            didSet { wordSet = Set(words) }
        }
        /// `words` as a set, kept for matching.
        private(set) var wordSet: Set<String>
        /// Person or organisation.
        var kind: SpeakerKind
        /// The role the article gives them, when it gives one.
        var role: String? {
            didSet { (roleWords, abbreviatedOffices) = EntityTable.officeWords(of: role) }
        }
        /// The lowercase words of `role`, and the offices its abbreviated titles stand for, kept
        /// for matching descriptions.
        private(set) var roleWords: [String]
        /// The offices only an abbreviated title in `role` gives ("senator" for "Sen."), which a
        /// description must name with a capitalised modifier ("the Florida senator") to mean them.
        private(set) var abbreviatedOffices: Set<String>
        /// Every other name the article uses for them, in order of appearance.
        var aliases: [String]
        /// Whether the entity is known only by a description ("a campaign spokesman").
        var isDescription: Bool
        /// The last position (block, token) at which the text mentioned them.
        var lastMention: Position
        /// Gender when a title or first name told it.
        var gender: Gender
        /// How many times the text named them, by any of their names.
        var mentions = 1
        /// Whether a title ("Mr.", "Ms.") told the gender, so another family member with the other
        /// title is someone else; a first name can mislead ("Lee").
        var genderIsTitled = false

        /// Whether the name is a proper name of one person or organisation: not a description,
        /// and not a group in capitals ("Democrats", "Muslims", "Delegates" opening a sentence).
        var isProperName: Bool {
            !isDescription && !(words.count == 1 && Lexicon.pluralHeads.contains(words[0]))
        }

        /// Creates an entry.
        init(
            name: String, words: [String], kind: SpeakerKind, role: String?, aliases: [String], isDescription: Bool,
            lastMention: Position, gender: Gender = .unknown
        ) {
            self.name = name
            self.words = words
            self.wordSet = Set(words)
            self.kind = kind
            self.role = role
            (self.roleWords, self.abbreviatedOffices) = EntityTable.officeWords(of: role)
            self.aliases = aliases
            self.isDescription = isDescription
            self.lastMention = lastMention
            self.gender = gender
        }
    }

    /// A place in the article: block and token index.
    struct Position: Sendable, Comparable {
        /// The block index.
        var block: Int
        /// The token index in the block.
        var token: Int

        static func < (lhs: Position, rhs: Position) -> Bool { (lhs.block, lhs.token) < (rhs.block, rhs.token) }
    }

    /// Every entity in order of first mention.
    private(set) var entries: [Entry] = []
    /// Full names seen anywhere in the article.
    private var knownNames: Set<[String]> = []
    /// The full names of two words or more ending with each word, in order of appearance
    /// ("clinton" → "Hillary Clinton", "Bill Clinton").
    private var fullNames: [String: [(surface: String, words: [String], block: Int)]] = [:]
    /// The first title the article writes before each full name ("Home Secretary" before David
    /// Blunkett), the role of whoever that name turns out to be.
    private var titles: [[String]: String] = [:]
    /// The organisations the article names in full, by their last word, so "the Times" can reach
    /// "The New York Times".
    private var fullOrganizationNames: [String: [(surface: String, words: [String])]] = [:]
    /// The named entities holding each word in their name, in entity order, so a mention is
    /// compared with the entities that share its last word, not with every entity of the article.
    private var nameIndex: [String: [Int]] = [:]
    /// The entities holding each word in their role, and descriptions by their head, in entity order.
    private var roleIndex: [String: [Int]] = [:]
    /// Words the article capitalises mid-sentence or inside a longer name: these are names even
    /// where they open a sentence.
    var namedWords: Set<String> = []
    /// Names the article uses after "in" ("in New Hampshire", "in Cambridge"): places, which a
    /// "he" or "she" never points back to.
    var placeNames: Set<[String]> = []

    /// Records a full name seen in block `block` of the article, with its text as written (only
    /// read when the name is new) and the title written before it, if any.
    mutating func noteFullName(_ words: [String], surface: @autoclosure () -> String, block: Int, title: String? = nil) {
        if let title, titles[words] == nil { titles[words] = title }
        guard knownNames.insert(words).inserted, words.count > 1, let last = words.last else { return }
        fullNames[last, default: []].append((surface(), words, block))
    }

    /// Records an organisation's full name seen in the article ("New York Times").
    mutating func noteFullOrganizationName(_ words: [String], surface: @autoclosure () -> String) {
        guard words.count > 1, let last = words.last, !(fullOrganizationNames[last]?.contains { $0.words == words } ?? false)
        else { return }
        fullOrganizationNames[last, default: []].append((surface(), words))
    }

    /// Whether `words` name a place: used after "in", and not the last name of a person the
    /// article names in full ("in Sanders' campaign" does not make Bernie Sanders a place).
    func isPlace(_ words: [String]) -> Bool {
        placeNames.contains(words) && !(words.count == 1 && fullNames[words[0]] != nil)
    }

    /// The entity that `words` names, creating it when the article has not named it yet.
    mutating func resolveName(
        words: [String], surface: String, kind: SpeakerKind, role: String?, gender: Gender = .unknown,
        at position: Position
    ) -> Int {
        // A one-word name has a gender only from its title; a longer one may have it from its first name.
        let titled = gender != .unknown && (words.count == 1 || Lexicon.gender(ofFirstName: words[0]) != gender)
        if let index = find(words: words, kind: kind, gender: gender, in: position.block) {
            merge(index, words: words, surface: surface, role: role, at: position)
            if entries[index].gender == .unknown { entries[index].gender = gender }
            if titled && entries[index].gender == gender { entries[index].genderIsTitled = true }
            return index
        }
        var name = surface
        var nameWords = words
        if words.count == 1, kind == .person,
            let full = fullName(endingWith: words[0], gender: gender, by: position.block)
        {
            name = full.surface
            nameWords = full.words
        }
        // "Diaz Martinez" after "Julie Diaz Martinez", "De Blasio" after "Bill de Blasio": two
        // words ending the one longer name the article spells out are its double surname.
        if words.count > 1, kind == .person, let last = words.last,
            let longer = fullNames[last]?.filter({ $0.words.count > words.count && Array($0.words.suffix(words.count)) == words }),
            longer.count == 1
        {
            name = longer[0].surface
            nameWords = longer[0].words
        }
        // "the Times" after "The New York Times", when no other organisation the article names ends so.
        if words.count == 1, kind == .organization, let names = fullOrganizationNames[words[0]], names.count == 1 {
            name = names[0].surface
            nameWords = names[0].words
        }
        var gender = gender
        if gender == .unknown && nameWords.count > 1 { gender = Lexicon.gender(ofFirstName: nameWords[0]) }
        entries.append(
            Entry(
                name: name, words: nameWords, kind: kind, role: role ?? titles[nameWords],
                aliases: name == surface ? [] : [surface],
                isDescription: false, lastMention: position, gender: gender))
        let index = entries.count - 1
        entries[index].genderIsTitled = titled
        for word in entries[index].wordSet { Self.add(index, to: &nameIndex[word, default: []]) }
        for word in entries[index].roleWords { Self.add(index, to: &roleIndex[word, default: []]) }
        return index
    }

    /// Whether two capitalised modifiers name the same thing: the same word, or a place and the
    /// word made from it ("Pakistan" and "Pakistani", "America" and "American"), where the
    /// shorter is at least four letters and starts the longer.
    static func agree(_ one: String, _ other: String) -> Bool {
        let (shorter, longer) = one.count <= other.count ? (one, other) : (other, one)
        return shorter == longer || (shorter.count >= 4 && longer.hasPrefix(shorter))
    }

    /// The entity a description refers to: the latest entity holding that role, or a new
    /// described entity ("a source") that later descriptions with the same head join. The
    /// description's capitalised `modifiers` ("florida" in "the Florida senator") must be among
    /// the entity's role or name words.
    mutating func resolveDescription(
        head: String, text: String, kind: SpeakerKind, modifiers: [String] = [], qualifier: String? = nil,
        definite: Bool, at position: Position
    ) -> (index: Int, known: Bool) {
        if let best = describedEntity(head: head, modifiers: modifiers, qualifier: qualifier),
            definite || entries[best].isDescription
        {
            entries[best].lastMention = max(entries[best].lastMention, position)
            return (best, !entries[best].isDescription)
        }
        let words = Self.roleWords(text)
        entries.append(
            Entry(name: text, words: words, kind: kind, role: text, aliases: [], isDescription: true, lastMention: position))
        let index = entries.count - 1
        for word in entries[index].roleWords { Self.add(index, to: &roleIndex[word, default: []]) }
        if let last = words.last { Self.add(index, to: &roleIndex[last, default: []]) }
        return (index, false)
    }

    /// The latest entity holding the role `head` (or described by it) whose role or name words
    /// include every capitalised modifier, and, for a named entity, whose role does not put
    /// another word than `qualifier`, the lowercase word before the head, before it ("the foreign
    /// secretary" is not the Home Secretary; "the famously gruff senator" may still be the
    /// description "the Vermont senator").
    func describedEntity(head: String, modifiers: [String], qualifier: String? = nil) -> Int? {
        var best: Int? = nil
        for index in roleIndex[head] ?? [] {
            let entry = entries[index]
            guard (entry.roleWords.contains(head) && (!modifiers.isEmpty || !entry.abbreviatedOffices.contains(head)))
                || (entry.isDescription && entry.words.last == head),
                modifiers.allSatisfy({ modifier in
                    entry.wordSet.contains(modifier) || entry.roleWords.contains { Self.agree(modifier, $0) }
                }),
                entry.isDescription || !Self.qualifiesOtherwise(entry.role, head: head, qualifier: qualifier)
            else { continue }
            if best == nil || entries[best!].lastMention < entry.lastMention { best = index }
        }
        return best
    }

    /// Whether a role names another office than a description of the same head: "Home
    /// Secretary" puts "home" before "secretary" where "the foreign secretary" puts "foreign".
    /// Words that say when or how high someone holds an office ("former", "senior", "two-term")
    /// and a country's initials ("US President") qualify no office.
    private static func qualifiesOtherwise(_ role: String?, head: String, qualifier: String?) -> Bool {
        guard let role, let qualifier, !qualifier.contains("-"), !Lexicon.tenureWords.contains(qualifier) else {
            return false
        }
        let words = role.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        guard let at = words.lastIndex(where: { $0.lowercased() == head }), at > 0 else { return false }
        let before = words[at - 1]
        if before.count > 1 && before.allSatisfy(\.isUppercase) { return false }
        return before.lowercased() != qualifier && !Lexicon.tenureWords.contains(before.lowercased())
    }

    /// The one named entity whose role holds the office `head` ("Labour MP" for "mp"); nil when
    /// none or several do, so "the Ealing North MP" is the article's one MP and never a guess
    /// between two. A title abbreviated before a name does not count: "the Vermont senator" is
    /// not "Republican Sen. John McCain".
    func soleHolder(of head: String) -> Int? {
        let holders = (roleIndex[head] ?? []).filter {
            !entries[$0].isDescription && entries[$0].roleWords.contains(head) && !entries[$0].abbreviatedOffices.contains(head)
        }
        return holders.count == 1 ? holders[0] : nil
    }

    /// Whether a named entity already has `word` as its last name, or the article spells out
    /// several full names ending with it ("Julie Diaz Martinez and her cousin Rosa Diaz Martinez").
    func knowsSurname(_ word: String) -> Bool {
        (fullNames[word]?.count ?? 0) > 1
            || (nameIndex[word] ?? []).contains { !entries[$0].isDescription && entries[$0].words.last == word }
    }

    /// Marks entity `index` as mentioned at `position`.
    mutating func touch(_ index: Int, at position: Position) {
        entries[index].lastMention = max(entries[index].lastMention, position)
    }

    /// Sets the gender of entity `index` when it was unknown.
    mutating func learnGender(_ index: Int, from gender: Gender) {
        if entries[index].gender == .unknown { entries[index].gender = gender }
    }

    /// The entity at `index`.
    subscript(index: Int) -> Entry { entries[index] }

    // MARK: - Matching

    private func find(words: [String], kind: SpeakerKind, gender: Gender, in block: Int) -> Int? {
        guard let last = words.last else { return nil }
        var best: Int? = nil
        var bestScore = 0
        // Only entries holding the last word can score, and the index holds exactly those.
        for index in nameIndex[last] ?? [] where !entries[index].isDescription && entries[index].wordSet.contains(last) {
            let entry = entries[index]
            // "Ms. Khan" is not "Mr. Khan": a title's gender keeps family members apart.
            if gender != .unknown && entry.genderIsTitled && gender != entry.gender { continue }
            var score = 0
            // "Mr. McKinley said" after "the McKinley plan": a person a title names is no organisation.
            // "Sanders seemed …" after "the Sanders claim": a surname of a person the article names
            // in full is that person, whatever organisation it was read as once.
            if entry.words == words && !(gender != .unknown && entry.kind == .organization)
                && !(kind == .person && entry.kind == .organization && words.count == 1 && fullNames[last] != nil)
            {
                score = 4
            } else if entry.kind == kind || words.count > 1 {
                let entrySet = entry.wordSet
                if entry.words.last == last && (entrySet.isSubset(of: words) || entrySet.isSuperset(of: words)) {
                    score = 3
                } else if words.count == 1 && entrySet.contains(last) && kind == .person && entry.kind == .person {
                    score = 1
                }
            }
            // "Osbourne himself" after Ozzy and Sharon Osbourne: of two equal matches, one whose
            // first name tells another gender ranks below; a first name alone can mislead ("Lee"),
            // so it never rules an entry out.
            let rank = score == 0 ? 0 : score * 2 - (gender != .unknown && entry.gender != .unknown && entry.gender != gender ? 1 : 0)
            if rank > bestScore || (rank == bestScore && rank > 0 && Self.ranksAbove(entry, entries[best!], surnameOnly: words.count == 1, in: block)) {
                best = index
                bestScore = rank
            }
        }
        return best
    }

    /// Of two entities a mention in block `block` matches equally well, whether `entry` is the
    /// one meant rather than `other`: the one mentioned last, except that a bare surname two
    /// people share ("Sanders" after Bernie and "his wife, Jane Sanders") means the one this
    /// paragraph named ("Bill Clinton spoke with voters … Clinton said"), and else the one the
    /// article names more often, as the one it is about.
    private static func ranksAbove(_ entry: Entry, _ other: Entry, surnameOnly: Bool, in block: Int) -> Bool {
        if surnameOnly, entry.kind == .person, other.kind == .person {
            let entryHere = entry.lastMention.block == block
            let otherHere = other.lastMention.block == block
            if entryHere != otherHere { return entryHere }
            if !entryHere, entry.mentions != other.mentions { return entry.mentions > other.mentions }
        }
        return other.lastMention < entry.lastMention
    }

    private mutating func merge(_ index: Int, words: [String], surface: String, role: String?, at position: Position) {
        var entry = entries[index]
        let longerName = words.count > entry.words.count && entry.wordSet.isSubset(of: words)
        if longerName {
            if !entry.aliases.contains(entry.name) { entry.aliases.append(entry.name) }
            entry.name = surface
            entry.words = words
        } else if surface != entry.name && !entry.aliases.contains(surface) {
            entry.aliases.append(surface)
        }
        let role = role ?? (longerName ? titles[words] : nil)
        let roleWasSet = entry.role == nil && role != nil
        if entry.role == nil { entry.role = role }
        entry.lastMention = max(entry.lastMention, position)
        entry.mentions += 1
        entries[index] = entry
        if longerName {
            for word in entries[index].wordSet { Self.add(index, to: &nameIndex[word, default: []]) }
        }
        if roleWasSet {
            for word in entries[index].roleWords { Self.add(index, to: &roleIndex[word, default: []]) }
        }
    }

    /// Adds `entity` to an index list, keeping it in entity order and without repeats.
    private static func add(_ entity: Int, to list: inout [Int]) {
        if let last = list.last, last >= entity {
            var low = 0
            var high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle] < entity { low = middle + 1 } else { high = middle }
            }
            if low < list.count && list[low] == entity { return }
            list.insert(entity, at: low)
        } else {
            list.append(entity)
        }
    }

    /// The first full name in the article ending with `word` ("Clinton" → "Hillary Clinton" when
    /// she is named before Bill Clinton) whose first name does not tell another gender than
    /// `gender` ("Mr. Clinton" → "Bill Clinton").
    private func fullName(endingWith word: String, gender: Gender, by block: Int) -> (surface: String, words: [String])? {
        // "President Obama is rolling out …" before "the first lady, Michelle Obama": a surname
        // in the body reaches only a full name the article has spelt out by then. A headline
        // shortens a name its opening paragraph spells out ("Hanks greeted at wintry premiere",
        // then "Hollywood star Tom Hanks was in London's Leicester Square").
        guard let names = fullNames[word]?.filter({ $0.block <= max(block, 1) })
            .map({ (surface: $0.surface, words: $0.words) }),
            !names.isEmpty
        else { return nil }
        if gender == .unknown { return names.first }
        return names.first { name in
            let told = Lexicon.gender(ofFirstName: name.words[0])
            return told == .unknown || told == gender
        }
    }

    /// Gives each person known only by a first name ("His wife Sharon") the one full name the
    /// article spells out with it ("Sharon Osbourne is currently appearing …"), once every quote is
    /// decided, so the longer name never draws the surname's later mentions away from its other
    /// holder ("Jane" and "Sanders"). Returns the entities that turned out to be another one
    /// already named in full, mapped to it.
    mutating func nameFirstNames() -> [Int: Int] {
        var sameAs: [Int: Int] = [:]
        for index in entries.indices {
            let entry = entries[index]
            guard entry.kind == .person, !entry.isDescription, entry.words.count == 1,
                let full = fullName(startingWith: entry.words[0])
            else { continue }
            if let other = entries.indices.first(where: { $0 != index && entries[$0].words == full.words }) {
                sameAs[index] = other
                if !entries[other].aliases.contains(entry.name) { entries[other].aliases.append(entry.name) }
                continue
            }
            entries[index].aliases.insert(entry.name, at: 0)
            entries[index].name = full.surface
            entries[index].words = full.words
        }
        return sameAs
    }

    /// The one full name in the article opening with the given name `word`, anywhere in it; two
    /// people sharing the first name leave it alone.
    private func fullName(startingWith word: String) -> (surface: String, words: [String])? {
        guard Lexicon.gender(ofFirstName: word) != .unknown else { return nil }
        var found: (surface: String, words: [String])?
        for names in fullNames.values {
            for name in names where name.words[0] == word {
                if let found, found.words != name.words { return nil }
                found = (name.surface, name.words)
            }
        }
        return found
    }

    /// The lowercase words of `role` with the offices its abbreviated titles stand for ("Sen."
    /// holds "senator"), and those offices.
    static func officeWords(of role: String?) -> (words: [String], abbreviated: Set<String>) {
        guard let role else { return ([], []) }
        var words = roleWords(role)
        var abbreviated: Set<String> = []
        for word in words {
            for office in Lexicon.titleAbbreviations[word] ?? [] where !words.contains(office) {
                words.append(office)
                abbreviated.insert(office)
            }
        }
        return (words, abbreviated)
    }

    /// The lowercase words of a role or description.
    static func roleWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A {
                    current.append(Unicode.Scalar(value + 0x20)!)
                } else if (value >= 0x61 && value <= 0x7A) || value == 0x2D {
                    current.append(scalar)
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            } else if scalar.properties.isAlphabetic {
                // Scalar by scalar: appending a sequence to a scalar view is quadratic over a long word.
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { current.append(lower) }
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
