import Articles

/// Resolving a speaker phrase to an entity of the article, and where quotes and cues sit in their sentences.
extension AttributionPass {
    /// Resolves a speaker phrase to an entity and notes it for later pronouns.
    mutating func resolve(_ referent: Referent, in block: BlockText, appositive: Range<Int>?)
        -> (referent: Referent, entity: Int?, trust: Double)
    {
        var referent = referent
        let phrase = referent.phrase
        let position = EntityTable.Position(block: block.index, token: phrase.lowerBound)
        var entity: Int? = nil
        var trust = 1.0
        switch referent.form {
        case .name:
            let words = block.tokens[referent.name].map(\.lowerStem).filter { $0 != "of" || referent.kind == .organization }
            // "Smith, a spokesman for the campaign, said": the appositive is the role.
            if referent.role == nil, let appositive, block.tokens[appositive.lowerBound].is(.determiner),
                appositive.count > 1
            {
                referent.role = block.text((appositive.lowerBound + 1)..<appositive.upperBound)
            }
            entity = entities.resolveName(
                words: words, surface: block.nameText(referent.name), kind: referent.kind, role: referent.role,
                gender: referent.gender, at: position)
        case .pronoun:
            // "I laughed and said, "…"": outside a quote "I" is the writer, whom the article does
            // not name, not the person named last ("my parents, James and Olive Meehan").
            if referent.head == "i" {
                entity = entities.resolveDescription(head: "writer", text: "the writer", kind: .person, definite: true, at: position).index
                return (referent, entity, 0.9)
            }
            let table = entities
            entity = salience.resolve(referent.head, gender: { table[$0].gender }, isDescription: { table[$0].isDescription })
            trust = 0.9
            if let entity {
                entities.touch(entity, at: position)
                referent.kind = entities[entity].kind
                // "she said" after "Clinton" tells Clinton's gender for later pronouns.
                entities.learnGender(entity, from: referent.gender)
            }
        case .nominal:
            let definite = ["the", "this", "that"].contains(block.tokens[phrase.lowerBound].lower)
            // "the Florida senator" is not "the Vermont senator": capitalised modifiers must agree.
            let modifiers = block.tokens[referent.name].dropLast().filter(\.isCapitalized).map(\.lowerStem)
            // "the foreign secretary": without capitals to tell which office, the lowercase word
            // before the head does ("the Pakistani armed forces spokesperson" is told by "Pakistani";
            // "the congressman's spokesman" says whose spokesman, not which office).
            var qualifier: String? = nil
            if modifiers.isEmpty, referent.name.count > 1, case let before = block.tokens[referent.name.upperBound - 2],
                before.isWord, !before.isCapitalized, before.lower == before.lowerStem
            {
                qualifier = before.lowerStem
            }
            // "The campaign's statement": a possessive says whose it is.
            if definite, modifiers.isEmpty,
                !block.tokens[referent.phrase].contains(where: { $0.isWord && $0.lower != $0.lowerStem }),
                let known = impliedEntity(of: referent.head, in: block.index)
            {
                entity = known
                trust = 0.85
                entities.touch(known, at: position)
                referent.kind = entities[known].kind
                break
            }
            if definite, let named = namedAntecedent(of: referent, modifiers: modifiers, in: block) {
                entity = named
                trust = 0.85
                entities.touch(named, at: position)
                referent.kind = entities[named].kind
                break
            }
            // "the Ealing North MP" after "Labour MP Stephen Pound": a place before an office
            // names the seat, which the article's one holder of that office holds. A party
            // ("the Republican nominee") or a possessive ("the British capital's new mayor")
            // says whose office it is, which may be someone the article has not named.
            if definite, Lexicon.officeTitles.contains(referent.head), !modifiers.isEmpty,
                !modifiers.contains(where: { Lexicon.titles.contains($0) }),
                !block.tokens[referent.phrase].contains(where: { $0.isWord && $0.lower != $0.lowerStem }),
                entities.describedEntity(head: referent.head, modifiers: modifiers) == nil,
                let holder = entities.soleHolder(of: referent.head), entities[holder].kind == .person
            {
                entity = holder
                trust = 0.85
                entities.touch(holder, at: position)
                break
            }
            let found = entities.resolveDescription(
                head: referent.head, text: referent.role ?? block.text(referent.name), kind: referent.kind,
                modifiers: modifiers, qualifier: qualifier, definite: definite, at: position)
            entity = found.index
            trust = found.known ? 0.85 : 0.8
            referent.kind = entities[found.index].kind
            if Lexicon.femaleRoleNouns.contains(referent.head) { entities.learnGender(found.index, from: .female) }
            if Lexicon.maleRoleNouns.contains(referent.head) { entities.learnGender(found.index, from: .male) }
        }
        // A description without a role noun ("the plan") speaks only through its cue, never as "she".
        let describesSomeone = referent.form != .nominal || Lexicon.roleNouns.contains(referent.head)
            || Lexicon.pluralHeads.contains(referent.head)
        // "in Salem, New Hampshire, Trump went": a place is never what "he" or "she" points back to.
        let place = referent.form == .name && entities.isPlace(block.tokens[referent.name].map(\.lowerStem))
        if let entity, describesSomeone, !place {
            let entry = entities[entity]
            salience.note(entity, kind: entry.kind, plural: Lexicon.pluralHeads.contains(referent.head))
        }
        return (referent, entity, trust)
    }

