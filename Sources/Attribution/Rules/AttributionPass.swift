import Articles

/// One article's attribution in progress: blocks, entities, salience and the quotes decided so far.
///
/// Blocks are read in order, so a pronoun only points back and a quote paragraph can continue the
/// previous paragraph's speaker. The stages, each in its own file:
/// 1. known names (`+KnownNames`): the full names the article spells out, before any quote;
/// 2. per block, sentence subjects (`+Subjects`) and cue events (`+CueEvents`), each speaker phrase
///    resolved to an entity (`+Resolution`);
/// 3. the sieve of rules (`+Rules`) decides each quote from those events.
struct AttributionPass {
    /// A decided quote before it becomes a public `Quote`.
    struct Decision: Sendable {
        /// The block holding the quote.
        var block: Int
        /// The quote's index in its block.
        var quote: Int
        /// The entity that said it, if any.
        var entity: Int? = nil
        /// The words naming the speaker, wherever they are.
        var mention: Mention? = nil
        /// The cue words, as written.
        var cue: String? = nil
        /// How sure the decision is.
        var confidence: Double
        /// The rule that decided.
        var rule: String

        /// This speaker for quote `quote` of block `block`, which another rule decided from this
        /// one: no surer than `confidence`.
        func carried(to block: Int, quote: Int, confidence: Double, rule: String) -> Decision {
            var carried = self
            carried.block = block
            carried.quote = quote
            carried.confidence = min(self.confidence, confidence)
            carried.rule = rule
            return carried
        }
    }

    /// The article's blocks, prepared.
    let blocks: [BlockText]
    /// The entities named so far.
    var entities = EntityTable()
    /// What pronouns can point to.
    var salience = Salience()
    /// The entities that have spoken so far, by a cue of their own.
    var speakers: Set<Int> = []
    /// The decisions, in source order.
    var decisions: [Decision] = []
    /// The cue events of the block before the one being decided.
    var previousEvents: [CueEvent] = []
    /// The subject of the last sentence of the block before the one being decided.
    var previousClosingSubject: Subject? = nil
    /// The subjects of the joined clauses of the block being decided (", while Mike Huckabee …
    /// proposed"), in text order.
    var clauseSubjects: [Subject] = []
    /// The speaker of the article's interview answers (`+Interview`), once the first one found it.
    var interviewee: Decision? = nil
    /// The organisation the article's first sentence is about ("Manchester United's board has
    /// agreed …"), which "the club" or "the company" means wherever no capital says otherwise.
    var leadOrganization: Int? = nil
    /// The issuer of each kind of document the article mentioned last ("In a statement, the club
    /// said"), and the block of that mention: "the statement" in that paragraph or the next
    /// means it.
    var documentAuthors: [String: (entity: Int, block: Int)] = [:]

    /// Prepares `article` for attribution.
    init(_ article: Article) {
        blocks = article.textBlocks.enumerated().map { BlockText($0.element, index: $0.offset) }
        // A headline capitalises every word, so its runs of capitals are not names.
        for block in blocks.dropFirst() { collectKnownNames(block) }
    }

    /// Runs every rule over every block.
    mutating func run() {
        for block in blocks {
            if block.index == 0 { noteHeadlineSubject(block) }
            let found = block.index == 0 ? (events: [], subjects: [:]) : findEvents(block)
            decide(block, events: found.events, subjects: found.subjects)
            previousEvents = found.events
            previousClosingSubject = block.sentence.last.flatMap { found.subjects[$0] }
            noteIntroducedPerson(block, closingSubject: previousClosingSubject)
            creditPreviousBlock(block)
        }
        joinContinuedQuotes()
        let sameAs = entities.nameFirstNames()
        for index in decisions.indices {
            if let entity = decisions[index].entity, let other = sameAs[entity] { decisions[index].entity = other }
        }
    }
}
