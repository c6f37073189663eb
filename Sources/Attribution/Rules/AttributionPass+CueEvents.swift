import Articles

/// The cue events of a block: every cue verb or phrase with the speaker it names, found in text order.
extension AttributionPass {
    /// Finds every cue in `block` and resolves its speaker, and the subject of every sentence, in text order.
    mutating func findEvents(_ block: BlockText) -> (events: [CueEvent], subjects: [Int: Subject]) {
        var events: [CueEvent] = []
        var subjects: [Int: Subject] = [:]
        let tokens = block.tokens
        clauseSubjects = []
        var position = 0
        while position < tokens.count {
            if position == 0 || block.sentence[position - 1] != block.sentence[position] {
                if position > 0 { refocus(afterSentence: block.sentence[position - 1], events: events, subjects: subjects, in: block) }
                if let subject = sentenceSubject(block, from: position) { subjects[block.sentence[position]] = subject }
            } else if isCoordinatedClauseStart(position, in: block) {
                noteClauseSubject(block, at: position)
            }
            let length = block.cueLength(at: position)
            guard length > 0 else {
                position += 1
                continue
            }
            let cue = position..<(position + length)
            // "Donald Trump’s claim that …", "Trump’s continued appeal": after a possessive the cue
            // word is a noun or an adjective. A claim still has its author, but the possessive is
            // no subject, so later pronouns do not point to it ("he’s said" is "he has said").
            let afterPossessive = Self.followsNamePossessive(position, in: block)
            // "were asked", "was told": a passive cue has no speaker before it; "is reporting"
            // is no passive.
            if position > 0, tokens[position - 1].is(.passiveAuxiliary), !tokens[position].lower.hasSuffix("ing") {
                position += length
                continue
            }
            var subject = subjects[block.sentence[position]]
            let heard = afterPossessive ? salience : nil
            let earlier = events.last.flatMap { block.sentence[$0.cue.lowerBound] == block.sentence[position] ? $0 : nil }
            if let event = event(block, cue: cue, subject: &subject, earlier: earlier) {
                events.append(event)
                if let entity = event.entity, event.shape != .according, !afterPossessive { speakers.insert(entity) }
                noteDocuments(issuedBy: event, in: block)
            }
            if let heard { salience = heard }
            subjects[block.sentence[position]] = subject
            position += length
        }
        if let last = block.sentence.last { refocus(afterSentence: last, events: events, subjects: subjects, in: block) }
        return (events, subjects)
    }

    /// Whether the cue word at `position` follows a name's possessive ("Trump’s claim"), where it
    /// is a noun or an adjective rather than a verb.
    static func followsNamePossessive(_ position: Int, in block: BlockText) -> Bool {
        guard position > 0 else { return false }
        let before = block.tokens[position - 1]
        return before.isWord && before.lower != before.lowerStem && before.isCapitalized && !block.isPronoun(position - 1)
    }

    /// Makes the person sentence `sentence` was about the latest for pronouns, over the people
    /// only named in what it reports or describes: the subject that speaks; else the speaker of
    /// an attribution set off by commas ("Trump, Sexton said, has created …", "Lycos did not
    /// want to use e-mail to fight back, said Mr Pollmann."); else the subject of its last
    /// clause, when that has spoken before ("Ryan also did not exude confidence when Tapper
    /// asked …"). "Humphrey, for example, said he's hopeful that the effort results in John
    /// Kasich claiming the nomination." then ""…," he said.": Humphrey.
    private mutating func refocus(afterSentence sentence: Int, events: [CueEvent], subjects: [Int: Subject], in block: BlockText) {
        let tokens = block.tokens
        let speaking = events.reversed().prefix { block.sentence[$0.cue.lowerBound] == sentence }
            .filter { $0.entity != nil && $0.shape != .according }
            .reversed()
        let setOff = speaking.first { event in
            let start = min(event.cue.lowerBound, event.referent.phrase.lowerBound)
            let end = max(event.cue.upperBound, event.referent.phrase.upperBound)
            let opens = event.followsQuote != nil || (start > 0 && tokens[start - 1].isPunct(","))
            let closes = end == tokens.count || block.sentence[end] != sentence || tokens[end].isPunct(",")
                || tokens[end].isPunct(".") || cueEndsItsSentence(event.cue, in: block)
            return opens && closes
        }
        if let main = speaking.first(where: \.atSubject) ?? setOff, let entity = main.entity {
            salience.promote(entity)
            return
        }
        let clause = clauseSubjects.last { block.sentence[$0.referent.phrase.lowerBound] == sentence && $0.entity != nil }
        guard let subject = clause ?? subjects[sentence], !subject.isLenient, let entity = subject.entity,
            speakers.contains(entity)
        else { return }
        salience.promote(entity)
    }

