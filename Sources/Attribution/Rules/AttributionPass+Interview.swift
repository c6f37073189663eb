import Articles

/// Interviews: speaker labels inside quotes and answers whose label the copy lost.
extension AttributionPass {
    /// `"WALLACE: Let's start…"`: an interview transcript names the speaker inside the quote.
    mutating func transcript(_ quote: Int, in block: BlockText) -> Decision? {
        let span = block.quotes[quote]
        var index = span.innerStart
        var letters = 0
        while index < span.innerEnd && index - span.innerStart < 30 {
            let value = block.scalars[index].value
            if value >= 0x41 && value <= 0x5A {
                letters += 1
            } else if value != 0x20 && value != 0x2E && value != 0x27 && value != 0x2D {
                break
            }
            index += 1
        }
        guard letters >= 2, index < span.innerEnd, block.scalars[index] == ":" else { return nil }
        let surface = block.string(scalars: span.innerStart..<index)
        let name = surface.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        let words = EntityTable.roleWords(name)
        guard !words.isEmpty else { return nil }
        let entity = entities.resolveName(
            words: words, surface: name, kind: .person, role: nil,
            at: EntityTable.Position(block: block.index, token: block.quoteTokens[quote]))
        let range = TextRange(start: block.offset + span.innerStart, end: block.offset + index)
        return Decision(
            block: block.index, quote: quote, entity: entity, mention: Mention(range: range, text: surface), cue: ":",
            confidence: 0.9, rule: "transcript")
    }

    /// `: "I joined Island Records in 1977 …"`: a paragraph opening with a colon is an interview
    /// answer whose speaker label (a name set in bold) the copy lost. Its quotes without a cue in
    /// their sentence belong to the interviewee: the named person the paragraph before the first
    /// answer ends on ("Partridge worked with Marley from 1977 …"), and the same person for every
    /// later answer.
    mutating func answer(_ quote: Int, in block: BlockText, events: CueEventIndex) -> Decision? {
        guard block.index > 1, let first = block.tokens.first, first.isPunct(":"),
            events.inSentence(block.sentence[block.quoteTokens[quote]]).isEmpty
        else { return nil }
        if interviewee == nil {
            let previous = blocks[block.index - 1]
            guard previous.tokens.first?.isPunct(":") != true, let subject = previousClosingSubject,
                !subject.isLenient, subject.referent.form == .name, let entity = subject.entity,
                entities[entity].kind == .person
            else { return nil }
            let range = subject.referent.name
            interviewee = Decision(
                block: block.index, quote: quote, entity: entity,
                mention: Mention(range: previous.fileRange(range), text: previous.text(range)), cue: ":",
                confidence: 0.7 * subject.trust, rule: "answer")
        }
        guard var decision = interviewee else { return nil }
        decision.block = block.index
        decision.quote = quote
        return decision
    }
}
