import SiteModel

/// `data/people.jsonl`: every speaker as JSON Lines, with their page, their feed and how many
/// quotes they have (the quotes themselves are the lines of `data/quotes.jsonl` with their
/// `speaker`): one file for the whole site rather than one per speaker. Addresses are relative
/// to the site root.
struct PeopleData {
    /// The speakers to list.
    let graph: SiteGraph

    /// The file as one piece per speaker: their line.
    func pieced() -> PiecedFile {
        let speakers = graph.speakers
        return PiecedFile(
            path: SitePath.peopleJSONLines,
            runs: [
                PiecedFile.Run(head: [], separator: [], part: .people, nodes: .wholeSpeakers, slugs: speakers.map(\.slug)) {
                    position in
                    JSONValue.line(entry(speakers[position]))
                }
            ], tail: [])
    }

    /// One speaker's entry.
    private func entry(_ speaker: SpeakerNode) -> JSONValue {
        var fields: [String: JSONValue] = [
            "slug": .string(speaker.slug), "name": .string(speaker.name),
            "kind": .string(speaker.kind == .person ? "person" : "organization"),
            "url": .string(SitePath.person(speaker.slug)),
            "quotes": .integer(speaker.quotes.count),
        ]
        if !speaker.roles.isEmpty { fields["roles"] = .array(speaker.roles.map(JSONValue.string)) }
        if !speaker.aliases.isEmpty { fields["aliases"] = .array(speaker.aliases.map(JSONValue.string)) }
        if !speaker.quotes.isEmpty { fields["feed"] = .string(SitePath.personFeed(speaker.slug)) }
        return JSONValue.object(fields)
    }
}
