import Articles

/// Sentence subjects: who each sentence and each joined clause is about, so a participle, a
/// second verb or a quote later in the sentence can be credited to them.
extension AttributionPass {
    /// The subject of one sentence, when it can name a speaker.
    struct Subject: Sendable {
        /// The subject phrase and what it refers to.
        var referent: Referent
        /// The entity it resolved to.
        var entity: Int?
        /// How much the resolution can be trusted.
        var trust: Double
        /// A description without a role noun: a speaker only when a cue verb says so.
        var isLenient: Bool
    }


    /// The subject of the sentence starting at `start`: its first noun phrase after leading
    /// connectives ("But") and an introductory phrase ("In response to another question,").
    mutating func sentenceSubject(_ block: BlockText, from start: Int) -> Subject? {
        let tokens = block.tokens
        let sentence = block.sentence[start]
        var cursor = start
        while cursor < tokens.count && tokens[cursor].isWord && tokens[cursor].is(.connective) {
            cursor += 1
        }
        if cursor < tokens.count && tokens[cursor].isPunct(",") { cursor += 1 }
        // "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee …", "Washington (AFP) –
        // Democrat Hillary Clinton …": skip the dateline, a place in capitals or an agency in brackets.
        if cursor == 0, tokens.count > 1, let dash = tokens.prefix(15).firstIndex(where: {
            $0.isPunct("—") || $0.isPunct("–") || $0.isPunct("-")
        }), tokens[0].isAllCaps
            || (tokens[0].isCapitalized && dash >= 3 && tokens[dash - 1].isPunct(")") && tokens[dash - 2].isAllCaps)
        {
            cursor = dash + 1
        }
        guard cursor < tokens.count, tokens[cursor].isWord, block.sentence[cursor] == sentence else { return nil }
        if block.index == 1, sentence == 0 { noteLeadOrganization(block, at: cursor) }
        var candidate = subjectCandidate(block, at: cursor)
        let introductory = block.breaks(cursor) || (tokens[cursor].lower.hasSuffix("ly") && !tokens[cursor].isCapitalized)
        if introductory || candidate == nil {
            // "In response to another question, Iftikhar said": the subject follows the first comma.
            var comma = cursor + 1
            while comma < tokens.count && comma - cursor < 25 && block.sentence[comma] == sentence
                && !tokens[comma].isPunct(",")
            {
                comma += 1
            }
            guard comma + 1 < tokens.count, tokens[comma].isPunct(","), block.sentence[comma + 1] == sentence else {
                return nil
            }
            candidate = subjectCandidate(block, at: comma + 1)
            // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried", "Speaking at a
            // town hall event in Salem, New Hampshire, Trump went": a state after its town is
            // still the introduction; the subject follows the next comma. Two words that open
            // with a first name are a person ("in Des Moines, Hillary Clinton, …"), and so is a
            // name after one opening word ("Recently, Herman Cain, the pizza maven …").
            if let place = candidate, place.form == .name, place.phrase.count <= 2,
                place.phrase.count == 1 || Lexicon.gender(ofFirstName: tokens[place.phrase.lowerBound].lower) == .unknown,
                comma - 1 > cursor, tokens[comma - 1].isCapitalized,
                place.phrase.upperBound < tokens.count, tokens[place.phrase.upperBound].isPunct(",")
            {
                var next = place.phrase.upperBound + 1
                while next < tokens.count && block.sentence[next] == sentence && !tokens[next].isPunct(",")
                    && tokens[next].quoteIndex == nil && next - comma < 25
                {
                    next += 1
                }
                candidate = nil
                if next + 1 < tokens.count, tokens[next].isPunct(","), block.sentence[next + 1] == sentence {
                    candidate = subjectCandidate(block, at: next + 1)
                }
            }
            // "Speaking to MSNBC’s Morning Joe Monday in New Hampshire, which is set to host …, Bush
            // referred to Rubio as …": a longer introduction ends at a later comma, before a name
            // and its verb.
            var searched = 0
            var next = comma
            while candidate == nil && searched < 3 {
                searched += 1
                next += 1
                while next < tokens.count && block.sentence[next] == sentence && !tokens[next].isPunct(",")
                    && tokens[next].quoteIndex == nil && next - comma < 40
                {
                    next += 1
                }
                guard next + 2 < tokens.count, tokens[next].isPunct(","), block.sentence[next + 2] == sentence else {
                    break
                }
                if let named = subjectCandidate(block, at: next + 1), named.form == .name,
                    named.phrase.upperBound < tokens.count, tokens[named.phrase.upperBound].isWord,
                    !tokens[named.phrase.upperBound].isCapitalized
                {
                    candidate = named
                }
            }
        }
        guard let referent = candidate, !isRunInHeading(referent, in: block) else { return nil }
        // "FULL TEXT.", "ABSTRACT.": a phrase in capitals that is its whole sentence is a label, not a subject.
        let after = referent.phrase.upperBound
        if tokens[referent.phrase].allSatisfy({ !$0.isWord || $0.isAllCaps }), after == tokens.count || block.sentence[after] != sentence
            || (tokens[after].isPunct(".") && (after + 1 == tokens.count || block.sentence[after + 1] != sentence))
        {
            return nil
        }
        let lenient = referent.form == .nominal && !Lexicon.roleNouns.contains(referent.head)
            && !Lexicon.pluralHeads.contains(referent.head)
        // A lenient description only becomes an entity if a cue verb later makes it a speaker.
        if lenient { return Subject(referent: referent, entity: nil, trust: 0.8, isLenient: true) }
        let resolved = resolve(referent, in: block, appositive: nil)
        return Subject(referent: resolved.referent, entity: resolved.entity, trust: resolved.trust, isLenient: false)
    }

