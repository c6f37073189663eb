import Articles

/// The quote rules, as a sieve: the most precise rule that applies decides.
///
/// | rule | pattern | confidence |
/// |---|---|---|
/// | `headline` | a quote in the title: nobody | 0.9 |
/// | `nickname` | `Robert C. "Bobby" Scott`: a quoted word between the parts of a name, nobody | 0.9 |
/// | `transcript` | `"WALLACE: …"` | 0.9 |
/// | `quote-cue-speaker` | `"…," said X` | 0.95 |
/// | `quote-speaker-cue` | `"…," X said`, `"…," X, who …, said` | 0.95 |
/// | `dash-credit` | `"…" ― X` | 0.85 |
/// | `relayed-according-to` | `"…," X said, according to Y`: Y | 0.9 |
/// | `according-to` | `… "…" …, according to X` | 0.9 |
/// | `colon` | `X: "…"` | 0.85 |
/// | `colon-paragraph` | `X said:` ending the paragraph before a quote paragraph | 0.85 |
/// | `speaker-cue-quote` | `X said (that) … "…"`, `…, explained X, "…"` in one sentence | 0.85 |
/// | `document-clause` | `X rejected the Y report that cited … "…"`: Y | 0.85 |
/// | `speaker-cue-after` | `"…" … X said …` later in the sentence | 0.7 |
/// | `possessive-cue` | `X’s claim that "…"`, `X’s "…" promise` | 0.7 |
/// | `previous-sentence` | `X says. "…"` — a quote sentence after a sentence with a speaker | 0.75 |
/// | `previous-subject` | `He is scathing of the Tory party. "…"` — a quote sentence without a cue after a sentence about a person | 0.6 |
/// | `same-paragraph` | a quote without a cue next to an attributed one | 0.75 |
/// | `continued-paragraph` | a paragraph opening with a quote continues the last speaker | 0.7 |
/// | `previous-paragraph` | a paragraph opening with a quote and holding no cue, after one ending on a named person or a named organisation’s own cue | 0.65 |
/// | `continued-quote` | a paragraph opening with a quote after one whose last quote was left open: that quote's speaker | 0.75 |
/// | `answer` | `: "…"`, a paragraph opening with a colon whose speaker label was lost: the person introduced before the first such paragraph | 0.7 |
///
/// Confidence is multiplied by how well the speaker phrase resolved (1 for a name, 0.9 for a
/// pronoun, 0.85 for a known role, 0.8 for a new description).
extension AttributionPass {
    /// Below this confidence a quote keeps its rule but gets no speaker.
    static let threshold = 0.5

    /// Decides every quote of `block`.
    mutating func decide(_ block: BlockText, events: [CueEvent], subjects: [Int: Subject]) {
        let firstDecision = decisions.count
        let index = CueEventIndex(events, in: block)
        for quote in block.quotes.indices {
            var decision = decideQuote(quote, in: block, events: index, subjects: subjects)
            doubtScareQuote(&decision, in: block)
            decisions.append(decision)
        }
        inheritWithinBlock(from: firstDecision, in: block)
    }

