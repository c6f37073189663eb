import Articles

/// One article's attribution in progress: blocks, entities, salience and the quotes decided so far.
///
/// Blocks are read in order, so a pronoun only points back and a quote paragraph can continue the
/// previous paragraph's speaker.
struct AttributionPass {
    /// A decided quote before it becomes a public `Quote`.
    struct Decision: Sendable {
        /// The block holding the quote.
        var block: Int
        /// The quote's index in its block.
        var quote: Int
        /// The entity that said it, if any.
        var entity: Int? = nil
        /// The words naming the speaker, wherever they are.
        var mention: Mention? = nil
        /// The cue words, as written.
        var cue: String? = nil
        /// How sure the decision is.
        var confidence: Double
        /// The rule that decided.
        var rule: String
    }

    /// The article's blocks, prepared.
    let blocks: [BlockText]
    /// The entities named so far.
    var entities = EntityTable()
    /// What pronouns can point to.
    var salience = Salience()
    /// The decisions, in source order.
    var decisions: [Decision] = []
    /// The cue events of the block before the one being decided.
    var previousEvents: [CueEvent] = []
    /// The subject of the last sentence of the block before the one being decided.
    var previousClosingSubject: Subject? = nil
    /// The subjects of the joined clauses of the block being decided (", while Mike Huckabee …
    /// proposed"), in text order.
    var clauseSubjects: [Subject] = []

    /// Prepares `article` for attribution.
    init(_ article: Article) {
        blocks = article.textBlocks.enumerated().map { BlockText($0.element, index: $0.offset) }
        // A headline capitalises every word, so its runs of capitals are not names.
        for block in blocks.dropFirst() { collectKnownNames(block) }
    }

    /// Runs every rule over every block.
    mutating func run() {
        for block in blocks {
            if block.index == 0 { noteHeadlineSubject(block) }
            let found = block.index == 0 ? (events: [], subjects: [:]) : findEvents(block)
            decide(block, events: found.events, subjects: found.subjects)
            previousEvents = found.events
            previousClosingSubject = block.sentence.last.flatMap { found.subjects[$0] }
            creditPreviousBlock(block)
        }
        joinContinuedQuotes()
    }

    // MARK: - Known names

