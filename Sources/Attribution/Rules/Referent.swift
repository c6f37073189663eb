/// What a speaker noun phrase refers to, read from its words alone.
struct Referent: Sendable {
    /// The three ways text names a speaker.
    enum Form: Sendable, Equatable {
        /// A proper name, possibly with titles and a role before it ("Major General Babar Iftikhar").
        case name
        /// A pronoun ("he", "they").
        case pronoun
        /// A description ("the spokesperson", "a Clinton campaign spokesman").
        case nominal
    }

    /// How the phrase names the speaker.
    var form: Form
    /// The whole phrase, in block tokens.
    var phrase: Range<Int>
    /// The proper name without titles for `.name`; the description without its determiner for `.nominal`.
    var name: Range<Int>
    /// Person or organisation, as far as the words tell.
    var kind: SpeakerKind
    /// The words before the name or the description itself, as written ("Pakistani Army spokesperson").
    var role: String?
    /// The lowercase last word: the pronoun, the name's last word or the description's head noun.
    var head: String
    /// Gender when a title or pronoun tells it.
    var gender: Gender = .unknown
}

/// What a title, first name or pronoun says about a person's gender, for pronoun agreement.
enum Gender: Sendable, Equatable {
    /// A woman, by title, first name, role noun or "she".
    case female
    /// A man, by title, first name, role noun or "he".
    case male
    /// Nothing tells.
    case unknown
}

extension BlockText {
    /// Classifies the noun phrase `phrase` as a name, a pronoun or a description, or nil when it
    /// cannot name a speaker ("Why", "wiping out").
    func referent(_ phrase: Range<Int>, lenient: Bool = false) -> Referent? {
        var end = phrase.upperBound
        if tokens[end - 1].isPunct(")") {
            while end > phrase.lowerBound && !tokens[end - 1].isPunct("(") { end -= 1 }
            end -= 1
        }
        guard end > phrase.lowerBound, tokens[end - 1].isWord else { return nil }
        if end - phrase.lowerBound == 1 && isPronoun(phrase.lowerBound) {
            let lower = tokens[phrase.lowerBound].lower
            let kind: SpeakerKind = lower == "he" || lower == "she" || lower == "i" ? .person : .organization
            let gender: Gender = lower == "he" ? .male : lower == "she" ? .female : .unknown
            return Referent(
                form: .pronoun, phrase: phrase, name: phrase, kind: kind, role: nil, head: lower, gender: gender)
        }
        // "a spokesman for Democratic presidential candidate Hillary Clinton": the head is the role noun.
        for index in (phrase.lowerBound + 1)..<end where tokens[index].lower == "for" || tokens[index].lower == "of" {
            let before = tokens[index - 1]
            // "Minister of Energy Ilse Marrow" is a titled name, not a description.
            let titledName = before.isCapitalized && before.stemClasses.contains(.title) && index + 1 < end && tokens[index + 1].isCapitalized
                && tokens[end - 1].isCapitalized
            if (!before.isCapitalized || index - 1 == phrase.lowerBound) && !titledName
                && !before.stemClasses.isDisjoint(with: [.roleNoun, .pluralHead])
            {
                return nominal(phrase, end: index, lenient: lenient)
            }
            break
        }
        let last = tokens[end - 1]
        guard last.isCapitalized || last.isAllCaps else { return nominal(phrase, end: end, lenient: lenient) }
        // The proper name is the run of capitalised words ending the phrase.
        var start = end - 1
        while start > phrase.lowerBound {
            let previous = tokens[start - 1]
            // "Alliance to Reclaim Our Schools": a capitalised determiner inside a name is part of it.
            if previous.isWord && (previous.isCapitalized || previous.isAllCaps)
                && (!previous.is(.determiner)
                    || (start - 2 >= phrase.lowerBound && tokens[start - 2].isWord && tokens[start - 2].isCapitalized
                        && !tokens[start - 2].is(.determiner)))
            {
                start -= 1
            } else if start - 2 >= phrase.lowerBound && joinsName(at: start - 1) {
                start -= 1
            } else {
                break
            }
        }
        // "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY": a headline in capitals inside the text.
        if end - start >= 3 && tokens[start..<end].allSatisfy(\.isAllCaps) { return nil }
        var runStart = start
        while runStart < end - 1 && tokens[runStart].is(.notName) { runStart += 1 }
        if runStart == end - 1 && last.stemClasses.contains(.notName) { return nil }
        let run = runStart..<end
        // "The Spaniard believed …": a capitalised demonym describes the person, it names nobody.
        if run.count == 1, Lexicon.demonymNouns.contains(last.lowerStem) {
            return nominal(phrase, end: end, lenient: lenient)
        }
        if isOrganizationName(start..<end) {
            return Referent(
                form: .name, phrase: phrase, name: run, kind: .organization,
                role: roleText(phrase.lowerBound..<start), head: last.lowerStem)
        }
        // Titles go up to the last title word before the name ("Agriculture Secretary Tom Vilsack").
        let nameStart = nameStart(in: runStart..<end)
        var gender = Gender.unknown
        for index in runStart..<nameStart {
            let lower = tokens[index].lowerStem
            if lower == "mr" { gender = .male }
            if lower == "ms" || lower == "mrs" || lower == "miss" { gender = .female }
        }
        // "Osbourne himself was at a loss": a reflexive after the name tells its gender as a title would.
        if gender == .unknown, phrase.upperBound < tokens.count {
            if tokens[phrase.upperBound].lower == "himself" { gender = .male }
            if tokens[phrase.upperBound].lower == "herself" { gender = .female }
        }
        if last.stemClasses.contains(.title) && nameStart == end - 1 && !last.isAllCaps && end - runStart == 1 {
            return nominal(phrase, end: end, lenient: lenient)
        }
        // "the Ealing North MP", "Manchester Central MP", "the Home Secretary": capitals ending in
        // an office describe its holder, unless a first name makes them a name ("Stephen Pound MP").
        if Lexicon.officeTitles.contains(last.lowerStem), end - runStart > 1,
            !tokens[runStart..<end].contains(where: { Lexicon.gender(ofFirstName: $0.lower) != .unknown }),
            !tokens[runStart..<end].allSatisfy(\.isAllCaps)
        {
            return nominal(phrase, end: end, lenient: true)
        }
        let name = nameStart..<nameEnd(in: nameStart..<end)
        if gender == .unknown && name.count > 1 { gender = Lexicon.gender(ofFirstName: tokens[name.lowerBound].lower) }
        let kind: SpeakerKind = isOrganizationName(name) || takesPluralVerb(phrase, name: name) ? .organization : .person
        let role = roleText(phrase.lowerBound..<start) ?? roleText(runStart..<nameStart)
        return Referent(
            form: .name, phrase: phrase, name: name, kind: kind, role: role, head: last.lowerStem, gender: gender)
    }