    /// The cue event at `cue`: its shape, the phrase naming its speaker and what that resolves to.
    mutating func event(
        _ block: BlockText, cue: Range<Int>, subject: inout Subject?, earlier: CueEvent?
    ) -> CueEvent? {
        let tokens = block.tokens
        let start = cue.lowerBound
        let sentenceStart = firstToken(ofSentenceAt: start, in: block)
        // ", saying …", ", adding …": the participle's speaker is the sentence's subject.
        // A quote before the participle does not change that ("…," adding that …).
        if tokens[start].lower.hasSuffix("ing"), tokens[start].lower != "according", start > 0,
            tokens[start - 1].isPunct(",") || Lexicon.participleLinks.contains(tokens[start - 1].lower)
                || quoteRightBefore(start, in: block) != nil
        {
            // "…," Fiorina said, adding that …: the participle continues the clause's own speaker.
            if let earlier, earlier.entity != nil, earlier.shape != .according, earlier.cue.upperBound == start - 1 {
                return CueEvent(
                    shape: .subjectFirst, cue: cue, referent: earlier.referent, entity: earlier.entity,
                    trust: earlier.trust, followsQuote: nil, atSubject: earlier.atSubject)
            }
            if let subject = resolvedSubject(&subject, in: block) {
                return CueEvent(
                    shape: .subjectFirst, cue: cue, referent: subject.referent, entity: subject.entity,
                    trust: subject.trust, followsQuote: nil, atSubject: true)
            }
        }
        var shape = CueEvent.Shape.subjectFirst
        var phrase: Range<Int>? = nil
        var appositive: Range<Int>? = nil
        var followsQuote: Int? = nil
        if tokens[start].lower == "according" {
            shape = .according
            phrase = block.phrase(from: cue.upperBound)
        } else if let quote = quoteRightBefore(start, in: block), !tokens[start].lower.hasSuffix("ing") {
            shape = .inverted
            followsQuote = quote
            phrase = block.phrase(from: cue.upperBound)
            // "Mr. Manafort, citing ''…,'' said the candidate could be …": a phrase followed by
            // its own verb is the subject of what was said, not the speaker.
            if let found = phrase, found.upperBound < tokens.count,
                Lexicon.clauseAuxiliaries.contains(tokens[found.upperBound].lower)
            {
                shape = .subjectFirst
                followsQuote = nil
                phrase = nil
            }
        }
        // "Clinton "drew quite well …" in the 2008 primary, said Ohio State University professor
        // Paul Beck.": the cue after a comma names its speaker after it, at the end of the sentence.
        // "…, said of RT.": a preposition after the cue introduces what was spoken about.
        // "…, told AFP.": the name after a listener cue is the audience.
        // "Said Dorothy Poynter, who grew up with Ali in the neighborhood, "…"": so can a plain
        // cue opening its sentence.
        let opensSentence = start == sentenceStart && Lexicon.openingCues.contains(tokens[start].lower)
        if phrase == nil, opensSentence || (start > 0 && tokens[start - 1].isPunct(",")), cue.upperBound < tokens.count,
            !Lexicon.listenerCues.contains(tokens[start].lower),
            tokens[cue.upperBound].isCapitalized || tokens[cue.upperBound].is(.determiner),
            let after = block.phrase(from: cue.upperBound),
            after.upperBound == tokens.count || tokens[after.upperBound].isPunct(".")
                || tokens[after.upperBound].isPunct(","),
            let named = block.referent(after), named.form != .pronoun
        {
            shape = .inverted
            phrase = after
        }
        // "“It’s an invasion …,” Scott Pruitt, the Republican attorney general of Oklahoma, one of
        // the states suing the EPA, said": the name right after the quote speaks, however many
        // appositives stand between it and the cue.
        if phrase == nil, let named = nameAfterQuote(beforeAppositives: start, from: sentenceStart, in: block) {
            phrase = named.phrase
            followsQuote = named.quote
            appositive = named.appositive
        }
        if phrase == nil {
            shape = .subjectFirst
            guard let found = block.phrase(before: start, floor: sentenceStart) else {
                // "Sanders thanked its members … and called the union …": a second verb shares the subject.
                var previous = start - 1
                while previous >= 0 && block.isCueModifier(previous) { previous -= 1 }
                // "from Mike Lee, who declared in the debate spin room, "…"": the person the
                // relative clause is about speaks.
                if previous > sentenceStart, tokens[previous].lower == "who", tokens[previous - 1].isPunct(","),
                    let antecedent = block.phrase(before: previous - 1, floor: sentenceStart),
                    var named = block.referent(antecedent.phrase, lenient: true), named.form != .pronoun
                {
                    // "McConnell, now the Senate majority leader, who in 2010 said": a description
                    // set off after a name describes that name's person.
                    var comma = antecedent.phrase.lowerBound - 1
                    while comma > sentenceStart && block.isCueModifier(comma) { comma -= 1 }
                    if named.form == .nominal, comma > sentenceStart, tokens[comma].isPunct(","),
                        let person = block.phrase(before: comma, floor: sentenceStart),
                        person.appositive == nil, var name = block.referent(person.phrase), name.form == .name
                    {
                        name.role = name.role ?? named.role
                        named = name
                    }
                    let resolved = resolve(named, in: block, appositive: nil)
                    return CueEvent(
                        shape: .subjectFirst, cue: cue, referent: resolved.referent, entity: resolved.entity,
                        trust: resolved.trust, followsQuote: nil, atSubject: false)
                }
                // "Khan has claimed that … Donald Lu summoned Asad Majeed … and warned of "…"": a
                // second verb inside a reported clause shares that clause's subject.
                if previous > sentenceStart, tokens[previous].lower == "and" || tokens[previous].lower == "but",
                    let clause = reportedClauseSubject(before: previous, from: sentenceStart, in: block)
                {
                    let resolved = resolve(clause, in: block, appositive: nil)
                    return CueEvent(
                        shape: .subjectFirst, cue: cue, referent: resolved.referent, entity: resolved.entity,
                        trust: resolved.trust * 0.9, followsQuote: nil, atSubject: false)
                }
                guard previous >= 0, tokens[previous].lower == "and" || tokens[previous].lower == "but"
                    || tokens[previous].lower == "then" || tokens[previous].isPunct(","),
                    let known = subject, !known.isLenient, known.referent.phrase.upperBound <= previous,
                    let subject = resolvedSubject(&subject, in: block)
                else { return nil }
                return CueEvent(
                    shape: .subjectFirst, cue: cue, referent: subject.referent, entity: subject.entity,
                    trust: subject.trust * 0.9, followsQuote: nil, atSubject: false)
            }
            // "telling Mic in an interview": the name after a listener cue is the audience, even
            // before another cue.
            if found.phrase.lowerBound > sentenceStart,
                Lexicon.listenerCues.contains(tokens[found.phrase.lowerBound - 1].lower)
            {
                return nil
            }
            // "Westmacott, who will retire soon after also serving in Iran, Turkey and France,
            // praised …": the cue after a relative clause on the subject belongs to the subject,
            // not to the last words of the clause.
            if start > 0, tokens[start - 1].isPunct(","), let known = subject, !known.isLenient,
                known.referent.phrase.upperBound + 1 < found.phrase.lowerBound,
                tokens[known.referent.phrase.upperBound].isPunct(","),
                ["who", "which", "whose", "whom"].contains(tokens[known.referent.phrase.upperBound + 1].lower)
                    // "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper,
                    // L'Osservatore Romano, said": a named subject's appositives run up to the cue.
                    || (known.referent.form == .name
                        && ["the", "a", "an"].contains(tokens[known.referent.phrase.upperBound + 1].lower))
                    // "Clinton, during a town hall meeting in Columbus, Ohio, said", "Cory James, 22,
                    // of Flint, Mich., said": an age or a place or time set off after a name.
                    // "Michael Mulgrew, president of the United Federation of Teachers, which
                    // represents New York City educators, said": a role after the name.
                    || (known.referent.form == .name
                        && tokens[known.referent.phrase.upperBound + 1].stemClasses.contains(.roleNoun)
                        && !tokens[known.referent.phrase.upperBound + 1].isCapitalized)
                    || (known.referent.form == .name
                        && (tokens[known.referent.phrase.upperBound + 1].startsWithDigit
                            || Lexicon.settingPrepositions.contains(tokens[known.referent.phrase.upperBound + 1].lower))),
                let subject = resolvedSubject(&subject, in: block)
            {
                return CueEvent(
                    shape: .subjectFirst, cue: cue, referent: subject.referent, entity: subject.entity,
                    trust: subject.trust, followsQuote: nil, atSubject: true)
            }
            // "She addressed Muslim-Americans in an email to supporters", "Sanders started out
            // their ninth debate saying …": before a cue phrase that opens with a preposition, or a
            // participle, the words right after a verb are its object; the sentence's subject speaks.
            // So does a channel before a participle ("issuing a statement through Arsenal
            // describing the speculation as "flattering"").
            let verbBefore = found.phrase.lowerBound > sentenceStart ? tokens[found.phrase.lowerBound - 1] : nil
            let participle = tokens[start].lower.hasSuffix("ing") && tokens[start].lower != "according"
                && !tokens[start - 1].is(.passiveAuxiliary)
            if Lexicon.prepositionalCueStarts.contains(tokens[start].lower) || participle,
                found.appositive == nil, let verbBefore, verbBefore.isWord, !verbBefore.isCapitalized,
                !verbBefore.is(.phraseBreaker) || (participle && ["through", "via"].contains(verbBefore.lower)),
                !verbBefore.is(.determiner), !verbBefore.is(.roleNoun), verbBefore.lower != "of",
                let known = subject, !known.isLenient, known.referent.phrase.upperBound < found.phrase.lowerBound,
                let subject = resolvedSubject(&subject, in: block)
            {
                return CueEvent(
                    shape: .subjectFirst, cue: cue, referent: subject.referent, entity: subject.entity,
                    trust: subject.trust * 0.9, followsQuote: nil, atSubject: true)
            }
            phrase = found.phrase
            appositive = found.appositive
            // "Trump issued a statement saying …": the statement's author is the sentence's subject.
            if tokens[start].lower.hasSuffix("ing"), let carrier = block.referent(found.phrase, lenient: true),
                carrier.form == .nominal, Lexicon.organizationHeads.contains(carrier.head),
                let known = subject, !known.isLenient, known.referent.phrase.upperBound <= found.phrase.lowerBound,
                let subject = resolvedSubject(&subject, in: block)
            {
                return CueEvent(
                    shape: .subjectFirst, cue: cue, referent: subject.referent, entity: subject.entity,
                    trust: subject.trust * 0.9, followsQuote: nil, atSubject: true)
            }
            // "PolitiFact rated 32% of Republican claims as "false"", "the website cites so many
            // Republican claims as inaccurate": after "of" or a quantifier, a capital and a cue
            // word in -s are a noun phrase, not a speaker and a verb.
            let last = found.phrase.upperBound - 1
            if last > sentenceStart, Self.quantifiers.contains(tokens[last - 1].lower), tokens[last].isCapitalized,
                tokens[start].lower.hasSuffix("s"), !block.isPronoun(last)
            {
                return nil
            }
            followsQuote = quoteRightBefore(found.phrase.lowerBound, in: block)
            if let quote = followsQuote, !endsUtterance(quote, in: block),
                !(block.lastInnerScalar(quote) == "." && cueEndsItsSentence(cue, in: block))
            {
                followsQuote = nil
            }
        }
        // Between a quote and its cue any description is a speaker ("…," said the 46-year-old;
        // "the announcer said, "…"").
        var quoteAfterCue = cue.upperBound
        if quoteAfterCue < tokens.count, tokens[quoteAfterCue].isPunct(",") || tokens[quoteAfterCue].isPunct(":") {
            quoteAfterCue += 1
        }
        let lenient = followsQuote != nil || shape == .inverted
            || (quoteAfterCue < tokens.count && tokens[quoteAfterCue].quoteIndex != nil)
        // A word right before a cue verb is its subject, so it need not pass `isPlausible`.
        guard let phrase, let referent = block.referent(phrase, lenient: lenient),
            shape == .subjectFirst || isPlausible(referent, in: block)
        else { return nil }
        // "In a September Washington Post-ABC News poll, 75 percent of Republicans said": a share of
        // a group answering a poll speaks through the poll.
        if shape == .subjectFirst, let poll = pollAnswered(by: phrase, in: block, from: sentenceStart),
            let named = block.referent(poll, lenient: true)
        {
            let resolved = resolve(named, in: block, appositive: nil)
            return CueEvent(
                shape: shape, cue: cue, referent: resolved.referent, entity: resolved.entity, trust: resolved.trust,
                followsQuote: followsQuote, atSubject: false)
        }
        if shape == .subjectFirst, let known = subject, known.referent.phrase == phrase,
            let subject = resolvedSubject(&subject, in: block)
        {
            // The writer ("I said") is never whom "he" or "she" points back to.
            if let entity = subject.entity, subject.referent.head != "i" {
                salience.note(entity, kind: entities[entity].kind, plural: false)
            }
            return CueEvent(
                shape: shape, cue: cue, referent: subject.referent, entity: subject.entity, trust: subject.trust,
                followsQuote: followsQuote, atSubject: true)
        }
        var speaker = referent
        // "Xinhua, the official Chinese news agency, wrote": a name its appositive calls an
        // organisation is one, so "he" and "she" never reach it.
        if speaker.form == .name, speaker.kind == .person, let appositive,
            let head = block.appositiveHead(appositive), Lexicon.organizationWords.contains(head)
        {
            speaker.kind = .organization
        }
        // "Another Clinton ally, Agriculture Secretary Tom Vilsack, told": the name speaks.
        if referent.form == .nominal, let appositive, let named = block.referent(appositive), named.form == .name {
            speaker = named
            speaker.role = speaker.role ?? referent.role
        }
        // "His former business partner at Lenox, Lawrence B. Cummings, called him …": a name right
        // after a preposition ends the description it qualifies, and the person the appositive
        // names in full speaks.
        if referent.form == .name, let appositive, phrase.lowerBound > sentenceStart,
            Self.qualifyingPrepositions.contains(tokens[phrase.lowerBound - 1].lower),
            tokens[appositive].allSatisfy({ !$0.isWord || $0.isCapitalized }),
            let named = block.referent(appositive), named.form == .name, named.kind == .person, named.name.count > 1
        {
            speaker = named
        }
        // "…," said RNID technology director, Guido Gybels.: the name closing the sentence after
        // the description speaks.
        if shape == .inverted, referent.form == .nominal, phrase.upperBound + 1 < tokens.count,
            tokens[phrase.upperBound].isPunct(","), let after = block.phrase(from: phrase.upperBound + 1),
            after.upperBound == tokens.count || tokens[after.upperBound].isPunct("."),
            var named = block.referent(after), named.form == .name
        {
            named.role = named.role ?? referent.role
            speaker = named
        }
        let resolved = resolve(speaker, in: block, appositive: speaker.form == .name ? nil : appositive)
        return CueEvent(
            shape: shape, cue: cue, referent: resolved.referent, entity: resolved.entity, trust: resolved.trust,
            followsQuote: followsQuote, atSubject: false)
    }

