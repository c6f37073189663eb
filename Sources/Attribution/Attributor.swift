import Articles

/// Finds the direct quotes of an article and who said them.
///
/// Attribution is a pure function of one article's text and the read-only people directory, so
/// articles can be annotated in parallel and in any order.
public enum Attributor {
    /// The quotes of `article` with their speakers, and the speakers they refer to.
    public static func attribute(_ article: Article, people: PeopleDirectory = .empty) -> Annotations {
        var pass = AttributionPass(article)
        pass.run()
        return annotations(from: pass, people: people)
    }

    // MARK: - Output

    private static func annotations(from pass: AttributionPass, people: PeopleDirectory) -> Annotations {
        var speakerIDs: [Int: String] = [:]
        var speakers: [Speaker] = []
        // Where each speaker id sits in `speakers`, so a new entity finds its speaker without a scan.
        var speakerIndex: [String: Int] = [:]
        var taken: Set<String> = []
        var quotes: [Quote] = []
        quotes.reserveCapacity(pass.decisions.count)
        for decision in pass.decisions {
            let block = pass.blocks[decision.block]
            let span = block.quotes[decision.quote]
            var id: String? = nil
            if let entity = decision.entity {
                if let known = speakerIDs[entity] {
                    id = known
                } else {
                    let speaker = makeSpeaker(pass.entities[entity], people: people, taken: taken)
                    speakerIDs[entity] = speaker.id
                    id = speaker.id
                    if let existing = speakerIndex[speaker.id] {
                        // people.yml can make two entities of the article one speaker ("Per Aldane"
                        // and "the transport minister"): keep one entry with both sets of names.
                        for alias in speaker.aliases where !speakers[existing].aliases.contains(alias) {
                            speakers[existing].aliases.append(alias)
                        }
                    } else {
                        taken.insert(speaker.id)
                        speakerIndex[speaker.id] = speakers.count
                        speakers.append(speaker)
                    }
                }
            }
            quotes.append(
                Quote(
                    range: TextRange(start: block.offset + span.innerStart, end: block.offset + span.innerEnd),
                    text: block.quoteText(decision.quote), speakerID: id, mention: decision.mention, cue: decision.cue,
                    confidence: (decision.confidence * 100).rounded() / 100, rule: decision.rule))
        }
        return Annotations(quotes: quotes, speakers: speakers)
    }

    private static func makeSpeaker(_ entry: EntityTable.Entry, people: PeopleDirectory, taken: Set<String>) -> Speaker {
        if let known = people.entry(matching: [entry.name] + entry.aliases) {
            var aliases = entry.aliases
            if entry.name != known.name && !aliases.contains(entry.name) { aliases.insert(entry.name, at: 0) }
            return Speaker(
                id: known.id, name: known.name, kind: known.kind, role: known.role ?? entry.role,
                aliases: aliases.filter { $0 != known.name })
        }
        let id = Slug.unique(Slug.make(entry.name), avoiding: taken)
        return Speaker(
            id: id, name: entry.name, kind: entry.kind, role: entry.role, aliases: entry.aliases,
            named: entry.isProperName)
    }
}