    /// Where the name starts in a run of capitalised words: after leading words that never start
    /// a name ("The") and after the last title ("Agriculture Secretary Tom Vilsack" → "Tom Vilsack");
    /// the last word always stays.
    func nameStart(in run: Range<Int>) -> Int {
        var start = run.lowerBound
        while start < run.upperBound - 1 && tokens[start].stemClasses.contains(.notName) { start += 1 }
        var index = start
        while index < run.upperBound - 1 {
            let token = tokens[index]
            // "Sens. Jeff Merkley", "Labour MP Stephen Pound"; "NBC’s Dante Chinni": an outlet's
            // possessive before a name ("Schlafly’s Final Column" is no name after one); "Spokeswoman
            // Jessica Ditto", "Activist Angela Davis": a role opening a sentence.
            let possessive = token.lower != token.lowerStem
                && (token.isAllCaps || token.stemClasses.contains(.organizationWord)
                    || Lexicon.gender(ofFirstName: tokens[index + 1].lower) != .unknown)
            if token.stemClasses.contains(.title) || possessive
                || (token.stemClasses.contains(.roleNoun) && !token.isAllCaps
                    && Lexicon.gender(ofFirstName: token.lower) == .unknown)
            {
                start = index + 1
            }
            index += 1
        }
        // "New Yorker Dick Morris": a known first name after two or more other capitalised words
        // starts the name ("Giovanni Maria Vian" keeps its first name).
        if run.upperBound - start >= 4, Lexicon.gender(ofFirstName: tokens[start].lower) == .unknown,
            let first = (start + 2..<(run.upperBound - 1)).first(where: {
                Lexicon.gender(ofFirstName: tokens[$0].lower) != .unknown
            })
        {
            start = first
        }
        // "Neither Clinton nor her allies", "Despite Ted Cruz's …": a conjunction or preposition
        // opening the sentence is never part of the name after it.
        if start == run.lowerBound, run.upperBound - start >= 2,
            start == 0 || sentence[start - 1] != sentence[start], Self.sentenceOpeners.contains(tokens[start].lower)
        {
            start += 1
        }
        // "Using Ted Cruz's …": a participle opening the sentence before a known first name is no
        // part of the name ("Giovanni Maria Vian" keeps its first name).
        if start == run.lowerBound, run.upperBound - start >= 3,
            start == 0 || sentence[start - 1] != sentence[start],
            tokens[start].lower.hasSuffix("ing"),
            Lexicon.gender(ofFirstName: tokens[start].lower) == .unknown,
            Lexicon.gender(ofFirstName: tokens[start + 1].lower) != .unknown
        {
            start += 1
        }
        // "Celebrating Clinton "turning [Obama] around"": a long participle opening the sentence
        // before one capitalised word is no first name.
        if start == run.lowerBound, run.upperBound - start == 2,
            start == 0 || sentence[start - 1] != sentence[start],
            tokens[start].lower.hasSuffix("ing"), tokens[start].lower.count >= 9,
            Lexicon.gender(ofFirstName: tokens[start].lower) == .unknown
        {
            start += 1
        }
        // "Minister of Energy Ilse Marrow": the title's "of" phrase belongs to the title; the name
        // starts at a known first name, or else keeps its last two words.
        if start > run.lowerBound, start < run.upperBound - 1, tokens[start].lower == "of" {
            start += 1
            while start < run.upperBound - 2 && Lexicon.gender(ofFirstName: tokens[start].lower) == .unknown {
                start += 1
            }
        }
        return start
    }