    /// Makes the organisation the article's first sentence opens with, at `position`, its lead
    /// organisation: the subject ("The Sierra Club has sued …") or the owner of the subject
    /// ("Manchester United's board has agreed …").
    private mutating func noteLeadOrganization(_ block: BlockText, at position: Int) {
        guard let phrase = block.phrase(from: position), let named = block.referent(phrase), named.form == .name,
            named.kind == .organization
        else { return }
        leadOrganization = resolve(named, in: block, appositive: nil).entity
    }

    /// "…, which is something that concerns Henry Crespo, president of the Miami-based Florida
    /// Democratic Black Caucus." then "“No one is writing songs for Hillary …,” he said.": a
    /// paragraph without quotes whose last sentence is about no person, not even as "he" or
    /// "she", and introduces someone by full name makes that person the one "he" or "she" next
    /// points to.
    mutating func noteIntroducedPerson(_ block: BlockText, closingSubject: Subject?) {
        guard block.index > 0, block.quotes.isEmpty, let last = block.sentence.last else { return }
        if let subject = closingSubject, !subject.isLenient, let entity = subject.entity,
            entities[entity].kind == .person
        {
            return
        }
        let tokens = block.tokens
        // "… but he suggested the reality TV star is no Ronald Reagan": a sentence still about
        // someone, as "he" or "she", introduces nobody.
        // An aside in brackets ("(As BuzzFeed News first reported, Mr. Trump voiced support … with
        // the radio host Howard Stern.)") leaves the topic as it was.
        guard !tokens[block.sentenceStarts[last]].isPunct("("),
            !tokens[block.sentenceStarts[last]...].contains(where: { $0.lower == "he" || $0.lower == "she" })
        else { return }
        var introduced: Referent? = nil
        var position = block.sentenceStarts[last] + 1
        while position < tokens.count {
            defer { position += 1 }
            guard tokens[position].isCapitalized, !tokens[position - 1].isCapitalized || !tokens[position - 1].isWord,
                let phrase = block.phrase(from: position), let named = block.referent(phrase), named.form == .name,
                named.kind == .person, named.name.count >= 2,
                !entities.knowsSurname(tokens[named.name.upperBound - 1].lowerStem),
                isSurelyPerson(named, in: block)
            else { continue }
            introduced = named
        }
        if let introduced { _ = resolve(introduced, in: block, appositive: nil) }
    }

    /// Whether a capitalised name is surely a person's, not a place's or a team's ("South China
    /// Sea", "RBS Six Nations"): it opens with a known first name, or a role noun stands right
    /// before it ("professor Brigid Harrison") or opens an appositive after it ("Henry Crespo,
    /// president of …").
    private func isSurelyPerson(_ named: Referent, in block: BlockText) -> Bool {
        let tokens = block.tokens
        if Lexicon.gender(ofFirstName: tokens[named.name.lowerBound].lower) != .unknown { return true }
        let start = named.phrase.lowerBound
        if start > 0, tokens[start - 1].stemClasses.contains(.roleNoun), !tokens[start - 1].isCapitalized { return true }
        let end = named.phrase.upperBound
        guard end + 1 < tokens.count, tokens[end].isPunct(",") else { return false }
        var next = end + 1
        if tokens[next].is(.determiner) { next += 1 }
        return next < tokens.count && tokens[next].stemClasses.contains(.roleNoun) && !tokens[next].isCapitalized
    }

    /// Whether `referent` is a heading run into its paragraph ("Veto Power Impedes Peace
    /// Efforts: Eliminating "the scourge of war" is …"): four or more capitalised words opening
    /// the paragraph before a colon, none a first name, name no speaker; a speaker label is
    /// shorter ("Rep. Trey Gowdy (R-S.C.):") or in capitals ("WALLACE:").
    private func isRunInHeading(_ referent: Referent, in block: BlockText) -> Bool {
        let tokens = block.tokens
        guard referent.form == .name, referent.phrase.lowerBound == 0, referent.name.count >= 4,
            referent.phrase.upperBound < tokens.count, tokens[referent.phrase.upperBound].isPunct(":")
        else { return false }
        return !tokens[referent.name].contains {
            $0.isAllCaps || Lexicon.gender(ofFirstName: $0.lower) != .unknown
        }
    }

