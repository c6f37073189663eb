import Articles

/// The machine-readable extraction of one article, as `verbatim annotate --format json` writes it.
///
/// Offsets count Unicode scalars into the source file; quote text is without its marks. Encode
/// with `JSONEncoder.OutputFormatting.sortedKeys` for a stable key order.
public struct ExtractionReport: Codable, Sendable, Equatable {
    /// The words that name a quote's speaker.
    public struct MentionEntry: Codable, Sendable, Equatable {
        /// First scalar of the mention.
        public var start: Int
        /// One past its last scalar.
        public var end: Int
        /// The mention as written.
        public var text: String
    }

    /// One quote.
    public struct QuoteEntry: Codable, Sendable, Equatable {
        /// First quoted scalar, after the opening mark.
        public var start: Int
        /// One past the last quoted scalar, before the closing mark.
        public var end: Int
        /// The quoted words.
        public var text: String
        /// The speaker's canonical name, or nil when the text names nobody.
        public var speaker: String?
        /// The speaker's id.
        public var speakerId: String?
        /// The words naming the speaker.
        public var mention: MentionEntry?
        /// The cue word or phrase.
        public var cue: String?
        /// How sure the attribution is, 0 to 1.
        public var confidence: Double

        /// Encodes every key, writing absent values as null so every quote has the same keys.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(text, forKey: .text)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(speakerId, forKey: .speakerId)
            try container.encode(mention, forKey: .mention)
            try container.encode(cue, forKey: .cue)
            try container.encode(confidence, forKey: .confidence)
        }
    }

    /// One speaker.
    public struct SpeakerEntry: Codable, Sendable, Equatable {
        /// The speaker's id (slug).
        public var id: String
        /// The canonical name.
        public var name: String
        /// "person" or "organization".
        public var kind: String
        /// The role the article gives, or nil.
        public var role: String?
        /// Other names used for the speaker.
        public var aliases: [String]
        /// False when `name` is a description that refers to nobody the article names.
        public var named: Bool

        /// Encodes every key, writing an absent role as null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(role, forKey: .role)
            try container.encode(aliases, forKey: .aliases)
            try container.encode(named, forKey: .named)
        }
    }

    /// The headline.
    public var title: String
    /// The outlet, or nil.
    public var source: String?
    /// The topics.
    public var topics: [String]
    /// The quotes in source order.
    public var quotes: [QuoteEntry]
    /// The speakers the quotes refer to.
    public var speakers: [SpeakerEntry]

    /// Builds the report of `article` from its `annotations`.
    public init(article: Article, annotations: Annotations) {
        title = article.title.text
        source = article.source
        topics = article.topics
        var names: [String: String] = [:]
        for speaker in annotations.speakers { names[speaker.id] = speaker.name }
        quotes = annotations.quotes.map { quote in
            QuoteEntry(
                start: quote.range.start, end: quote.range.end, text: quote.text,
                speaker: quote.speakerID.flatMap { names[$0] }, speakerId: quote.speakerID,
                mention: quote.mention.map { MentionEntry(start: $0.range.start, end: $0.range.end, text: $0.text) },
                cue: quote.cue, confidence: quote.confidence)
        }
        speakers = annotations.speakers.map {
            SpeakerEntry(
                id: $0.id, name: $0.name, kind: $0.kind.rawValue, role: $0.role, aliases: $0.aliases, named: $0.named)
        }
    }

    /// Encodes every key, writing an absent source as null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(source, forKey: .source)
        try container.encode(topics, forKey: .topics)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(speakers, forKey: .speakers)
    }
}