    /// "of" and the words that count or point before a plural noun ("many Republican claims").
    static let quantifiers: Set<String> = [
        "of", "many", "most", "some", "all", "few", "several", "these", "those", "such", "other", "his", "her",
        "their", "its", "our",
    ]

    /// Prepositions that tie a name to the description before it ("partner at Lenox", "director
    /// of Amnesty").
    static let qualifyingPrepositions: Set<String> = ["at", "of", "for", "from", "with"]

    /// The name that follows a quote ending an utterance and is set off by commas from the cue at
    /// `cue`, with only appositives between ("“…,” Scott Pruitt, the Republican attorney general
    /// of Oklahoma, one of the states suing the EPA, said"), that quote, and the first appositive.
    private func nameAfterQuote(beforeAppositives cue: Int, from sentenceStart: Int, in block: BlockText)
        -> (phrase: Range<Int>, quote: Int, appositive: Range<Int>)?
    {
        let tokens = block.tokens
        guard cue > sentenceStart, tokens[cue - 1].isPunct(","),
            let quotePosition = (max(sentenceStart, cue - 40)..<cue).last(where: { tokens[$0].quoteIndex != nil }),
            let quote = tokens[quotePosition].quoteIndex, endsUtterance(quote, in: block)
        else { return nil }
        var nameStart = quotePosition + 1
        if nameStart < cue, tokens[nameStart].isPunct(",") { nameStart += 1 }
        guard nameStart < cue, tokens[nameStart].isCapitalized, let phrase = block.phrase(from: nameStart),
            phrase.upperBound + 1 < cue - 1, tokens[phrase.upperBound].isPunct(","),
            let named = block.referent(phrase), named.form == .name,
            // "one of the states suing": after a determiner a cue word is a noun.
            !(phrase.upperBound..<cue).contains(where: { block.cueLength(at: $0) > 0 && !tokens[$0 - 1].is(.determiner) })
        else { return nil }
        let opening = tokens[phrase.upperBound + 1]
        guard opening.is(.determiner) || opening.startsWithDigit || ["who", "whose"].contains(opening.lower)
            || (opening.stemClasses.contains(.roleNoun) && !opening.isCapitalized)
        else { return nil }
        let opens = phrase.upperBound + 1
        let closes = (opens..<cue).first(where: { tokens[$0].isPunct(",") }) ?? cue
        return (phrase, quote, opens..<closes)
    }

