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
    /// The proper name without titles, for `.name`.
    var name: Range<Int>
    /// Person or organisation, as far as the words tell.
    var kind: SpeakerKind
    /// The words before the name or the description itself, as written ("Pakistani Army spokesperson").
    var role: String?
    /// The lowercase last word: the pronoun, the name's last word or the description's head noun.
    var head: String
}

extension BlockText {
    /// Classifies the noun phrase `phrase` as a name, a pronoun or a description.
    func referent(_ phrase: Range<Int>) -> Referent? {
        var end = phrase.upperBound
        if tokens[end - 1].isPunct(")") {
            while end > phrase.lowerBound && !tokens[end - 1].isPunct("(") { end -= 1 }
            end -= 1
        }
        guard end > phrase.lowerBound, tokens[end - 1].isWord else { return nil }
        let last = tokens[end - 1]
        if end - phrase.lowerBound == 1 && isPronoun(phrase.lowerBound) {
            let kind: SpeakerKind = Lexicon.personPronouns.contains(last.lower) ? .person : .organization
            return Referent(form: .pronoun, phrase: phrase, name: phrase, kind: kind, role: nil, head: last.lower)
        }
        guard last.isCapitalized || last.isAllCaps else { return nominal(phrase, end: end) }
        // The proper name is the run of capitalised words ending the phrase.
        var start = end - 1
        while start > phrase.lowerBound {
            let previous = tokens[start - 1]
            if previous.isWord && (previous.isCapitalized || previous.isAllCaps)
                && !Lexicon.determiners.contains(previous.lower)
            {
                start -= 1
            } else if previous.lower == "of" && start - 2 >= phrase.lowerBound && tokens[start - 2].isCapitalized {
                start -= 1
            } else {
                break
            }
        }
        let run = start..<end
        if isOrganizationName(run) {
            var nameStart = start
            while nameStart < end - 1 && Lexicon.notNames.contains(tokens[nameStart].lower) { nameStart += 1 }
            return Referent(
                form: .name, phrase: phrase, name: nameStart..<end, kind: .organization,
                role: roleText(phrase.lowerBound..<nameStart), head: last.lowerStem)
        }
        var nameStart = start
        while nameStart < end - 1 {
            let lower = tokens[nameStart].lowerStem
            if Lexicon.titles.contains(lower) || Lexicon.notNames.contains(lower) || lower == "of" {
                nameStart += 1
            } else {
                break
            }
        }
        if Lexicon.titles.contains(tokens[nameStart].lowerStem) && nameStart == end - 1 && tokens[nameStart].isWord
            && !tokens[nameStart].isAllCaps
        {
            return nominal(phrase, end: end)
        }
        let name = nameStart..<end
        let kind: SpeakerKind = isOrganizationName(name) ? .organization : .person
        let role = roleText(phrase.lowerBound..<start) ?? roleText(start..<nameStart)
        return Referent(form: .name, phrase: phrase, name: name, kind: kind, role: role, head: last.lowerStem)
    }

    /// Whether the capitalised words `run` name an organisation: an organisation word or a short acronym.
    func isOrganizationName(_ run: Range<Int>) -> Bool {
        let last = tokens[run.upperBound - 1]
        if Lexicon.organizationWords.contains(last.lowerStem) { return true }
        if run.count == 1 && last.isAllCaps && last.lower.unicodeScalars.count <= 4 { return true }
        if run.lowerBound > 0, tokens[run.lowerBound - 1].lower == "the", run.count <= 2 { return true }
        if tokens[run.lowerBound].lower == "the" { return true }
        return false
    }

    private func nominal(_ phrase: Range<Int>, end: Int) -> Referent {
        var start = phrase.lowerBound
        if Lexicon.determiners.contains(tokens[start].lower) && start + 1 < end { start += 1 }
        let head = tokens[end - 1].lowerStem
        let organizationHeads: Set<String> = [
            "campaign", "administration", "government", "ministry", "office", "department", "agency", "police",
            "committee", "group", "organization", "organisation", "statement", "report", "newspaper", "paper",
            "website", "document", "study", "survey", "poll",
        ]
        let kind: SpeakerKind =
            organizationHeads.contains(head) || Lexicon.organizationWords.contains(head) ? .organization : .person
        return Referent(form: .nominal, phrase: phrase, name: start..<end, kind: kind, role: text(start..<end), head: head)
    }

    private func roleText(_ range: Range<Int>) -> String? {
        var start = range.lowerBound
        while start < range.upperBound && Lexicon.determiners.contains(tokens[start].lower) { start += 1 }
        guard start < range.upperBound else { return nil }
        return text(start..<range.upperBound)
    }
}