    /// Whether a clause joined to the one before starts at `position` (", and the GOP candidate
    /// took to Twitter", ", but Representative Brooks … doesn't mince words").
    func isCoordinatedClauseStart(_ position: Int, in block: BlockText) -> Bool {
        let tokens = block.tokens
        guard position >= 2 else { return false }
        let mark = tokens[position - 2]
        // The mark first: it is a cheap test that most positions fail, before any word is compared.
        guard mark.isPunct(",") || mark.isPunct("—") || mark.isPunct("–") || mark.isPunct("-") || mark.isPunct(";")
        else { return false }
        return Self.clauseJoiners.contains(tokens[position - 1].lower)
    }

    /// Words that join a clause with its own subject to the one before (", and", ", while").
    private static let clauseJoiners: Set<String> = ["and", "but", "while", "whereas"]

    /// Makes the subject of a joined clause what later pronouns point back to, when it is a name
    /// or a role followed by its verb.
    mutating func noteClauseSubject(_ block: BlockText, at position: Int) {
        let tokens = block.tokens
        guard let referent = subjectCandidate(block, at: position), referent.form != .pronoun else { return }
        if referent.form == .nominal && !Lexicon.roleNouns.contains(referent.head) { return }
        var after = referent.phrase.upperBound
        // "Mike Huckabee, the former Arkansas governor, proposed": past the name's appositive.
        if referent.form == .name, after + 1 < tokens.count, tokens[after].isPunct(","),
            tokens[after + 1].is(.determiner)
        {
            var close = after + 1
            while close < tokens.count && close - after < 15 && block.sentence[close] == block.sentence[after]
                && !tokens[close].isPunct(",") && tokens[close].quoteIndex == nil
            {
                close += 1
            }
            if close < tokens.count, tokens[close].isPunct(",") { after = close + 1 }
        }
        while after < tokens.count && block.isCueModifier(after) { after += 1 }
        guard after < tokens.count, block.sentence[after] == block.sentence[position] else { return }
        let next = tokens[after]
        let verbFollows = next.isWord && !next.isCapitalized && next.quoteIndex == nil && block.cueLength(at: after) == 0
        let clauseFollows = next.isPunct(",") && after + 1 < tokens.count
            && ["who", "whose"].contains(tokens[after + 1].lower)
        guard verbFollows || clauseFollows else { return }
        let resolved = resolve(referent, in: block, appositive: nil)
        clauseSubjects.append(
            Subject(referent: resolved.referent, entity: resolved.entity, trust: resolved.trust, isLenient: false))
    }

    /// The sentence subject, resolved to an entity now that a cue verb makes it a speaker.
    mutating func resolvedSubject(_ subject: inout Subject?, in block: BlockText) -> Subject? {
        guard var found = subject else { return nil }
        if found.isLenient && found.entity == nil {
            let resolved = resolve(found.referent, in: block, appositive: nil)
            found.referent = resolved.referent
            found.entity = resolved.entity
            found.trust = resolved.trust
            subject = found
        }
        return found
    }

    /// The noun phrase at `position` when it can be a subject; descriptions need only a determiner
    /// ("The retired neurosurgeon"), since only a cue verb will make them a speaker.
    private func subjectCandidate(_ block: BlockText, at position: Int) -> Referent? {
        let tokens = block.tokens
        guard position < tokens.count, tokens[position].isWord, !tokens[position].startsWithDigit,
            let phrase = block.phrase(from: position),
            var referent = block.referent(phrase, lenient: true), isPlausible(referent, in: block)
        else { return nil }
        // "Mark Barden’s son": a possessive name is not the subject.
        if referent.form == .name, tokens[referent.name.upperBound - 1].lower != tokens[referent.name.upperBound - 1].lowerStem {
            return nil
        }
        // "Salem, New Hampshire, Trump went": a place and its state before the subject.
        if referent.form == .name, phrase.upperBound < tokens.count, tokens[phrase.upperBound].isPunct(","),
            phrase.upperBound + 1 < tokens.count, tokens[phrase.upperBound + 1].isCapitalized,
            let next = block.phrase(from: phrase.upperBound + 1),
            next.upperBound < tokens.count, tokens[next.upperBound].isPunct(","),
            next.upperBound + 1 < tokens.count, tokens[next.upperBound + 1].isCapitalized,
            let subject = block.phrase(from: next.upperBound + 1), let named = block.referent(subject),
            named.form == .name
        {
            return named
        }
        // "Clinton's chief Democratic rival, Sen. Bernie Sanders of Vermont, was …": the name in
        // the appositive is the subject, the description its role.
        if referent.form == .nominal, let named = appositiveName(after: phrase, in: block) {
            referent = named
        }
        return referent
    }

    /// The name set off by commas right after `phrase` ("…, Sen. Bernie Sanders of Vermont, …"),
    /// with the phrase as its role.
    func appositiveName(after phrase: Range<Int>, in block: BlockText) -> Referent? {
        let tokens = block.tokens
        guard phrase.upperBound + 1 < tokens.count, tokens[phrase.upperBound].isPunct(","),
            let inner = block.phrase(from: phrase.upperBound + 1), inner.upperBound < tokens.count,
            tokens[inner.upperBound].isPunct(","), var named = block.referent(inner), named.form == .name
        else { return nil }
        named.role = block.text(phrase)
        return named
    }
}