    private mutating func decideQuote(
        _ quote: Int, in block: BlockText, events: CueEventIndex, subjects: [Int: Subject]
    ) -> Decision {
        let position = block.quoteTokens[quote]
        let tokens = block.tokens
        let sentence = block.sentence[position]
        if block.index == 0 { return Decision(block: block.index, quote: quote, confidence: 0.9, rule: "headline") }
        if isNickname(quote, in: block) { return Decision(block: block.index, quote: quote, confidence: 0.9, rule: "nickname") }
        if let decision = transcript(quote, in: block) { return decision }
        if let event = events.following(quote: quote).first(where: { $0.shape != .according }) {
            if let source = reportingSource(after: event, in: block, events: events) {
                return decision(quote, block, source, base: 0.9, rule: "relayed-according-to")
            }
            let rule = event.shape == .inverted ? "quote-cue-speaker" : "quote-speaker-cue"
            return decision(quote, block, event, base: 0.95, rule: rule)
        }
        if let decision = dashCredit(quote, in: block) { return decision }
        if position == 0, let decision = continuedQuote(quote, in: block) { return decision }
        let inSentence = events.inSentence(sentence)
        if let event = inSentence.first(where: { $0.shape == .according }) {
            return decision(quote, block, event, base: 0.9, rule: "according-to")
        }
        if position > 0, tokens[position - 1].isPunct(":"), let decision = colon(quote, in: block, events: events) {
            return decision
        }
        // "Because of how Democrats crafted the primary schedule, explained Rosenberg, "…"": a cue
        // with a name after it introduces a quote that follows them.
        let before = inSentence.filter {
            ($0.shape == .subjectFirst && $0.cue.upperBound <= position)
                || ($0.shape == .inverted && $0.followsQuote == nil && $0.referent.form == .name
                    && $0.referent.phrase.upperBound <= position)
        }
        if let event = Self.clauseSpeaker(before, in: block) {
            if let author = documentAuthor(after: event.cue.upperBound, before: position, in: block) {
                return decision(quote, block, author, base: 0.85, rule: "document-clause")
            }
            return decision(quote, block, event, base: 0.85, rule: "speaker-cue-quote")
        }
        if let event = inSentence.first(where: {
            $0.shape != .according && $0.referent.phrase.lowerBound > position && $0.followsQuote == nil
        }) {
            return decision(quote, block, event, base: 0.7, rule: "speaker-cue-after")
        }
        if let decision = possessiveCue(quote, in: block) { return decision }
        if let decision = answer(quote, in: block, events: events) { return decision }
        if var subject = subjects[sentence], !subject.isLenient, subject.referent.phrase.upperBound <= position,
            let entity = subject.entity
        {
            // "Jindal signed an order …, while Mike Huckabee … proposed we "…"": the subject of
            // the clause holding the quote says it.
            if let clause = clauseSubjects.last(where: {
                $0.entity != nil && block.sentence[$0.referent.phrase.lowerBound] == sentence
                    && $0.referent.phrase.upperBound <= position
            }) {
                subject = clause
            }
            let confidence = 0.65 * subject.trust
            let range = subject.referent.form == .name ? subject.referent.name : subject.referent.phrase
            return Decision(
                block: block.index, quote: quote, entity: confidence >= Self.threshold ? subject.entity ?? entity : nil,
                mention: Mention(range: block.fileRange(range), text: block.text(range)), cue: nil,
                confidence: confidence, rule: "sentence-subject")
        }
        // "Or maybe Jeb Bush, digital consultant Phil Musser says. "Several surveys …"": a quote
        // standing alone after a sentence with a speaker continues that speaker.
        if subjects[sentence] == nil, position == firstToken(ofSentenceAt: position, in: block), sentence > 0,
            let event = Self.previousSentenceSpeaker(events.inSentence(sentence - 1))
        {
            // "…," Sanders said, according to CNN. "…": the source that relayed the first
            // sentence relays the next one too.
            let source = reportingSource(after: event, in: block, events: events) ?? event
            return decision(quote, block, source, base: 0.75, rule: "previous-sentence")
        }
        // "And he is scathing of the Tory party which he also appears to believe is unreformable.
        // "The Tory party is schizophrenic about Europe."": a quote opening a sentence without a
        // cue, after a sentence about a person, is that person's.
        if subjects[sentence] == nil, position == firstToken(ofSentenceAt: position, in: block), sentence > 0,
            events.inSentence(sentence).isEmpty, let subject = subjects[sentence - 1], !subject.isLenient,
            let entity = subject.entity, entities[entity].kind == .person,
            // "Playbook", "Luxembourg": one capitalised word may be a thing; a pronoun or a full
            // name is a person.
            subject.referent.form == .pronoun || entities[entity].words.count > 1
        {
            let confidence = 0.6 * subject.trust
            let range = subject.referent.form == .name ? subject.referent.name : subject.referent.phrase
            return Decision(
                block: block.index, quote: quote, entity: confidence >= Self.threshold ? entity : nil,
                mention: Mention(range: block.fileRange(range), text: block.text(range)), cue: nil,
                confidence: confidence, rule: "previous-subject")
        }
        // "Clark said in a statement:" closing the paragraph before introduces this one.
        if position == 0, block.index > 1, let last = blocks[block.index - 1].tokens.last, last.isPunct(":"),
            let event = previousEvents.last(where: { $0.shape == .subjectFirst })
        {
            let previous = blocks[block.index - 1]
            if previous.sentence[event.cue.lowerBound] == previous.sentence[previous.tokens.count - 1] {
                return decision(quote, previous, event, base: 0.85, rule: "colon-paragraph", quoteBlock: block.index)
            }
        }
        // "He then listed the qualities necessary in a successful Republican nominee:": without a
        // cue, the person the closing sentence is about introduces the quote paragraph.
        if position == 0, block.index > 1, let last = blocks[block.index - 1].tokens.last, last.isPunct(":"),
            let subject = previousClosingSubject, !subject.isLenient, let entity = subject.entity,
            entities[entity].kind == .person
        {
            let previous = blocks[block.index - 1]
            let range = subject.referent.form == .name ? subject.referent.name : subject.referent.phrase
            let confidence = 0.75 * subject.trust
            return Decision(
                block: block.index, quote: quote, entity: confidence >= Self.threshold ? entity : nil,
                mention: Mention(range: previous.fileRange(range), text: previous.text(range)), cue: ":",
                confidence: confidence, rule: "colon-paragraph")
        }
        // "Jim Parton … said the new proposals "lacked compulsion"." then ""We would like …" Mr
        // Parton said he had been told …": a later sentence naming the same speaker agrees.
        if position == 0, let previous = lastAttributedDecision(inBlock: block.index - 1),
            events.all.isEmpty
                || (events.inSentence(sentence).isEmpty && previous.entity != nil
                    && events.all.first?.entity == previous.entity)
        {
            return previous.carried(to: block.index, quote: quote, confidence: 0.7, rule: "continued-paragraph")
        }
        // "Valastro praised Christie’s leadership …" then a paragraph that opens with a quote and
        // has no cue: the named person the paragraph before ends on says it. A profile goes on
        // between the quotes ("On this subject, Morris appears almost evangelical." then ""I was on
        // a cruise …". But what is it about UKIP that particularly attracts him?").
        if position == 0, events.all.isEmpty, block.index > 1, blocks[block.index - 1].quotes.isEmpty,
            let subject = previousClosingSubject, !subject.isLenient, subject.referent.form == .name,
            let entity = subject.entity,
            // "CNN reported that night …": an organisation says the quote only when its own cue
            // closes the paragraph before.
            entities[entity].kind == .person
                || previousEvents.contains(where: { $0.entity == entity && $0.shape == .subjectFirst && $0.atSubject })
        {
            let previous = blocks[block.index - 1]
            let confidence = 0.65 * subject.trust
            return Decision(
                block: block.index, quote: quote, entity: entity,
                mention: Mention(range: previous.fileRange(subject.referent.name), text: previous.text(subject.referent.name)),
                cue: nil, confidence: confidence, rule: "previous-paragraph")
        }
        return Decision(block: block.index, quote: quote, confidence: 0, rule: "none")
    }

