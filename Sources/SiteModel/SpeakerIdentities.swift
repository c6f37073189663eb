import Articles
import Attribution

/// How speaker ids from different articles become one site-wide speaker.
///
/// Articles are annotated one at a time, so "khan" in one and "imran-khan" in another are
/// different ids until the site-wide `people.yml` says they are one person; this value carries
/// that decision into the graph.
public struct SpeakerIdentities: Sendable, Hashable {
    /// Maps an id used in some article to the id of the speaker it belongs to.
    public var canonicalIDs: [String: String]
    /// Name, kind and role the site gives a speaker, by canonical id; these win over the articles.
    public var profiles: [String: Speaker]

    /// Creates identities; with no arguments every id stands for itself.
    public init(canonicalIDs: [String: String] = [:], profiles: [String: Speaker] = [:]) {
        self.canonicalIDs = canonicalIDs
        self.profiles = profiles
    }

    /// The site-wide slug for an id written in an article.
    public func slug(for id: String) -> String {
        Slug.make(canonicalIDs[id] ?? id)
    }
}
