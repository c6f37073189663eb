/// Why an article file could not be read.
public enum ArticleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The file holds nothing but whitespace.
    case empty(path: String)
    /// The file holds NUL bytes or other binary data, so it is not text.
    case binary(path: String)
    /// The bytes are not valid UTF-8 (and carry no UTF-16 byte-order mark).
    case invalidUTF8(path: String, line: Int)
    /// The YAML front matter of a Markdown article does not parse.
    case frontMatter(path: String, line: Int?, reason: String)
    /// The article has no title line.
    case missingTitle(path: String)
    /// A web page in which no article text was found.
    case noArticleText(path: String)

    /// A message that names the file and says what to change.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read the file (\(reason)); check that it exists and is readable."
        case .empty(let path):
            return "\(path): the file is empty; add a title line and paragraphs, or remove it."
        case .binary(let path):
            return "\(path): the file holds binary data (NUL bytes), not article text; remove it from articles/."
        case .invalidUTF8(let path, let line):
            return "\(path):\(line): the text is not valid UTF-8; save the file as UTF-8."
        case .frontMatter(let path, let line, let reason):
            let place = line.map { "\(path):\($0)" } ?? path
            return "\(place): the YAML front matter does not parse (\(reason)); fix it or remove the --- block."
        case .missingTitle(let path):
            return "\(path): the article has no title; put the headline on the first line (or `title:` in front matter)."
        case .noArticleText(let path):
            return "\(path): no article text found in the page; save the article's own page (not an index, login or consent page), or copy its text into a .txt file."
        }
    }
}