    /// The speaker a quote sentence continues: the cue that attributes the previous sentence's
    /// quote (""Your reputation is amazing," Trump assured Jones, after Jones assured Trump …"),
    /// else that sentence's last cue with a speaker.
    private static func previousSentenceSpeaker(_ events: [CueEvent]) -> CueEvent? {
        let speaking = events.filter { $0.entity != nil && $0.shape != .according }
        return speaking.first(where: { $0.followsQuote != nil }) ?? speaking.last
    }

    /// "“…,” O’Malley said at a press conference, according to the Las Vegas Sun.": a speaker's
    /// words relayed through another source belong to that source, the one the article cites.
    /// The "according to" event must close the same sentence after the speaker's cue, before any
    /// further quote.
    private func reportingSource(after event: CueEvent, in block: BlockText, events: CueEventIndex) -> CueEvent? {
        let sentence = block.sentence[event.cue.lowerBound]
        guard let source = events.inSentence(sentence).first(where: {
            $0.shape == .according && $0.cue.lowerBound > event.cue.upperBound && $0.entity != nil
        }) else { return nil }
        let between = event.cue.upperBound..<source.cue.lowerBound
        if block.quoteTokens.contains(where: { between.contains($0) }) { return nil }
        return source
    }

    private mutating func decision(
        _ quote: Int, _ block: BlockText, _ event: CueEvent, base: Double, rule: String, quoteBlock: Int? = nil
    ) -> Decision {
        let confidence = base * event.trust * (event.entity == nil ? 0.3 : 1)
        let mentionRange = event.referent.form == .name ? event.referent.name : event.referent.phrase
        return Decision(
            block: quoteBlock ?? block.index, quote: quote, entity: confidence >= Self.threshold ? event.entity : nil,
            mention: Mention(range: block.fileRange(mentionRange), text: block.text(mentionRange)),
            cue: block.text(event.cue), confidence: confidence, rule: rule)
    }

