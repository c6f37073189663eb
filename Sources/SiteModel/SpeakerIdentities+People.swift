import Attribution
import Content

extension SpeakerIdentities {
    /// The identities of the speakers of `documents`: `people.yml` first, then the merges the
    /// site works out from the names themselves (see `IdentityResolution`).
    public init(people: PeopleDirectory, documents: [Document]) {
        self = IdentityResolution(documents: documents, people: people).identities
    }

    /// `init(people:documents:)` for the articles of `summaries`.
    package init(people: PeopleDirectory, summaries: [ArticleSummary]) {
        self = IdentityResolution(summaries: summaries, people: people).identities
    }
}
