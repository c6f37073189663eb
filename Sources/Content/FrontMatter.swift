import Articles
import Attribution
import Yams

/// The YAML front matter of an annotated Markdown file, split from the body and parsed with Yams.
struct FrontMatter {
    /// The top-level mapping.
    private let fields: Node.Mapping
    /// The file, for error messages.
    private let path: String
    /// The Markdown after the closing `---` line.
    let body: String
    /// The file line on which `body` starts.
    let bodyFirstLine: Int

    /// Splits `text` into front matter and body and parses the front matter.
    init(_ text: String, path: String) throws(ContentError) {
        let parts = try Self.split(text, path: path)
        self.path = path
        self.body = parts.body
        self.bodyFirstLine = parts.bodyFirstLine
        let yaml = parts.yaml
        let root: Node?
        do {
            // Every field is read as the text it was written as, so scalars need no type: the
            // default resolver ran seven regular expressions on each one. The encoding is named:
            // Yams's default reads the whole process environment on every call.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw .invalidYAML(path: path, line: Self.line(of: error), problem: Self.problem(of: error))
        } catch {
            throw .invalidYAML(path: path, line: 2, problem: "\(error)")
        }
        guard let mapping = root?.mapping else {
            throw .invalidField(
                path: path, line: 2, field: "front matter", expected: "fields written as 'name: value', one per line")
        }
        self.fields = mapping
    }

