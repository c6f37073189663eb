/// Reading cues and noun phrases out of a block's tokens.
extension BlockText {
    /// The number of tokens of the cue that starts at `position`: 1 for a cue verb, 2 or 3 for a
    /// phrase such as "according to", 0 when no cue starts there.
    func cueLength(at position: Int) -> Int {
        let token = tokens[position]
        guard token.isWord, !token.classes.isDisjoint(with: [.cueVerb, .cuePhraseStart]) else { return 0 }
        // "the United States pose": a capitalised cue word ending a run of capitals inside a
        // sentence ends a name, not a verb. In a title in capitals ("Obama Says African-American
        // Museum …") the verb still names the speaker before it.
        if token.isCapitalized, !token.isAllCaps, position > 0, sentence[position - 1] == sentence[position],
            tokens[position - 1].isWord, tokens[position - 1].isCapitalized,
            position + 1 == tokens.count || !tokens[position + 1].isCapitalized
        {
            return 0
        }
        for phrase in Lexicon.cuePhrases where phrase[0] == token.lower && position + phrase.count <= tokens.count {
            var matches = true
            for offset in 1..<phrase.count where tokens[position + offset].lower != phrase[offset] {
                matches = false
                break
            }
            if matches { return phrase.count }
        }
        return token.is(.cueVerb) ? 1 : 0
    }

    /// Whether the token at `position` may sit between a speaker and the cue ("also", "Thursday", "on").
    func isCueModifier(_ position: Int) -> Bool {
        let token = tokens[position]
        guard token.isWord else { return false }
        if token.is(.cueModifier) || token.is(.timeWord) { return true }
        if token.lower == "on" || token.lower == "last" || token.lower == "this",
            position + 1 < tokens.count, tokens[position + 1].is(.timeWord)
        {
            return true
        }
        // "as she angrily said", "Cruz openly admitted": a manner adverb right after a name, a
        // pronoun or a role. After anything else, a possessive or a determiner a word in -ly is
        // more likely a noun ("the family said", "Scott's family has called"), as are some after
        // a name ("a Clinton ally said").
        if !token.isCapitalized, token.lower.hasSuffix("ly"), token.lower.utf8.count >= 5,
            !Lexicon.nounsInLy.contains(token.lowerStem), position > 0,
            case let previous = tokens[position - 1], previous.isWord, previous.lower == previous.lowerStem,
            !previous.is(.determiner),
            previous.isCapitalized || isPronoun(position - 1) || previous.stemClasses.contains(.roleNoun)
        {
            return true
        }
        // "McConnell, …, who in 2010 said": a year after "in" dates the verb.
        if token.lower == "in", position + 1 < tokens.count, Self.isYear(tokens[position + 1]) { return true }
        return Self.isYear(token) && position > 0 && tokens[position - 1].lower == "in"
    }

    /// Whether `token` is a year of the last two centuries ("1995", "2010").
    private static func isYear(_ token: Token) -> Bool {
        let lower = token.lower
        return lower.utf8.count == 4 && lower.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && (lower.hasPrefix("19") || lower.hasPrefix("20"))
    }

