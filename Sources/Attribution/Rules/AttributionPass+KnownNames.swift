import Articles

/// The first stage: the names the article spells out in full, and the person its headline opens
/// with, known before any quote is decided.
extension AttributionPass {
    /// Registers every multi-word person name in `block`, so "Khan" can reach "Imran Khan".
    mutating func collectKnownNames(_ block: BlockText) {
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
                // "Bill de Blasio": a lowercase particle between capitals belongs to the surname.
                if Self.surnameParticles.contains(tokens[end].lower), end > index, end + 1 < tokens.count,
                    tokens[end + 1].isCapitalized
                {
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
                // "Home Secretary David Blunkett": the title before the name is the person's role,
                // so "the home secretary" can reach him wherever the name is resolved.
                // "former Prime Minister Imran Khan": a word for the tenure before the title is part of it.
                let titled = start > index && !tokens[start - 1].stemClasses.isDisjoint(with: [.title, .roleNoun])
                let tenure = index > 0 && block.sentence[index - 1] == block.sentence[index]
                    && Lexicon.tenureWords.contains(tokens[index - 1].lower)
                entities.noteFullName(
                    words, surface: block.nameText(start..<end), block: block.index,
                    title: titled ? block.roleText((tenure ? index - 1 : index)..<start) : nil)
                entities.namedWords.formUnion(words)
            } else if run - start >= 2, block.isOrganizationName(start..<run) {
                entities.noteFullOrganizationName(tokens[start..<run].map(\.lowerStem), surface: block.nameText(start..<run))
            }
            index = run
        }
    }

    /// Lowercase words inside surnames ("Bill de Blasio", "Ludwig van Beethoven").
    static let surnameParticles: Set<String> = ["de", "del", "della", "di", "da", "van", "von", "der", "den", "du", "dos"]

    /// Makes the person a headline opens with ("Bernie Sanders Isn’t Too Impressed …") the first
    /// antecedent. A headline capitalises every word, so the name keeps only the words the body
    /// also uses in names, and its cue verbs attribute nothing.
    mutating func noteHeadlineSubject(_ block: BlockText) {
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
}
