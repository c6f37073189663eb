import Articles

/// The words in the text that name a quote's speaker ("Iftikhar", "he", "the spokesperson").
public struct Mention: Sendable, Hashable, Codable {
    /// Where the mention sits in the source text.
    public var range: TextRange
    /// The mention as written.
    public var text: String

    /// Creates a mention.
    public init(range: TextRange, text: String) {
        self.range = range
        self.text = text
    }
}

/// A direct quote found in an article, with who said it when the text tells.
public struct Quote: Sendable, Hashable, Codable {
    /// The quoted words without their quote marks, in source scalars.
    public var range: TextRange
    /// The quoted words as written, without the quote marks.
    public var text: String
    /// The speaker's id, or nil for scare quotes, titles and quotes the text does not attribute.
    public var speakerID: String?
    /// The words that name the speaker, when there are any.
    public var mention: Mention?
    /// The verb or phrase that ties the quote to its speaker ("said", "according to").
    public var cue: String?
    /// How sure the attribution is, from 0 to 1.
    public var confidence: Double
    /// The name of the rule that decided the speaker, so a wrong call can be explained.
    public var rule: String

    /// Creates a quote.
    public init(
        range: TextRange, text: String, speakerID: String?, mention: Mention? = nil,
        cue: String? = nil, confidence: Double, rule: String
    ) {
        self.range = range
        self.text = text
        self.speakerID = speakerID
        self.mention = mention
        self.cue = cue
        self.confidence = confidence
        self.rule = rule
    }
}

/// Everything attribution found in one article.
public struct Annotations: Sendable, Hashable, Codable {
    /// The quotes in source order.
    public var quotes: [Quote]
    /// The speakers the quotes refer to, in order of first appearance.
    public var speakers: [Speaker]

    /// Creates annotations.
    public init(quotes: [Quote], speakers: [Speaker]) {
        self.quotes = quotes
        self.speakers = speakers
    }

    /// The speaker with `id`, if there is one.
    public func speaker(withID id: String) -> Speaker? {
        speakers.first { $0.id == id }
    }
}