    /// Words that open a sentence before a name without being part of it.
    static let sentenceOpeners: Set<String> = ["despite", "neither", "unlike", "like", "amid", "whether"]

    /// Where a person's name ends in a run: before "of" ("Bernie Sanders of Vermont") and before
    /// letters after the name ("Ian MacDonald QC").
    func nameEnd(in run: Range<Int>) -> Int {
        var index = run.lowerBound + 1
        while index < run.upperBound {
            if tokens[index].lower == "of" { return index }
            index += 1
        }
        var end = run.upperBound
        while end - run.lowerBound > 2 && Lexicon.postNominals.contains(tokens[end - 1].lowerStem) { end -= 1 }
        return end
    }

    /// Whether a name without a first name is the subject of a plural verb ("as Arsenal have
    /// gradually lost …", "Chelsea are"): British copy gives a team or a company a plural verb,
    /// and a person never has one. A name joined to another ("Clinton and Trump have") or after
    /// an auxiliary ("did Trump have") is no such subject.
    private func takesPluralVerb(_ phrase: Range<Int>, name: Range<Int>) -> Bool {
        guard phrase.upperBound < tokens.count, ["have", "are", "were"].contains(tokens[phrase.upperBound].lower),
            Lexicon.gender(ofFirstName: tokens[name.lowerBound].lower) == .unknown,
            !tokens[name].contains(where: \.isAllCaps)
        else { return false }
        guard phrase.lowerBound > 0 else { return true }
        let before = tokens[phrase.lowerBound - 1]
        return !before.isPunct(",") && !before.isPunct("&")
            && !["and", "or", "nor", "do", "does", "did", "will", "would", "could", "should", "can", "may", "might", "must"]
                .contains(before.lower)
    }

    /// Whether the capitalised words `run` name an organisation: an organisation word or a short acronym.
    func isOrganizationName(_ run: Range<Int>) -> Bool {
        let last = tokens[run.upperBound - 1]
        if last.stemClasses.contains(.organizationWord) { return true }
        // "Commission on Presidential Debates", "Association of Flight Attendants".
        if run.count > 2, (run.lowerBound + 1..<run.upperBound - 1).contains(where: {
            tokens[$0].isWord && !tokens[$0].isCapitalized && tokens[$0 - 1].is(.organizationWord)
        }) {
            return true
        }
        if run.count == 1 && last.isAllCaps && last.lower.unicodeScalars.count <= 4 { return true }
        if run.lowerBound > 0, tokens[run.lowerBound - 1].lower == "the", run.count <= 2 { return true }
        if tokens[run.lowerBound].lower == "the" { return true }
        return false
    }

