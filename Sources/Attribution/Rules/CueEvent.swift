/// A cue verb with its speaker: "Iftikhar said", "said the spokesperson", "according to X".
struct CueEvent: Sendable {
    /// How the speaker sits relative to the cue.
    enum Shape: Sendable, Equatable {
        /// Speaker before the cue ("Iftikhar said").
        case subjectFirst
        /// Cue before the speaker, right after a quote ("…," said Smith).
        case inverted
        /// "according to X".
        case according
    }

    /// How the speaker sits relative to the cue.
    var shape: Shape
    /// The cue's tokens.
    var cue: Range<Int>
    /// The speaker phrase and what it refers to.
    var referent: Referent
    /// The entity the speaker phrase resolved to, when it resolved.
    var entity: Int?
    /// How much the resolution of the speaker phrase can be trusted (1 for a name).
    var trust: Double
    /// The quote right before the speaker-and-cue group, when the group follows a quote ("…," he said).
    var followsQuote: Int?
    /// Whether the speaker phrase is the subject of its sentence (the main clause's speaker).
    var atSubject: Bool
}