    /// Registers every multi-word person name in `block`, so "Khan" can reach "Imran Khan".
    private mutating func collectKnownNames(_ block: BlockText) {
        let tokens = block.tokens
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, tokens[index].isCapitalized else {
                index += 1
                continue
            }
            if index > 0 && block.sentence[index - 1] == block.sentence[index] && tokens[index - 1].quoteIndex == nil {
                entities.namedWords.insert(tokens[index].lowerStem)
            }
            var end = index
            while end < tokens.count && tokens[end].isWord {
                // "Minister of Energy Ilse Marrow": "of" between capitals stays in the run, so the
                // title's "of" phrase can be told from the name.
                if tokens[end].lower == "of", end > index, end + 1 < tokens.count, tokens[end + 1].isCapitalized {
                    end += 1
                    continue
                }
                guard tokens[end].isCapitalized else { break }
                end += 1
            }
            let run = end
            // "in New Hampshire": a name after "in" is a place, unless it opens with a first name.
            if index > 0, tokens[index - 1].lower == "in", run - index <= 3,
                tokens[run - 1].lower == tokens[run - 1].lowerStem,
                Lexicon.gender(ofFirstName: tokens[index].lower) == .unknown
            {
                entities.placeNames.insert(tokens[index..<run].map(\.lowerStem))
            }
            let start = block.nameStart(in: index..<end)
            end = block.nameEnd(in: start..<end)
            if end - start >= 2 && end - start <= 4 && !block.isOrganizationName(start..<end)
                && !tokens[start..<end].contains(where: { $0.stemClasses.contains(.notName) })
            {
                let words = tokens[start..<end].map(\.lowerStem)
                entities.noteFullName(words, surface: block.nameText(start..<end))
                entities.namedWords.formUnion(words)
            }
            index = run
        }
    }

    /// Makes the person a headline opens with ("Bernie Sanders Isn’t Too Impressed …") the first
    /// antecedent. A headline capitalises every word, so the name keeps only the words the body
    /// also uses in names, and its cue verbs attribute nothing.
    private mutating func noteHeadlineSubject(_ block: BlockText) {
        let tokens = block.tokens
        guard let phrase = block.phrase(from: 0), var referent = block.referent(phrase), referent.form == .name else {
            return
        }
        var end = referent.name.lowerBound
        while end < referent.name.upperBound && entities.namedWords.contains(tokens[end].lowerStem) {
            end += 1
            // "Hillary Clinton’s Claim That …": the name ends at its possessive.
            if tokens[end - 1].lower != tokens[end - 1].lowerStem { break }
        }
        guard end > referent.name.lowerBound else { return }
        referent.name = referent.name.lowerBound..<end
        referent.head = tokens[end - 1].lowerStem
        referent.kind = block.isOrganizationName(referent.name) ? .organization : .person
        _ = resolve(referent, in: block, appositive: nil)
    }

    // MARK: - Cue events

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

    /// Finds every cue in `block` and resolves its speaker, and the subject of every sentence, in text order.
    mutating func findEvents(_ block: BlockText) -> (events: [CueEvent], subjects: [Int: Subject]) {
        var events: [CueEvent] = []
        var subjects: [Int: Subject] = [:]
        let tokens = block.tokens
        clauseSubjects = []
        var position = 0
        while position < tokens.count {
            if position == 0 || block.sentence[position - 1] != block.sentence[position] {
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
            let afterPossessive = position > 0 && tokens[position - 1].isWord
                && tokens[position - 1].lower != tokens[position - 1].lowerStem
                && tokens[position - 1].isCapitalized && !block.isPronoun(position - 1)
            // "were asked", "was told": a passive cue has no speaker before it; "is reporting"
            // is no passive.
            if position > 0, tokens[position - 1].is(.passiveAuxiliary), !tokens[position].lower.hasSuffix("ing") {
                position += length
                continue
            }
            var subject = subjects[block.sentence[position]]
            let heard = afterPossessive ? salience : nil
            let earlier = events.last.flatMap { block.sentence[$0.cue.lowerBound] == block.sentence[position] ? $0 : nil }
            if let event = event(block, cue: cue, subject: &subject, earlier: earlier) { events.append(event) }
            if let heard { salience = heard }
            subjects[block.sentence[position]] = subject
            position += length
        }
        return (events, subjects)
    }

    /// The subject of the sentence starting at `start`: its first noun phrase after leading
    /// connectives ("But") and an introductory phrase ("In response to another question,").
    private mutating func sentenceSubject(_ block: BlockText, from start: Int) -> Subject? {
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
            // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried": a state after its
            // town is still the introduction; the subject follows the next comma.
            if let place = candidate, place.form == .name, place.phrase.count == 1, tokens[comma - 1].isCapitalized,
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
        guard let referent = candidate else { return nil }
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

    /// Whether a clause joined to the one before starts at `position` (", and the GOP candidate
    /// took to Twitter", ", but Representative Brooks … doesn't mince words").
    private func isCoordinatedClauseStart(_ position: Int, in block: BlockText) -> Bool {
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
    private mutating func noteClauseSubject(_ block: BlockText, at position: Int) {
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
    private mutating func resolvedSubject(_ subject: inout Subject?, in block: BlockText) -> Subject? {
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

    private mutating func event(
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
        if phrase == nil, start > 0, tokens[start - 1].isPunct(","), cue.upperBound < tokens.count,
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
                    let named = block.referent(antecedent.phrase, lenient: true), named.form != .pronoun
                {
                    let resolved = resolve(named, in: block, appositive: nil)
                    return CueEvent(
                        shape: .subjectFirst, cue: cue, referent: resolved.referent, entity: resolved.entity,
                        trust: resolved.trust, followsQuote: nil, atSubject: false)
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
            let verbBefore = found.phrase.lowerBound > sentenceStart ? tokens[found.phrase.lowerBound - 1] : nil
            if Lexicon.prepositionalCueStarts.contains(tokens[start].lower)
                || (tokens[start].lower.hasSuffix("ing") && tokens[start].lower != "according"
                    && !tokens[start - 1].is(.passiveAuxiliary)),
                found.appositive == nil, let verbBefore, verbBefore.isWord, !verbBefore.isCapitalized,
                !verbBefore.is(.phraseBreaker), !verbBefore.is(.determiner), !verbBefore.is(.roleNoun), verbBefore.lower != "of",
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
            if let entity = subject.entity {
                salience.note(entity, kind: entities[entity].kind, plural: false)
            }
            return CueEvent(
                shape: shape, cue: cue, referent: subject.referent, entity: subject.entity, trust: subject.trust,
                followsQuote: followsQuote, atSubject: true)
        }
        var speaker = referent
        // "Another Clinton ally, Agriculture Secretary Tom Vilsack, told": the name speaks.
        if referent.form == .nominal, let appositive, let named = block.referent(appositive), named.form == .name {
            speaker = named
            speaker.role = speaker.role ?? referent.role
        }
        let resolved = resolve(speaker, in: block, appositive: speaker.form == .name ? nil : appositive)
        return CueEvent(
            shape: shape, cue: cue, referent: resolved.referent, entity: resolved.entity, trust: resolved.trust,
            followsQuote: followsQuote, atSubject: false)
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
    private func isPlausible(_ referent: Referent, in block: BlockText) -> Bool {
        guard referent.form == .name, referent.name.count == 1 else { return true }
        let index = referent.name.lowerBound
        let opensSentence = index == 0 || block.sentence[index - 1] != block.sentence[index]
        return !opensSentence || block.tokens[index].isAllCaps || entities.namedWords.contains(block.tokens[index].lowerStem)
    }

    /// Resolves a speaker phrase to an entity and notes it for later pronouns.
    private mutating func resolve(_ referent: Referent, in block: BlockText, appositive: Range<Int>?)
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
            let found = entities.resolveDescription(
                head: referent.head, text: referent.role ?? block.text(referent.name), kind: referent.kind,
                modifiers: modifiers, definite: definite, at: position)
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
