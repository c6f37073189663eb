import Articles

/// Whether a speaker is a person or an organisation.
public enum SpeakerKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case organization
}

/// Someone quoted in an article.
public struct Speaker: Sendable, Hashable, Codable {
    /// A stable slug, unique within the article and, through `people.yml`, across the site.
    public var id: String
    /// The canonical (longest) name, without titles ("Babar Iftikhar").
    public var name: String
    /// Person or organisation.
    public var kind: SpeakerKind
    /// The role the article gives them ("Pakistani Army spokesperson"), when it gives one.
    public var role: String?
    /// Other names the article uses for them ("Iftikhar", "Maj. Gen. Iftikhar").
    public var aliases: [String]
    /// Whether `name` is a proper name of a person or an organisation. False for a description
    /// that refers to nobody the article names ("an IAAF spokesman"): such a speaker is shown with
    /// its quotes but is nobody a page could be about.
    public var named: Bool

    /// Creates a speaker.
    public init(
        id: String, name: String, kind: SpeakerKind, role: String? = nil, aliases: [String] = [], named: Bool = true
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.role = role
        self.aliases = aliases
        self.named = named
    }
}