    /// A quote in Title Case that no cue next to it attributes is usually the name of a work
    /// ("How the Grinch Stole Christmas"), and a one- or two-word quote that only inherits a
    /// neighbour's speaker is usually a scare quote: such weak attributions drop below the threshold.
    private func doubtScareQuote(_ decision: inout Decision, in block: BlockText) {
        let shape = block.shape(ofQuote: decision.quote)
        // "on ABC’s “This Week,”", "said on “Meet the Press.”": a short quote in Title Case right
        // after a possessive or "on" names a programme or a work, whatever cue is near it.
        let position = block.quoteTokens[decision.quote]
        if decision.entity != nil, shape.titleCase, shape.words <= 4, position > 0, block.tokens[position - 1].isWord {
            let previous = block.tokens[position - 1]
            if previous.lower != previous.lowerStem || Self.embeddingWords.contains(previous.lower) {
                decision.confidence *= 0.5
                if decision.confidence < Self.threshold { decision.entity = nil }
                return
            }
        }
        guard Self.weakRules.contains(decision.rule) else { return }
        let inherited = decision.rule == "same-paragraph" || decision.rule == "continued-paragraph"
        guard shape.titleCase || (inherited && shape.words <= 2) else { return }
        decision.confidence *= 0.5
        if decision.confidence < Self.threshold { decision.entity = nil }
    }

    /// `Rep. Robert C. "Bobby" Scott`, `Marcia "Cia" Price`: one capitalised word quoted between
    /// the parts of a name is the person's nickname, which nobody said.
    private func isNickname(_ quote: Int, in block: BlockText) -> Bool {
        let position = block.quoteTokens[quote]
        guard position > 0, position + 1 < block.tokens.count, block.shape(ofQuote: quote).words == 1 else { return false }
        let span = block.quotes[quote]
        guard span.innerStart < span.innerEnd, Tokenizer.isUppercase(block.scalars[span.innerStart]) else { return false }
        let after = block.tokens[position + 1]
        var before = position - 1
        if block.tokens[before].isPunct("."), before > 0 { before -= 1 }
        return after.isWord && after.isCapitalized && block.tokens[before].isWord && block.tokens[before].isCapitalized
    }

    /// Words after which a quote in Title Case names a programme or a work ("on “Meet the Press.”").
    static let embeddingWords: Set<String> = ["on", "titled"]

    /// Rules that guess from context rather than read a cue next to the quote.
    static let weakRules: Set<String> = [
        "sentence-subject", "previous-subject", "same-paragraph", "speaker-cue-after", "continued-paragraph",
    ]