    /// The noun phrase that ends just before `position`, skipping modifiers ("has", "on Thursday"),
    /// a parenthetical and one appositive set off by commas ("Iftikhar, who heads the ISPR, said").
    /// Returns the phrase and the appositive's tokens when there was one.
    func phrase(before position: Int, floor: Int) -> (phrase: Range<Int>, appositive: Range<Int>?)? {
        var cursor = position - 1
        var appositive: Range<Int>? = nil
        var steps = 0
        while cursor >= floor && steps < 40 {
            steps += 1
            let token = tokens[cursor]
            if isCueModifier(cursor) {
                cursor -= 1
            } else if token.isPunct("—") || token.isPunct("–") {
                // "Hillary Clinton — who’s called for big tax hikes on the rich — lambasting":
                // an aside between dashes, like one between commas.
                if appositive != nil { return nil }
                var open = cursor - 1
                while open >= floor && !tokens[open].isPunct(token.isPunct("—") ? "—" : "–")
                    && sentence[open] == sentence[cursor] && cursor - open < 30
                {
                    open -= 1
                }
                guard open >= floor, tokens[open].isPunct(token.isPunct("—") ? "—" : "–"), open + 1 < cursor else {
                    return nil
                }
                appositive = (open + 1)..<cursor
                cursor = open - 1
            } else if token.isPunct(",") || closesAppositive(cursor) {
                // ", however," and ", meanwhile," are modifiers in commas; anything longer is an appositive.
                if cursor - 2 >= floor, isCueModifier(cursor - 1), tokens[cursor - 2].isPunct(",") {
                    cursor -= 3
                    continue
                }
                if appositive != nil { return nil }
                var open = cursor - 1
                while open >= floor && !tokens[open].isPunct(",") && sentence[open] == sentence[cursor]
                    && cursor - open < 30
                {
                    open -= 1
                }
                guard open >= floor, tokens[open].isPunct(","), open + 1 < cursor else { return nil }
                appositive = (open + 1)..<cursor
                cursor = open - 1
            } else {
                break
            }
        }
        guard cursor >= floor else { return nil }
        let end = cursor + 1
        var start = cursor
        if tokens[start].isPunct(")") {
            var open = start - 1
            while open >= floor && !tokens[open].isPunct("(") && start - open < 10 { open -= 1 }
            guard open > floor, tokens[open].isPunct("(") else { return nil }
            start = open - 1
        }
        guard start >= floor, tokens[start].isWord, !breaks(start), cueLength(at: start) == 0 else { return nil }
        if isPronoun(start) { return (start..<end, appositive) }
        var words = 1
        while start - 1 >= floor && words < 9 {
            let previous = tokens[start - 1]
            guard previous.isWord else { break }
            if previous.is(.determiner) {
                // "Mr. Morgan of the Sierra Club said": the person named before "of the" speaks,
                // for the organisation after it.
                if start - 3 >= floor, tokens[start - 2].lower == "of", tokens[start - 3].isCapitalized,
                    !tokens[start - 3].is(.organizationWord),
                    let person = phrase(before: start - 2, floor: floor), person.appositive == nil,
                    let named = referent(person.phrase), named.form == .name, named.kind == .person
                {
                    return person
                }
                start -= 1
                break
            }
            if start - 2 >= floor, joinsName(at: start - 1) {
                start -= 1
                continue
            }
            if breaks(start - 1) || isPronoun(start - 1) || cueLength(at: start - 1) > 0 { break }
            if !previous.isCapitalized && (previous.lower.hasSuffix("ly") || previous.lower.hasSuffix("ing")) { break }
            // Before a name only role words and titles belong to the phrase ("spokesperson Major
            // General Babar Iftikhar"), not a verb ("rejected Khan's claim").
            if !previous.isCapitalized && tokens[start].isCapitalized
                && previous.stemClasses.isDisjoint(with: [.roleNoun, .title, .pluralHead])
            {
                break
            }
            start -= 1
            words += 1
        }
        // "Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the
        // EPA, said": a description between commas after an appositive is a second appositive of
        // the person named before it.
        if appositive != nil, tokens[start].is(.determiner), start - 1 > floor, tokens[start - 1].isPunct(","),
            let named = phrase(before: start - 1, floor: floor), named.appositive == nil,
            let person = referent(named.phrase), person.form == .name, person.kind == .person
        {
            return (named.phrase, start..<end)
        }
        return (start..<end, appositive)
    }

    /// The noun phrase that starts at `position`: a pronoun, or words up to a breaker, a cue or
    /// punctuation, cut back to its last name word or role noun ("Clinton celebrated" → "Clinton").
    func phrase(from position: Int) -> Range<Int>? {
        // "said that …" opens a clause, not a speaker's name.
        guard position < tokens.count, tokens[position].isWord, tokens[position].lower != "that" else { return nil }
        let first = tokens[position]
        if isPronoun(position) { return position..<(position + 1) }
        var end = position
        if first.is(.determiner) { end += 1 }
        var lastHead = -1
        var words = 0
        while end < tokens.count && words < 9 {
            let token = tokens[end]
            if token.isPunct("("), let close = closingParenthesis(after: end) {
                if lastHead == end - 1 { lastHead = close }
                end = close + 1
                continue
            }
            guard token.isWord else { break }
            if end > position, joinsName(at: end) {
                end += 1
                continue
            }
            if breaks(end) || cueLength(at: end) > 0 || isCueModifier(end) { break }
            if token.isCapitalized || token.isAllCaps || token.stemClasses.contains(.roleNoun)
                || token.is(.pluralHead)
            {
                lastHead = end
            } else if lastHead >= 0 && tokens[lastHead].isCapitalized && !leadsToRole(from: end) {
                break
            }
            end += 1
            words += 1
        }
        if lastHead < position {
            // "the 46-year-old": no head word, but a determiner makes it a description.
            return first.is(.determiner) && end > position + 1 ? position..<end : nil
        }
        return position..<(lastHead + 1)
    }

