/// Why an annotated Markdown file could not be read.
public enum ContentError: Error, CustomStringConvertible, Equatable {
    /// The file does not start with a `---` line.
    case missingFrontMatter(path: String)
    /// The front matter has no closing `---` line.
    case unterminatedFrontMatter(path: String, line: Int)
    /// The front matter is not valid YAML.
    case invalidYAML(path: String, line: Int, problem: String)
    /// A required front matter field is missing or empty.
    case missingField(path: String, field: String)
    /// A front matter field has the wrong shape.
    case invalidField(path: String, line: Int, field: String, expected: String)
    /// A quote or mention links to a speaker the front matter does not declare.
    case unknownSpeaker(path: String, line: Int, id: String)

    /// Where the problem is and what to change.
    public var description: String {
        switch self {
        case .missingFrontMatter(let path):
            return
                "\(path):1: no front matter. Start the file with a line '---', the fields (title: ...), and another '---'."
        case .unterminatedFrontMatter(let path, let line):
            return
                "\(path):\(line): the front matter opened here is never closed. Add a line '---' after the last field."
        case .invalidYAML(let path, let line, let problem):
            return
                "\(path):\(line): the front matter is not valid YAML (\(problem)). Check quotes and indentation on that line."
        case .missingField(let path, let field):
            return "\(path): the front matter has no '\(field)'. Add '\(field): ...' between the '---' lines."
        case .invalidField(let path, let line, let field, let expected):
            return "\(path):\(line): '\(field)' should be \(expected)."
        case .unknownSpeaker(let path, let line, let id):
            return
                "\(path):\(line): the link points to speaker '\(id)', who is not under 'speakers:' in the front matter. Add them there or change the link's label to a declared speaker."
        }
    }
}