    /// Records the speaker of `event` as the issuer of each document its sentence mentions with
    /// an article or a possessive ("In a statement, the club said", "the club said in its
    /// statement"), so "the statement" can later reach it. A document that is itself the
    /// speaker ("the statement said") issues nothing, nor does a source that only relays it
    /// ("According to The Guardian, an email was sent from the club's director").
    private mutating func noteDocuments(issuedBy event: CueEvent, in block: BlockText) {
        guard let entity = event.entity, !entities[entity].isDescription, event.shape != .according else { return }
        let tokens = block.tokens
        let sentence = block.sentence[event.cue.lowerBound]
        var position = block.sentenceStarts[sentence]
        while position < tokens.count, block.sentence[position] == sentence {
            if position > 0, Lexicon.documentNouns.contains(tokens[position].lowerStem),
                !event.referent.phrase.contains(position),
                ["a", "an", "its", "his", "her", "their"].contains(tokens[position - 1].lower)
            {
                documentAuthors[tokens[position].lowerStem] = (entity, block.index)
            }
            position += 1
        }
    }

    /// The named subject of a clause reported by a cue verb ("claimed that US Secretary of State
    /// for South and Central Asian Affairs Donald Lu summoned …") that starts before `limit`:
    /// the name ending right before the clause's first lowercase word.
    private func reportedClauseSubject(before limit: Int, from sentenceStart: Int, in block: BlockText) -> Referent? {
        let tokens = block.tokens
        guard let that = (sentenceStart..<limit).last(where: {
            tokens[$0].lower == "that" && $0 > sentenceStart && block.cueLength(at: $0 - 1) > 0
        }) else { return nil }
        var verb = that + 1
        while verb < limit, tokens[verb].isCapitalized || !tokens[verb].isWord
            || ["of", "for", "and", "the"].contains(tokens[verb].lower)
        {
            verb += 1
        }
        guard verb < limit, verb > that + 1, tokens[verb].isWord, tokens[verb].quoteIndex == nil,
            let found = block.phrase(before: verb, floor: that + 1),
            var named = block.referent(found.phrase), named.form == .name, named.kind == .person
        else { return nil }
        // The capitals before the name are its role ("US Secretary of State for … Affairs").
        if named.name.lowerBound > that + 1 { named.role = block.text((that + 1)..<named.name.lowerBound) }
        return named
    }

