import Articles
import Yams

/// Site-wide speaker identities from `people.yml`: one id per person or organisation across articles.
///
/// The file maps each speaker id (its page slug) to an entry; every field but `name` is optional:
///
/// ```yaml
/// imran-khan:
///   name: Imran Khan                # canonical name shown on the site
///   kind: person                    # person (default) or organization
///   role: former Prime Minister of Pakistan
///   aliases: [Khan, PM Imran Khan]  # other names that mean the same speaker
/// ispr:
///   name: Inter-Services Public Relations
///   kind: organization
///   aliases: [ISPR]
/// ```
///
/// An article speaker whose canonical name or any alias matches an entry's name or alias
/// (ignoring case) takes that entry's id, name, kind and role: this is how "Khan" in one article
/// and "Imran Khan" in another become one page.
public struct PeopleDirectory: Sendable {
    /// One speaker identity.
    public struct Entry: Sendable, Hashable {
        /// The id, used as the speaker's slug.
        public var id: String
        /// The canonical name.
        public var name: String
        /// Person or organisation.
        public var kind: SpeakerKind
        /// The role to show, when set.
        public var role: String?
        /// Other names for the same speaker.
        public var aliases: [String]

        /// Creates an entry.
        public init(id: String, name: String, kind: SpeakerKind = .person, role: String? = nil, aliases: [String] = []) {
            self.id = id
            self.name = name
            self.kind = kind
            self.role = role
            self.aliases = aliases
        }
    }

    /// A directory with no entries: every speaker keeps its name from the article.
    public static let empty = PeopleDirectory(entries: [])

    /// The entries, sorted by id.
    public let entries: [Entry]
    /// Entry index by lowercased name or alias.
    private let byName: [String: Int]

    /// Creates a directory from entries; later entries lose name clashes to earlier ones.
    public init(entries: [Entry]) {
        self.entries = entries
        var byName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for name in [entry.name] + entry.aliases where byName[name.lowercased()] == nil {
                byName[name.lowercased()] = index
            }
        }
        self.byName = byName
    }

    /// Reads the YAML text of a people file; `path` names it in errors.
    public init(yaml: String, path: String) throws(AttributionError) {
        let node: Any?
        do {
            node = try Yams.load(yaml: yaml)
        } catch {
            throw .malformedPeople(path: path, reason: "\(error)")
        }
        guard let node else {
            self.init(entries: [])
            return
        }
        guard let mapping = node as? [String: Any] else {
            throw .malformedPeople(path: path, reason: "the top level is not a mapping of ids")
        }
        var entries: [Entry] = []
        for id in mapping.keys.sorted() {
            guard let fields = mapping[id] as? [String: Any] else {
                throw .invalidPerson(path: path, id: id, reason: "expected a mapping with at least `name`")
            }
            guard let name = fields["name"] as? String, !name.isEmpty else {
                throw .invalidPerson(path: path, id: id, reason: "`name` is missing; add `name: Full Name`")
            }
            var kind = SpeakerKind.person
            if let raw = fields["kind"] {
                guard let text = raw as? String, let parsed = SpeakerKind(rawValue: text) else {
                    throw .invalidPerson(path: path, id: id, reason: "`kind` must be person or organization")
                }
                kind = parsed
            }
            var aliases: [String] = []
            if let raw = fields["aliases"] {
                if let list = raw as? [Any] {
                    aliases = list.map { "\($0)" }
                } else if let single = raw as? String {
                    aliases = [single]
                } else {
                    throw .invalidPerson(path: path, id: id, reason: "`aliases` must be a list of names")
                }
            }
            entries.append(Entry(id: id, name: name, kind: kind, role: fields["role"] as? String, aliases: aliases))
        }
        self.init(entries: entries)
    }

    /// The entry for a speaker known by `names` (canonical name first), if any.
    public func entry(matching names: [String]) -> Entry? {
        for name in names {
            if let index = byName[name.lowercased()] { return entries[index] }
        }
        return nil
    }
}
