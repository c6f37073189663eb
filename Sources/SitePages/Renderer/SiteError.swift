import Attribution
import Content

/// Why a build could not read an input or write the site; each message names the file and says what to do.
public enum SiteError: Error, Equatable, CustomStringConvertible {
    /// The articles folder does not exist or cannot be listed.
    case articlesFolderUnreadable(path: String, reason: String)
    /// An article file could not be read or understood; `message` is the reader's full message.
    case articleUnreadable(path: String, message: String)
    /// An annotated Markdown file in `content/` could not be read as text.
    case contentUnreadable(path: String, reason: String)
    /// An annotated Markdown file in `content/` does not parse; the error names the line.
    case contentInvalid(path: String, error: ContentError)
    /// The annotated Markdown for an article could not be written.
    case contentNotWritten(path: String, reason: String)
    /// A content file changed while the site was being built from it.
    case contentChanged(path: String)
    /// `people.yml` could not be read as text.
    case peopleUnreadable(path: String, reason: String)
    /// `people.yml` does not parse; the error names the entry.
    case peopleInvalid(path: String, error: AttributionError)
    /// A Mustache template has a syntax error.
    case templateInvalid(path: String, line: Int, column: Int, reason: String)
    /// A page needs a template that neither the site nor Verbatim provides.
    case templateMissing(name: String)
    /// The output folder could not be written or swapped in.
    case outputNotWritten(path: String, reason: String)
    /// A `--strict` build met bad inputs and stopped; `problems` names each one.
    case strictStop(problems: [SiteError])

    /// The file the error is about.
    public var path: String {
        switch self {
        case .articlesFolderUnreadable(let path, _), .articleUnreadable(let path, _),
            .contentUnreadable(let path, _), .contentInvalid(let path, _), .contentNotWritten(let path, _),
            .contentChanged(let path),
            .peopleUnreadable(let path, _), .peopleInvalid(let path, _), .templateInvalid(let path, _, _, _),
            .outputNotWritten(let path, _):
            return path
        case .templateMissing(let name):
            return "templates/\(name).mustache"
        case .strictStop(let problems):
            return problems.first?.path ?? ""
        }
    }

    /// A message that names the file, the line when known, and what to change.
    public var description: String {
        switch self {
        case .articlesFolderUnreadable(let path, let reason):
            return "\(path): cannot list the articles folder (\(reason)); create it and put .txt, .md or saved .html articles in it."
        case .articleUnreadable(_, let message):
            return message
        case .contentUnreadable(let path, let reason):
            return "\(path): \(reason); fix the annotated Markdown, or delete it to regenerate it from the article."
        case .contentInvalid(_, let error):
            return "\(error.description) (Or delete the file to regenerate it from its article.)"
        case .contentNotWritten(let path, let reason):
            return "\(path): cannot write the annotated Markdown (\(reason)); check that the content folder is writable."
        case .contentChanged(let path):
            return "\(path): changed while the site was being built from it; build again."
        case .peopleUnreadable(let path, let reason):
            return "\(path): \(reason); fix people.yml or remove it."
        case .peopleInvalid(_, let error):
            return "\(error.description)."
        case .templateInvalid(let path, let line, let column, let reason):
            return "\(path):\(line):\(column): template error: \(reason); fix the template or delete it to use the built-in one."
        case .templateMissing(let name):
            return "templates/\(name).mustache: no such template; add it to the site's templates folder."
        case .outputNotWritten(let path, let reason):
            return "\(path): cannot write the site (\(reason)); check the output folder and free disk space."
        case .strictStop(let problems):
            let count = problems.count == 1 ? "1 input has a problem" : "\(problems.count) inputs have problems"
            return "\(count), and --strict stops the build before writing anything:\n"
                + problems.map { "  \($0.description)" }.joined(separator: "\n")
                + "\nFix or remove them, or build without --strict to leave them out."
        }
    }
}
