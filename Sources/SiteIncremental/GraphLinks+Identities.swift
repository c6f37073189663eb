import SiteModel

extension GraphLinks {
    /// The identities these links were made with, when a rebuild's changes leave them as they
    /// were: every article of `changed` (added, edited or removed) gives identity resolution the
    /// same evidence in its summary `after` the change as `before` it (a missing summary is an
    /// article that is not there, which gives none). The identities depend on nothing else but
    /// the people file, which a rebuild never sees changed; so an edit that names no other
    /// speaker is not worked out again from every article. Nil when they may differ.
    package func keptIdentities(
        unchangedBy changed: Set<String>, before: [String: ArticleSummary], after: [String: ArticleSummary]
    ) -> SpeakerIdentities? {
        for slug in changed {
            let old = before[slug].map(IdentityEvidence.init) ?? .none
            let new = after[slug].map(IdentityEvidence.init) ?? .none
            guard old == new else { return nil }
        }
        return identities
    }
}
