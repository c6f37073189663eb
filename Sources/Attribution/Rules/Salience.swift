/// The entities a pronoun can point back to, most recent last.
///
/// Speakers and the subjects of cue verbs enter in text order; "he" and "she" take the latest
/// person, "they" the latest organisation or group, "it" the latest organisation.
struct Salience: Sendable {
    private var recent: [(entity: Int, kind: SpeakerKind, plural: Bool, gender: Gender)] = []

    /// Records that `entity` was just a speaker or a subject.
    mutating func note(_ entity: Int, kind: SpeakerKind, plural: Bool, gender: Gender) {
        if let last = recent.last, last.entity == entity { return }
        recent.append((entity, kind, plural, gender))
    }

    /// The entity `pronoun` most likely refers to.
    func resolve(_ pronoun: String) -> Int? {
        switch pronoun {
        case "he":
            return recent.last(where: { $0.kind == .person && !$0.plural && $0.gender != .female })?.entity
        case "she":
            return recent.last(where: { $0.kind == .person && !$0.plural && $0.gender != .male })?.entity
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