    /// Quotes without a cue take the speaker of an attributed quote in the same paragraph:
    /// the previous one, or else the next one.
    ///
    /// The nearest quotes with a speaker on each side are tracked in two passes, not searched
    /// for from every quote: that was quadratic in a paragraph of thousands of unattributed
    /// quotes. A speaker a quote inherits counts for the quotes after it, as the search found it.
    private mutating func inheritWithinBlock(from first: Int, in block: BlockText) {
        guard first < decisions.count else { return }
        // Later quotes are not changed before an earlier one looks at them.
        var nextAttributed = [Int?](repeating: nil, count: decisions.count - first)
        var following: Int?
        for index in (first..<decisions.count).reversed() {
            nextAttributed[index - first] = following
            if decisions[index].entity != nil { following = index }
        }
        var previous: Int?
        for index in first..<decisions.count {
            if decisions[index].rule == "none", let source = previous ?? nextAttributed[index - first] {
                let quote = decisions[index].quote
                decisions[index] = decisions[source]
                decisions[index].quote = quote
                decisions[index].confidence = min(decisions[source].confidence, 0.75)
                decisions[index].rule = "same-paragraph"
                doubtScareQuote(&decisions[index], in: block)
            }
            if decisions[index].entity != nil { previous = index }
        }
    }

    /// `…I fear you are going back to the dragons and leeks and the choirs.` then `"Wales has
    /// moved on. …" Responding to Ms James' criticisms, Mr Pugh said:`: a quote opening the
    /// paragraph after one whose last quote was left open continues that quote, so it has the
    /// same speaker, whoever speaks later in the paragraph. A stage direction in brackets
    /// ("(CROSSTALK.)") is nobody's words.
    private func continuedQuote(_ quote: Int, in block: BlockText) -> Decision? {
        let span = block.quotes[quote]
        guard span.innerStart < span.innerEnd, !["(", "["].contains(block.scalars[span.innerStart]),
            block.index > 1, let open = blocks[block.index - 1].quotes.last, open.unclosed,
            let previous = decisions.last, previous.block == block.index - 1,
            previous.quote == blocks[block.index - 1].quotes.count - 1, previous.entity != nil
        else { return nil }
        return previous.carried(to: block.index, quote: quote, confidence: 0.75, rule: "continued-quote")
    }

    /// A quote left open at the end of a paragraph and its continuation share one speaker.
    mutating func joinContinuedQuotes() {
        guard decisions.count > 1 else { return }
        for index in stride(from: decisions.count - 2, through: 0, by: -1) {
            let current = decisions[index]
            let next = decisions[index + 1]
            guard current.entity == nil, current.rule == "none" || current.rule == "same-paragraph",
                blocks[current.block].quotes[current.quote].unclosed, next.block == current.block + 1,
                next.quote == 0, next.entity != nil
            else { continue }
            decisions[index] = next.carried(to: current.block, quote: current.quote, confidence: 0.75, rule: "continued-quote")
        }
    }

    // MARK: - Special shapes

    /// `"…" ― Sonya Herridge`: a dash after the quote credits the name after it.
    private mutating func dashCredit(_ quote: Int, in block: BlockText) -> Decision? {
        let position = block.quoteTokens[quote]
        guard position + 2 < block.tokens.count else { return nil }
        let dash = block.tokens[position + 1]
        guard dash.isPunct("―") || dash.isPunct("—") || dash.isPunct("–") || dash.isPunct("-"),
            block.tokens[position + 2].isCapitalized, let phrase = block.phrase(from: position + 2),
            let referent = block.referent(phrase), referent.form == .name
        else { return nil }
        let words = block.tokens[referent.name].map(\.lowerStem)
        let entity = entities.resolveName(
            words: words, surface: block.nameText(referent.name), kind: referent.kind, role: referent.role,
            gender: referent.gender,
            at: EntityTable.Position(block: block.index, token: phrase.lowerBound))
        return Decision(
            block: block.index, quote: quote, entity: entity,
            mention: Mention(range: block.fileRange(referent.name), text: block.text(referent.name)),
            cue: block.text((position + 1)..<(position + 2)), confidence: 0.85, rule: "dash-credit")
    }

