/// The entities a pronoun can point back to, most recent last.
///
/// Speakers and the subjects of sentences and cue verbs enter in text order; "he" and "she" take
/// the latest person whose gender does not disagree, "they" the latest organisation or group,
/// "it" the latest organisation. Gender is read from the entity table when resolving, so what a
/// pronoun taught about an entity counts from then on.
struct Salience: Sendable {
    private var recent: [(entity: Int, kind: SpeakerKind, plural: Bool)] = []

    /// Records that `entity` was just a speaker or a subject.
    mutating func note(_ entity: Int, kind: SpeakerKind, plural: Bool) {
        if let last = recent.last, last.entity == entity { return }
        recent.append((entity, kind, plural))
    }

    /// Makes `entity` the latest again, as it was noted before, when a sentence ends on someone
    /// else but was about it ("Carson turned the story back on the Post, pointing out that the
    /// paper's Robert Costa had reported …": "he" next is Carson). An entity never noted stays out.
    mutating func promote(_ entity: Int) {
        guard let last = recent.last(where: { $0.entity == entity }), recent.last?.entity != entity else { return }
        recent.append(last)
    }

    /// The entity `pronoun` most likely refers to; `gender` tells an entity's known gender and
    /// `isDescription` whether the article only described it ("the candidate").
    func resolve(_ pronoun: String, gender: (Int) -> Gender, isDescription: (Int) -> Bool) -> Int? {
        switch pronoun {
        case "he":
            return recent.last(where: { $0.kind == .person && !$0.plural && gender($0.entity) != .female })?.entity
        case "she":
            // "the other candidate … she said": a description that tells no gender gives way to
            // the woman named just before it.
            var people = recent.lazy.reversed().filter { $0.kind == .person && !$0.plural }.makeIterator()
            if let latest = people.next(), gender(latest.entity) == .unknown, isDescription(latest.entity),
                let before = people.next(), gender(before.entity) == .female
            {
                return before.entity
            }
            return recent.last(where: { $0.kind == .person && !$0.plural && gender($0.entity) != .male })?.entity
        case "i":
            return recent.last(where: { $0.kind == .person && !$0.plural })?.entity
        case "they", "we":
            return recent.last(where: { $0.kind == .organization || $0.plural })?.entity
        case "it":
            return recent.last(where: { $0.kind == .organization && !$0.plural })?.entity
        default:
            return nil
        }
    }
}