    /// The YAML between the `---` lines of `text`, the body after them and the file line the
    /// body starts on, without parsing the YAML.
    static func split(_ text: String, path: String) throws(ContentError) -> (yaml: String, body: String, bodyFirstLine: Int) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // A byte scan first: Foundation's substring search cost more than parsing the YAML.
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        // Lines are found by walking the UTF-8 to the closing `---` only: the body after it is
        // taken whole rather than split into lines and joined again.
        var lines = LineWalker(text)
        guard lines.next()?.trimmingTrailingBlanks == "---" else { throw .missingFrontMatter(path: path) }
        let yamlStart = lines.position
        var yamlEnd = yamlStart
        while true {
            yamlEnd = lines.position
            guard let line = lines.next() else { throw .unterminatedFrontMatter(path: path, line: 1) }
            if line.trimmingTrailingBlanks == "---" || line.trimmingTrailingBlanks == "..." { break }
        }
        // The YAML is every line between the two markers, without the newline before the closing one.
        let yaml = yamlEnd > yamlStart ? String(text[yamlStart..<text.utf8.index(before: yamlEnd)]) : ""
        return (yaml, String(text[lines.position...]), lines.lineNumber + 1)
    }

    // MARK: - Fields

    /// The file line of a node, counting the opening `---` as line 1.
    func line(of node: Node?) -> Int {
        (node?.mark?.line ?? 1) + 1
    }

    /// The node of a top-level field.
    func node(_ key: String) -> Node? {
        fields[key]
    }

    /// A text field, nil when absent or null.
    func string(_ key: String) throws(ContentError) -> String? {
        try Self.text(fields[key], field: key, path: path, line: line(of: fields[key]))
    }

    /// A list of texts; a single text counts as a list of one.
    func strings(_ key: String) throws(ContentError) -> [String] {
        try Self.texts(fields[key], field: key, path: path, line: line(of: fields[key]))
    }

    /// The `speakers` mapping: id → {name, kind, role, aliases, named}, in file order.
    func speakers() throws(ContentError) -> [Speaker] {
        guard let node = fields["speakers"], node.null == nil else { return [] }
        guard let mapping = node.mapping else {
            throw .invalidField(
                path: path, line: line(of: node), field: "speakers",
                expected: "a mapping of speaker ids to {name: ..., kind: person}")
        }
        var speakers: [Speaker] = []
        for (key, value) in mapping {
            let entryLine = line(of: key)
            guard let id = key.scalar?.string, !id.isEmpty else {
                throw .invalidField(
                    path: path, line: entryLine, field: "speakers",
                    expected: "keyed by speaker ids such as babar-iftikhar")
            }
            guard let entry = value.mapping else {
                throw .invalidField(
                    path: path, line: entryLine, field: "speakers: \(id)",
                    expected: "a mapping such as {name: \"Babar Iftikhar\", kind: person}")
            }
            guard let name = try Self.text(entry["name"], field: "speakers: \(id): name", path: path, line: entryLine),
                !name.isEmpty
            else {
                throw .invalidField(
                    path: path, line: entryLine, field: "speakers: \(id)",
                    expected: "given a name, as in {name: \"Babar Iftikhar\"}")
            }
            let kindText =
                try Self.text(entry["kind"], field: "speakers: \(id): kind", path: path, line: entryLine)
                ?? SpeakerKind.person.rawValue
            guard let kind = SpeakerKind(rawValue: kindText) else {
                throw .invalidField(
                    path: path, line: entryLine, field: "speakers: \(id): kind", expected: "person or organization")
            }
            let role = try Self.text(entry["role"], field: "speakers: \(id): role", path: path, line: entryLine)
            let aliases = try Self.texts(
                entry["aliases"], field: "speakers: \(id): aliases", path: path, line: entryLine)
            let namedText = try Self.text(entry["named"], field: "speakers: \(id): named", path: path, line: entryLine)
            guard namedText == nil || namedText == "true" || namedText == "false" else {
                throw .invalidField(path: path, line: entryLine, field: "speakers: \(id): named", expected: "true or false")
            }
            speakers.append(
                Speaker(id: id, name: name, kind: kind, role: role, aliases: aliases, named: namedText != "false"))
        }
        return speakers
    }

    /// The `related` list of {kicker, title} teasers.
    func related() throws(ContentError) -> [RelatedLink] {
        guard let node = fields["related"], node.null == nil else { return [] }
        guard let sequence = node.sequence else {
            throw .invalidField(
                path: path, line: line(of: node), field: "related", expected: "a list of {kicker: ..., title: ...}")
        }
        var links: [RelatedLink] = []
        for item in sequence {
            let itemLine = line(of: item)
            guard let entry = item.mapping,
                let title = try Self.text(entry["title"], field: "related: title", path: path, line: itemLine)
            else {
                throw .invalidField(
                    path: path, line: itemLine, field: "related",
                    expected: "a list of {kicker: ..., title: ...} with a title in each")
            }
            let kicker = try Self.text(entry["kicker"], field: "related: kicker", path: path, line: itemLine)
            links.append(RelatedLink(kicker: kicker, title: title))
        }
        return links
    }

    // MARK: - Scalars

    /// The text of a scalar as written, whatever type YAML would give it ("2024-05-01", "42").
    private static func text(_ node: Node?, field: String, path: String, line: Int) throws(ContentError) -> String? {
        guard let node, node.null == nil || node.scalar?.style != .plain else { return nil }
        guard let scalar = node.scalar else {
            throw .invalidField(
                path: path, line: line, field: field,
                expected: "a text, such as \(field.split(separator: " ").last ?? ""): \"...\"")
        }
        return scalar.string
    }

    private static func texts(_ node: Node?, field: String, path: String, line: Int) throws(ContentError) -> [String] {
        guard let node, node.null == nil || node.scalar?.style != .plain else { return [] }
        if let sequence = node.sequence {
            var texts: [String] = []
            for item in sequence {
                guard let text = try text(item, field: field, path: path, line: line) else { continue }
                texts.append(text)
            }
            return texts
        }
        return try text(node, field: field, path: path, line: line).map { [$0] } ?? []
    }

    // MARK: - Errors

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line + 1
        default: return 2
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default: return "\(error)"
        }
    }
}

/// The lines of a text one by one, split at line feeds on the UTF-8 (a line feed is always a
/// character of its own, so this splits where `split(separator: "\n")` would).
private struct LineWalker {
    private let text: String
    /// Where the next line starts.
    private(set) var position: String.Index
    /// The 1-based number of the line last returned.
    private(set) var lineNumber = 0

    init(_ text: String) {
        self.text = text
        self.position = text.startIndex
    }

    /// Set once the line without a line feed after it, the last one, has been returned.
    private var finished = false

    /// The next line without its line feed, or nil after the last one.
    mutating func next() -> Substring? {
        guard !finished else { return nil }
        lineNumber += 1
        guard let end = text.utf8[position...].firstIndex(of: UInt8(ascii: "\n")) else {
            finished = true
            defer { position = text.endIndex }
            return text[position...]
        }
        defer { position = text.utf8.index(after: end) }
        return text[position..<end]
    }
}

extension Substring {
    /// The line without the spaces and tabs at its end.
    fileprivate var trimmingTrailingBlanks: Substring {
        var line = self
        while line.last == " " || line.last == "\t" { line = line.dropLast() }
        return line
    }
}