    /// What a definite description without capitals in block `block` means by its head alone:
    /// "the club" or "the company" is the organisation the article's first sentence is about,
    /// and "the statement" the issuer of the statement mentioned in this paragraph or the one
    /// before.
    func impliedEntity(of head: String, in block: Int) -> Int? {
        if Lexicon.companyNouns.contains(head) { return leadOrganization }
        if let issued = documentAuthors[head], block - issued.block <= 1 { return issued.entity }
        return nil
    }

    /// The named person or organisation a definite description refers back to when no entity
    /// holds its role: "the 21-year-old", "the Spaniard", "the lock forward" after Jose Antonio
    /// Reyes or Marco Bortolami is that person, as "he" would be; "the club" after Manchester
    /// United is the club. Nil for a title, which names an office whoever was named last ("the
    /// former secretary"), a document, a group, a description with its own "of", "for" or possessive
    /// ("the chair of the DNC", "the prime minister's spokesman"), and whenever the latest
    /// antecedent is itself only described.
    func namedAntecedent(of referent: Referent, modifiers: [String], in block: BlockText) -> Int? {
        let head = referent.head
        guard !Lexicon.pluralHeads.contains(head), !Lexicon.titles.contains(head),
            !Lexicon.documentNouns.contains(head),
            !block.tokens[referent.phrase].contains(where: {
                $0.lower == "of" || $0.lower == "for" || ($0.isWord && $0.lower != $0.lowerStem)
            }),
            entities.describedEntity(head: head, modifiers: modifiers) == nil
        else { return nil }
        let table = entities
        let pronoun: String
        if referent.kind == .organization {
            guard Lexicon.companyNouns.contains(head) else { return nil }
            pronoun = "it"
        } else {
            pronoun = Lexicon.femaleRoleNouns.contains(head) ? "she" : Lexicon.maleRoleNouns.contains(head) ? "he" : "i"
        }
        // "the Florida senator" is not whoever was named last: capitalised modifiers must agree
        // with the antecedent's name or role, as they must for a role the article gave.
        guard let antecedent = salience.resolve(pronoun, gender: { table[$0].gender }, isDescription: { table[$0].isDescription }),
            !table[antecedent].isDescription,
            modifiers.allSatisfy({ modifier in
                table[antecedent].wordSet.contains(modifier) || table[antecedent].roleWords.contains { EntityTable.agree(modifier, $0) }
            })
        else { return nil }
        return antecedent
    }

