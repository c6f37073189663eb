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

    /// Prepares `article` for attribution.
    init(_ article: Article) {
        blocks = article.textBlocks.enumerated().map { BlockText($0.element, index: $0.offset) }
        for block in blocks { collectKnownNames(block) }
    }

    /// Runs every rule over every block.
    mutating func run() {
        for block in blocks {
            let events = findEvents(block)
            decide(block, events: events)
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
            var end = index
            while end < tokens.count && tokens[end].isWord && tokens[end].isCapitalized { end += 1 }
            var start = index
            while start < end {
                let lower = tokens[start].lowerStem
                if Lexicon.titles.contains(lower) || Lexicon.notNames.contains(lower) { start += 1 } else { break }
            }
            if end - start >= 2 && end - start <= 4 && !block.isOrganizationName(start..<end)
                && !tokens[start..<end].contains(where: { Lexicon.notNames.contains($0.lowerStem) })
            {
                let words = tokens[start..<end].map(\.lowerStem)
                if entities.knownNames[words] == nil { entities.knownNames[words] = block.text(start..<end) }
            }
            index = end
        }
    }

    // MARK: - Cue events

    /// Finds every cue in `block` and resolves its speaker, in text order.
    private mutating func findEvents(_ block: BlockText) -> [CueEvent] {
        var events: [CueEvent] = []
        let tokens = block.tokens
        var position = 0
        while position < tokens.count {
            let length = block.cueLength(at: position)
            guard length > 0 else {
                position += 1
                continue
            }
            let cue = position..<(position + length)
            // "were asked", "was told": a passive cue has no speaker before it.
            if position > 0, Lexicon.passiveAuxiliaries.contains(tokens[position - 1].lower) {
                position += length
                continue
            }
            if let event = event(block, cue: cue) { events.append(event) }
            position += length
        }
        return events
    }

    private mutating func event(_ block: BlockText, cue: Range<Int>) -> CueEvent? {
        let tokens = block.tokens
        let start = cue.lowerBound
        let sentenceStart = firstToken(ofSentenceAt: start, in: block)
        var shape = CueEvent.Shape.subjectFirst
        var phrase: Range<Int>? = nil
        var appositive: Range<Int>? = nil
        var followsQuote: Int? = nil
        if tokens[start].lower == "according" {
            shape = .according
            phrase = block.phrase(from: cue.upperBound)
        } else if let quote = quoteRightBefore(start, in: block) {
            shape = .inverted
            followsQuote = quote
            phrase = block.phrase(from: cue.upperBound)
        }
        if phrase == nil {
            shape = .subjectFirst
            guard let found = block.phrase(before: start, floor: sentenceStart) else { return nil }
            phrase = found.phrase
            appositive = found.appositive
            followsQuote = quoteRightBefore(found.phrase.lowerBound, in: block)
            if let quote = followsQuote, !endsUtterance(quote, in: block) { followsQuote = nil }
        }
        guard let phrase, var referent = block.referent(phrase) else { return nil }
        let position = EntityTable.Position(block: block.index, token: phrase.lowerBound)
        var entity: Int? = nil
        var trust = 1.0
        switch referent.form {
        case .name:
            let words = block.tokens[referent.name].map(\.lowerStem).filter { $0 != "of" || referent.kind == .organization }
            // "Smith, a spokesman for the campaign, said": the appositive is the role.
            if referent.role == nil, let appositive, Lexicon.determiners.contains(block.tokens[appositive.lowerBound].lower),
                appositive.count > 1
            {
                referent.role = block.text((appositive.lowerBound + 1)..<appositive.upperBound)
            }
            entity = entities.resolveName(
                words: words, surface: block.text(referent.name), kind: referent.kind, role: referent.role, at: position)
        case .pronoun:
            entity = salience.resolve(referent.head)
            trust = 0.9
            if let entity {
                entities.touch(entity, at: position)
                referent.kind = entities[entity].kind
            }
        case .nominal:
            let definite = ["the", "this", "that"].contains(block.tokens[phrase.lowerBound].lower)
            let found = entities.resolveDescription(
                head: referent.head, text: referent.role ?? block.text(referent.name), kind: referent.kind,
                definite: definite, at: position)
            entity = found.index
            trust = found.known ? 0.85 : 0.8
            referent.kind = entities[found.index].kind
        }
        if let entity {
            salience.note(entity, kind: entities[entity].kind, plural: Lexicon.pluralHeads.contains(referent.head))
        }
        return CueEvent(
            shape: shape, cue: cue, referent: referent, entity: entity, trust: trust, followsQuote: followsQuote)
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

    /// The first token of the sentence holding `position`.
    func firstToken(ofSentenceAt position: Int, in block: BlockText) -> Int {
        var start = position
        while start > 0 && block.sentence[start - 1] == block.sentence[position] { start -= 1 }
        return start
    }
}
