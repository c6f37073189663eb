import Yams

/// Reads an article written as Markdown, with optional YAML front matter.
///
/// Front matter keys: `title`, `kicker`, `source`, `date`, `standfirst`, `topics` (a list or one
/// string). Without a `title`, a leading `# Heading` is the title. Paragraphs are the blocks
/// between blank lines, kept as written so that ranges point into the file.
enum MarkdownArticleReader {
    static func read(_ text: String, name: String, path: String) throws(ArticleError) -> Article {
        let lines = SourceLine.split(text)
        let (fields, bodyStart) = try frontMatter(lines, path: path)
        var blocks = paragraphs(Array(lines[bodyStart...]))
        var title = fields.string("title").map { TextBlock(text: $0, range: locate($0, in: lines)) }
        if title == nil, let first = blocks.first, first.text.hasPrefix("# ") {
            let heading = first.text.dropFirst(2)
            title = TextBlock(
                text: String(heading),
                range: TextRange(start: first.range.start + 2, end: first.range.end))
            blocks.removeFirst()
        }
        guard let title else { throw .missingTitle(path: path) }
        let standfirst = fields.string("standfirst").map { TextBlock(text: $0, range: locate($0, in: lines)) }
        return Article(
            name: name, title: title, kicker: fields.string("kicker"), source: fields.string("source"),
            date: fields.string("date"), standfirst: standfirst, topics: fields.strings("topics"),
            paragraphs: blocks)
    }

    // MARK: - Front matter

    private static func frontMatter(_ lines: [SourceLine], path: String) throws(ArticleError) -> (FrontMatter, Int) {
        guard lines.first?.text.trimmingTrailingSpaces == "---" else { return (FrontMatter(), 0) }
        guard let close = lines.dropFirst().firstIndex(where: { $0.text.trimmingTrailingSpaces == "---" }) else {
            throw .frontMatter(path: path, line: 1, reason: "the opening --- has no closing --- line")
        }
        let yaml = lines[1..<close].map(\.text).joined(separator: "\n")
        do {
            guard let node = try Yams.compose(yaml: yaml) else { return (FrontMatter(), close + 1) }
            guard let mapping = node.mapping else {
                throw ArticleError.frontMatter(path: path, line: 2, reason: "expected `key: value` lines")
            }
            return (FrontMatter(mapping), close + 1)
        } catch let error as ArticleError {
            throw error
        } catch let error as YamlError {
            throw .frontMatter(path: path, line: error.line.map { $0 + 1 }, reason: error.summary)
        } catch {
            throw .frontMatter(path: path, line: nil, reason: "\(error)")
        }
    }

    /// Where a front-matter value first appears in the file, so quotes in it keep true offsets.
    private static func locate(_ value: String, in lines: [SourceLine]) -> TextRange {
        for line in lines {
            guard let found = line.text.range(of: value) else { continue }
            let start = line.range.start + line.text.unicodeScalars[..<found.lowerBound].count
            return TextRange(start: start, end: start + value.unicodeScalars.count)
        }
        return TextRange(start: 0, end: 0)
    }

    // MARK: - Body

    private static func paragraphs(_ lines: [SourceLine]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current: [SourceLine] = []
        func flush() {
            guard let first = current.first, let last = current.last else { return }
            let text = current.map(\.text).joined(separator: "\n")
            blocks.append(TextBlock(text: text, range: TextRange(start: first.range.start, end: last.range.end)))
            current = []
        }
        for line in lines {
            if line.isBlank { flush() } else { current.append(line) }
        }
        flush()
        return blocks
    }
}

/// Front matter values as written: scalars keep their text, so dates and numbers are not reinterpreted.
private struct FrontMatter {
    var mapping: Node.Mapping?

    init(_ mapping: Node.Mapping? = nil) { self.mapping = mapping }

    func string(_ key: String) -> String? {
        guard let text = mapping?[key]?.scalar?.string.trimmingTrailingSpaces, !text.isEmpty else { return nil }
        return text
    }

    func strings(_ key: String) -> [String] {
        if let list = mapping?[key]?.sequence { return list.compactMap { $0.scalar?.string } }
        return string(key).map { [$0] } ?? []
    }
}

extension YamlError {
    fileprivate var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    fileprivate var summary: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(self)"
        }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