    /// The author of a document whose relative clause holds the quote at `position`, after a
    /// cue ending at `cueEnd`: in "reiterated his rejection of the BBC news report that cited a
    /// meeting between Khan and two "uninvited guests"", the words are the BBC's.
    mutating func documentAuthor(after cueEnd: Int, before position: Int, in block: BlockText) -> CueEvent? {
        let tokens = block.tokens
        guard let relative = (cueEnd..<position).last(where: {
            ["that", "which"].contains(tokens[$0].lower) && $0 > cueEnd
                && Lexicon.documentNouns.contains(tokens[$0 - 1].lowerStem)
        }), relative + 1 < position, tokens[relative + 1].isWord,
            !(relative + 1..<position).contains(where: { block.cueLength(at: $0) > 0 }),
            let found = block.phrase(before: relative, floor: cueEnd),
            // "told the BBC News website that …": after a cue the document is the listener and
            // "that" opens what was said.
            found.phrase.lowerBound == 0 || block.cueLength(at: found.phrase.lowerBound - 1) == 0,
            let author = block.referent(found.phrase), author.form == .name
        else { return nil }
        let resolved = resolve(author, in: block, appositive: nil)
        return CueEvent(
            shape: .subjectFirst, cue: (relative + 1)..<(relative + 2), referent: resolved.referent,
            entity: resolved.entity, trust: resolved.trust, followsQuote: nil, atSubject: false)
    }

    /// The quote that ends right before `position`, with at most a comma between.
    func quoteRightBefore(_ position: Int, in block: BlockText) -> Int? {
        var cursor = position - 1
        if cursor >= 0 && block.tokens[cursor].isPunct(",") { cursor -= 1 }
        guard cursor >= 0 else { return nil }
        return block.tokens[cursor].quoteIndex
    }

    /// Whether quote `quote` ends like a whole utterance ("…," or "…?"), so the words after it
    /// can attribute it; a quoted phrase inside a sentence ("it was "embarrassing" that X said") cannot.
    func endsUtterance(_ quote: Int, in block: BlockText) -> Bool {
        let position = block.quoteTokens[quote]
        if position + 1 < block.tokens.count, block.tokens[position + 1].isPunct(",") { return true }
        switch block.lastInnerScalar(quote) {
        case ",", "?", "!", "—", "–", "-", "…": return true
        default: return block.quotes[quote].unclosed
        }
    }

    /// Whether nothing but a time or a place follows the cue in its sentence ("said.", "said
    /// Friday.", "said in a phone interview."), so a quote ending with a full stop right before
    /// the speaker is theirs ("…." Rep. John Mica said.) rather than the start of a new statement.
    func cueEndsItsSentence(_ cue: Range<Int>, in block: BlockText) -> Bool {
        let after = cue.upperBound
        guard after < block.tokens.count, block.sentence[after] == block.sentence[cue.lowerBound] else { return true }
        let next = block.tokens[after]
        guard next.isPunct(".") || next.isPunct(",") || next.is(.timeWord)
            || ["in", "on", "at", "during", "to", "from", "after", "via"].contains(next.lower)
        else { return false }
        var index = after
        while index < block.tokens.count && block.sentence[index] == block.sentence[cue.lowerBound] {
            let token = block.tokens[index]
            if index - after > 8 || block.isPronoun(index) || token.lower == "that" || token.quoteIndex != nil {
                return false
            }
            index += 1
        }
        return true
    }

    /// The first token of the sentence holding `position`.
    func firstToken(ofSentenceAt position: Int, in block: BlockText) -> Int {
        // Looked up, not walked back to: in a paragraph that is one long sentence of thousands of
        // quotes, walking back from each quote made attribution quadratic.
        block.sentenceStarts[block.sentence[position]]
    }
}