    /// The poll phrase of the sentence ("a fresh CNN-ORC poll") when `phrase` is a share of
    /// people counted by it ("75 percent of Republicans", "Six in 10 Republicans").
    private func pollAnswered(by phrase: Range<Int>, in block: BlockText, from sentenceStart: Int) -> Range<Int>? {
        let tokens = block.tokens
        let window = tokens[max(sentenceStart, phrase.lowerBound - 3)..<phrase.upperBound]
        let counted = window.contains { $0.lower == "percent" || $0.lower.hasSuffix("%") }
            || (window.contains { $0.lower == "in" } && window.contains(where: \.startsWithDigit))
        guard counted else { return nil }
        let sentence = block.sentence[phrase.lowerBound]
        var end = sentenceStart
        while end < tokens.count && block.sentence[end] == sentence { end += 1 }
        guard let head = (sentenceStart..<end).first(where: {
            Lexicon.pollNouns.contains(tokens[$0].lower) && !phrase.contains($0)
        }) else { return nil }
        var start = head
        while start > sentenceStart && head - start < 8 && tokens[start - 1].isWord && !tokens[start].is(.determiner) {
            start -= 1
        }
        guard tokens[start].is(.determiner) else { return nil }
        return start..<(head + 1)
    }

    /// A one-word name that opens a sentence ("Lately", "Audiences") is only a name when the
    /// article also capitalises it mid-sentence or uses it in a longer name.
    func isPlausible(_ referent: Referent, in block: BlockText) -> Bool {
        guard referent.form == .name, referent.name.count == 1 else { return true }
        let index = referent.name.lowerBound
        let opensSentence = index == 0 || block.sentence[index - 1] != block.sentence[index]
        return !opensSentence || block.tokens[index].isAllCaps || entities.namedWords.contains(block.tokens[index].lowerStem)
    }
}
