import Attribution
import Content

extension SpeakerIdentities {
    /// The identities `people.yml` gives the speakers of `documents`: a speaker whose id is a
    /// directory id, or whose name or an alias matches an entry, becomes that entry's speaker.
    public init(people: PeopleDirectory, documents: [Document]) {
        var canonicalIDs: [String: String] = [:]
        var profiles: [String: Speaker] = [:]
        let byID = Dictionary(people.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for document in documents.sorted(by: { $0.slug < $1.slug }) {
            for speaker in document.speakers {
                guard let entry = byID[speaker.id] ?? people.entry(matching: [speaker.name] + speaker.aliases) else {
                    continue
                }
                canonicalIDs[speaker.id] = entry.id
                profiles[entry.id] = Speaker(
                    id: entry.id, name: entry.name, kind: entry.kind, role: entry.role, aliases: entry.aliases)
            }
        }
        self.init(canonicalIDs: canonicalIDs, profiles: profiles)
    }
}