    /// Whether the lowercase words from `position` are modifiers of a role noun one or two words
    /// on ("Democratic presidential candidate Bernie Sanders", "Republican front-runner"), so a
    /// capitalised word before them modifies the role rather than ending a name.
    private func leadsToRole(from position: Int) -> Bool {
        var index = position
        while index < tokens.count && index - position < 3 {
            let token = tokens[index]
            guard token.isWord, !token.isCapitalized, !breaks(index), !token.is(.determiner), cueLength(at: index) == 0
            else { return false }
            if token.stemClasses.contains(.roleNoun) { return true }
            if token.lower.hasSuffix("ed") { return false }
            index += 1
        }
        return false
    }

    /// Whether the word at `position` joins the capitalised words on each side into one name:
    /// "of" between capitals ("Department of Homeland Security"), and "on", "for" or "to" after
    /// an organisation word ("Commission on Presidential Debates", "Alliance to Reclaim Our
    /// Schools"), where a person's name ends at any of them ("Bernie Sanders of Vermont" is
    /// read as a person by `nameEnd`).
    func joinsName(at position: Int) -> Bool {
        guard position > 0, position + 1 < tokens.count, tokens[position - 1].isCapitalized,
            tokens[position + 1].isCapitalized
        else { return false }
        let word = tokens[position].lower
        return word == "of"
            || (Self.organizationConnectors.contains(word) && tokens[position - 1].is(.organizationWord))
    }

    /// Words other than "of" that continue an organisation's name after an organisation word.
    static let organizationConnectors: Set<String> = ["on", "for", "to"]

    /// Whether the word at `position` cannot be part of a speaker's noun phrase.
    func breaks(_ position: Int) -> Bool {
        let token = tokens[position]
        return token.is(.phraseBreaker)
    }

    /// Whether the word at `position` is a pronoun that can name a speaker ("he", "they").
    func isPronoun(_ position: Int) -> Bool {
        tokens[position].is(.pronoun)
    }

    private func closingParenthesis(after position: Int) -> Int? {
        var cursor = position + 1
        while cursor < tokens.count && cursor - position < 10 {
            if tokens[cursor].isPunct(")") { return cursor }
            cursor += 1
        }
        return nil
    }

    /// Whether the token at `position` is a quoted title that ends an appositive with the comma
    /// inside its closing mark, as American copy sets it: "As Akhil Amar, professor … and author
    /// of ''America's Unwritten Constitution,'' put it". A lowercase word before the mark makes
    /// the quote part of a noun phrase, not an utterance the cue reports.
    func closesAppositive(_ position: Int) -> Bool {
        guard let quote = tokens[position].quoteIndex, position > 0, !quotes[quote].unclosed,
            quotes[quote].innerStart < quotes[quote].innerEnd, lastInnerScalar(quote) == ","
        else { return false }
        let before = tokens[position - 1]
        return before.isWord && !before.isCapitalized && sentence[position - 1] == sentence[position]
    }

    /// The head noun of an appositive that opens with a determiner: its last word before a
    /// preposition or a clause ("agency" in "the official Chinese news agency", "head" in "the
    /// head of the group"); nil for any other appositive.
    func appositiveHead(_ appositive: Range<Int>) -> String? {
        guard !appositive.isEmpty, tokens[appositive.lowerBound].is(.determiner) else { return nil }
        var head: String? = nil
        for index in (appositive.lowerBound + 1)..<appositive.upperBound {
            let token = tokens[index]
            guard token.isWord, !breaks(index), token.lower != "of" else { break }
            head = token.lowerStem
        }
        return head
    }
}
