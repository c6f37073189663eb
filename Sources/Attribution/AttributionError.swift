/// What can go wrong reading attribution's inputs.
public enum AttributionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The people file is not valid YAML or not a mapping of ids to entries.
    case malformedPeople(path: String, reason: String)
    /// An entry of the people file lacks a name or has an unknown kind.
    case invalidPerson(path: String, id: String, reason: String)

    /// A message that names the file and says what to change.
    public var description: String {
        switch self {
        case .malformedPeople(let path, let reason):
            return "\(path): not a valid people file (\(reason)); it must map each id to {name, kind, role, aliases}"
        case .invalidPerson(let path, let id, let reason):
            return "\(path): entry '\(id)': \(reason)"
        }
    }
}