    /// A description; only role nouns ("spokesman", "officials", "campaign") can speak, unless the
    /// phrase sits where only a speaker can (`lenient`) and starts with a determiner.
    private func nominal(_ phrase: Range<Int>, end: Int, lenient: Bool) -> Referent? {
        let head = tokens[end - 1].lowerStem
        if Lexicon.documentNouns.contains(head), var author = author(of: phrase.lowerBound..<(end - 1)) {
            author.phrase = phrase
            return author
        }
        let determined = tokens[phrase.lowerBound].is(.determiner)
        guard Lexicon.roleNouns.contains(head) || Lexicon.pluralHeads.contains(head)
            || Lexicon.organizationWords.contains(head) || (lenient && determined)
        else { return nil }
        var start = phrase.lowerBound
        if tokens[start].is(.determiner) && start + 1 < end { start += 1 }
        let kind: SpeakerKind =
            Lexicon.organizationHeads.contains(head) || Lexicon.organizationWords.contains(head) ? .organization : .person
        return Referent(
            form: .nominal, phrase: phrase, name: start..<end, kind: kind, role: text(start..<phrase.upperBound),
            head: head)
    }

    /// Who wrote a document, from the words before its noun: "his report" → "he", "Mr Kok's
    /// report" and "the Kok report" → Kok, "the IMF report" → IMF; nil when they name nobody.
    private func author(of modifiers: Range<Int>) -> Referent? {
        guard !modifiers.isEmpty else { return nil }
        let first = tokens[modifiers.lowerBound]
        if modifiers.count == 1, let pronoun = ["his": "he", "her": "she", "its": "it", "their": "they"][first.lower] {
            return Referent(
                form: .pronoun, phrase: modifiers, name: modifiers, kind: pronoun == "it" || pronoun == "they" ? .organization : .person,
                role: nil, head: pronoun, gender: pronoun == "he" ? .male : pronoun == "she" ? .female : .unknown)
        }
        var end = modifiers.upperBound
        // "the BBC news report": the kind of document is no part of its author.
        if end - 1 > modifiers.lowerBound, ["news", "press"].contains(tokens[end - 1].lower) { end -= 1 }
        // "the Kok report", "the Government Accountability Office report": the capitals right before the noun.
        guard tokens[end - 1].isWord, tokens[end - 1].isCapitalized || tokens[end - 1].isAllCaps else { return nil }
        var start = end - 1
        while start > modifiers.lowerBound, tokens[start - 1].isWord, tokens[start - 1].isCapitalized || tokens[start - 1].isAllCaps,
            !tokens[start - 1].is(.determiner), tokens[start - 1].lower == tokens[start - 1].lowerStem
        {
            start -= 1
        }
        while end > start && !tokens[end - 1].isWord { end -= 1 }
        guard var named = referent(start..<end), named.form == .name else { return nil }
        // "the Kok report": the article before the document makes no organisation of its author.
        let last = tokens[named.name.upperBound - 1]
        if named.kind == .organization, !last.stemClasses.contains(.organizationWord),
            !(named.name.count == 1 && last.isAllCaps)
        {
            named.kind = .person
        }
        return named
    }

    /// The role words in `range` as written, without determiners or honorifics ("Mr", "Dr"),
    /// or nil when nothing else is there.
    func roleText(_ range: Range<Int>) -> String? {
        var start = range.lowerBound
        while start < range.upperBound && tokens[start].is(.determiner) { start += 1 }
        // "Dr", "Mr": an honorific addresses the person and is no part of the role.
        while start < range.upperBound && Lexicon.honorifics.contains(tokens[start].lowerStem) {
            start += 1
            if start < range.upperBound && tokens[start].isPunct(".") { start += 1 }
        }
        var end = range.upperBound
        while end > start {
            if tokens[end - 1].isPunct("."), end - 1 > start, Lexicon.honorifics.contains(tokens[end - 2].lowerStem) {
                end -= 2
            } else if Lexicon.honorifics.contains(tokens[end - 1].lowerStem) {
                end -= 1
            } else {
                break
            }
        }
        guard start < end else { return nil }
        return text(start..<end)
    }
}
