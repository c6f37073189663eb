/// A block's cue events grouped the ways the quote rules look them up, so deciding each quote
/// costs the events near it, not every event of the block: a paragraph with thousands of quotes
/// and cues is decided in time proportional to its length.
///
/// Every group keeps the events in their order in the block, so a rule that takes the first or
/// last match finds the same event it would find in the whole list.
struct CueEventIndex {
    /// Every event of the block, in order.
    let all: [CueEvent]
    private let bySentence: [Int: [CueEvent]]
    private let byQuote: [Int: [CueEvent]]
    private let byCueEnd: [Int: [CueEvent]]

    /// Groups `events`, found in `block`.
    init(_ events: [CueEvent], in block: BlockText) {
        all = events
        var bySentence: [Int: [CueEvent]] = [:]
        var byQuote: [Int: [CueEvent]] = [:]
        var byCueEnd: [Int: [CueEvent]] = [:]
        for event in events {
            bySentence[block.sentence[event.cue.lowerBound], default: []].append(event)
            if let quote = event.followsQuote { byQuote[quote, default: []].append(event) }
            byCueEnd[event.cue.upperBound, default: []].append(event)
        }
        self.bySentence = bySentence
        self.byQuote = byQuote
        self.byCueEnd = byCueEnd
    }

    /// The events whose cue starts in sentence `sentence`.
    func inSentence(_ sentence: Int) -> [CueEvent] { bySentence[sentence] ?? [] }

    /// The events of the speaker-and-cue group right after quote `quote`.
    func following(quote: Int) -> [CueEvent] { byQuote[quote] ?? [] }

    /// The events whose cue ends just before token `token`.
    func endingAt(_ token: Int) -> [CueEvent] { byCueEnd[token] ?? [] }
}