    /// A paragraph that is only a credit line ("- Sanders.") names the speaker of the quotes
    /// left without one in the paragraph before.
    mutating func creditPreviousBlock(_ block: BlockText) {
        let tokens = block.tokens
        guard block.index > 1, tokens.count >= 2, block.quotes.isEmpty,
            tokens[0].isPunct("-") || tokens[0].isPunct("—") || tokens[0].isPunct("–") || tokens[0].isPunct("―"),
            let phrase = block.phrase(from: 1), phrase.upperBound == tokens.count
                || (phrase.upperBound == tokens.count - 1 && tokens[phrase.upperBound].isPunct("."))
                // "-President Obama, tweeting after Clinton's speech."
                || tokens[phrase.upperBound].isPunct(","),
            let referent = block.referent(phrase), referent.form == .name
        else { return }
        let indices = decisions.indices.filter { decisions[$0].block == block.index - 1 && decisions[$0].entity == nil }
        guard !indices.isEmpty else { return }
        let entity = entities.resolveName(
            words: tokens[referent.name].map(\.lowerStem), surface: block.nameText(referent.name), kind: referent.kind,
            role: referent.role, gender: referent.gender,
            at: EntityTable.Position(block: block.index, token: phrase.lowerBound))
        for index in indices {
            decisions[index].entity = entity
            decisions[index].mention = Mention(range: block.fileRange(referent.name), text: block.text(referent.name))
            decisions[index].cue = block.text(0..<1)
            decisions[index].confidence = 0.8
            decisions[index].rule = "dash-credit"
        }
    }

    /// Of the cues before a quote in its sentence, the one whose clause holds the quote: the
    /// sentence subject's, unless a later clause has its own speaker and cue ("Ted Cruz accuses
    /// Obama of "…" and Donald Trump says he's "…"", "Rubio suggested …, while Cruz said …",
    /// "Axelrod tweeted after Clinton argued … that "…"").
    private static func clauseSpeaker(_ before: [CueEvent], in block: BlockText) -> CueEvent? {
        // "when I emailed Brafman to thank him …, he replied, "…"": the writer's own cue in the
        // sentence only sets the scene for another speaker's.
        let others = before.filter { $0.referent.form != .pronoun || $0.referent.head != "i" }
        let before = others.isEmpty ? before : others
        guard let main = before.first(where: \.atSubject) ?? before.first else { return nil }
        guard let last = before.last, !last.atSubject, last.entity != nil,
            last.referent.phrase.lowerBound > main.cue.upperBound
        else { return main }
        let between = main.cue.upperBound..<last.referent.phrase.lowerBound
        let joined = block.tokens[between].contains(where: {
            ["and", "but", "while", "whereas", "when", "after", "before"].contains($0.lower) || $0.isPunct(";")
        })
        return joined && block.tokens[last.referent.phrase.lowerBound - 1].isWord ? last : main
    }

    /// The last quote of block `index` with a speaker, passing over quotes after it that a cue
    /// attributed but that were doubted as titles (", said Jon Meacham, the author of ''Destiny
    /// and Power''"); nil when the block's last quote had no attribution at all.
    private func lastAttributedDecision(inBlock index: Int) -> Decision? {
        var cursor = decisions.count - 1
        while cursor >= 0, decisions[cursor].block == index {
            if decisions[cursor].entity != nil { return decisions[cursor] }
            if decisions[cursor].rule == "none" { return nil }
            cursor -= 1
        }
        return nil
    }

    /// `Trump’s recent assertion that "thousands" …`, `Obama’s "if you like your plan" promise`:
    /// a name's possessive before a noun of speech names who said the quote the noun introduces.
    private mutating func possessiveCue(_ quote: Int, in block: BlockText) -> Decision? {
        let tokens = block.tokens
        let position = block.quoteTokens[quote]
        let sentence = block.sentence[position]
        var found: (possessive: Int, noun: Int)? = nil
        if position + 1 < tokens.count, tokens[position + 1].isWord,
            Lexicon.speechNouns.contains(tokens[position + 1].lowerStem), position > 0,
            Self.isNamePossessive(tokens[position - 1])
        {
            found = (position - 1, position + 1)
        } else {
            // Back over the words between the noun and the quote ("that Hillary Clinton is playing
            // the"), then over a few modifiers to the possessive ("recent evidence-free").
            var cursor = position - 1
            while cursor >= 0, position - cursor <= 10, block.sentence[cursor] == sentence, tokens[cursor].isWord,
                !Lexicon.speechNouns.contains(tokens[cursor].lowerStem)
            {
                cursor -= 1
            }
            // The quote must be what was said ("assertion that …", "pledge to be …"), not a
            // judgement of it ("called Mr. Trump’s comments ''racially toxic''").
            guard cursor > 0, block.sentence[cursor] == sentence, tokens[cursor].isWord,
                Lexicon.speechNouns.contains(tokens[cursor].lowerStem), cursor + 1 < position,
                ["to", "is", "was"].contains(tokens[cursor + 1].lower)
                    || tokens[(cursor + 1)..<position].contains(where: { $0.lower == "that" })
            else { return nil }
            var before = cursor - 1
            while before >= 0, cursor - before <= 3, tokens[before].isWord, !tokens[before].isCapitalized,
                tokens[before].lower == tokens[before].lowerStem
            {
                before -= 1
            }
            guard before >= 0, block.sentence[before] == sentence, Self.isNamePossessive(tokens[before]) else {
                return nil
            }
            found = (before, cursor)
        }
        guard let found else { return nil }
        var start = found.possessive
        while start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized,
            block.sentence[start - 1] == sentence
        {
            start -= 1
        }
        guard let referent = block.referent(start..<(found.possessive + 1)), referent.form == .name,
            referent.kind == .person
        else { return nil }
        let entity = entities.resolveName(
            words: tokens[referent.name].map(\.lowerStem), surface: block.nameText(referent.name),
            kind: referent.kind, role: referent.role, gender: referent.gender,
            at: EntityTable.Position(block: block.index, token: start))
        return Decision(
            block: block.index, quote: quote, entity: entity,
            mention: Mention(range: block.fileRange(referent.name), text: block.nameText(referent.name)),
            cue: block.text(found.noun..<(found.noun + 1)), confidence: 0.7, rule: "possessive-cue")
    }

    /// A capitalised word with a possessive ending ("Trump’s", "Sanders’").
    private static func isNamePossessive(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && token.lower != token.lowerStem
    }

    /// `Rep. Trey Gowdy (R-S.C.): "…"` or `X said: "…"`.
    private mutating func colon(_ quote: Int, in block: BlockText, events: CueEventIndex) -> Decision? {
        let position = block.quoteTokens[quote]
        let colonAt = position - 1
        if let event = events.endingAt(colonAt).last(where: { $0.shape == .subjectFirst }) {
            return decision(quote, block, event, base: 0.9, rule: "colon")
        }
        let floor = firstToken(ofSentenceAt: colonAt, in: block)
        // "Luis Osuna told The Huffington Post: "…"": the name after a listener cue is the
        // audience; the cue's own speaker said it.
        if let found = block.phrase(before: colonAt, floor: floor), found.phrase.lowerBound > floor,
            Lexicon.listenerCues.contains(block.tokens[found.phrase.lowerBound - 1].lower),
            let event = events.endingAt(found.phrase.lowerBound).last(where: { $0.shape == .subjectFirst })
        {
            return decision(quote, block, event, base: 0.85, rule: "colon")
        }
        guard let found = block.phrase(before: colonAt, floor: floor),
            found.phrase.lowerBound == floor || block.tokens[found.phrase.lowerBound - 1].kind != .word
                || block.cueLength(at: found.phrase.lowerBound - 1) > 0,
            let referent = block.referent(found.phrase), referent.form == .name
        else { return nil }
        let words = block.tokens[referent.name].map(\.lowerStem)
        let entity = entities.resolveName(
            words: words, surface: block.nameText(referent.name), kind: referent.kind, role: referent.role,
            gender: referent.gender,
            at: EntityTable.Position(block: block.index, token: found.phrase.lowerBound))
        return Decision(
            block: block.index, quote: quote, entity: entity,
            mention: Mention(range: block.fileRange(referent.name), text: block.text(referent.name)), cue: ":",
            confidence: 0.85, rule: "colon")
    }
}
