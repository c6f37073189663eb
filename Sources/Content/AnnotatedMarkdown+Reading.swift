import Articles
import Attribution
import CmarkGFM

extension AnnotatedMarkdown {
    /// Reads annotated Markdown back; `path` is only for error messages.
    ///
    /// Quotes and mentions come from the cmark-gfm syntax tree alone (see `AnnotatedLink`); the
    /// body is parsed without extensions or smart punctuation, which would change the text.
    public static func read(_ markdown: String, slug: String, path: String) throws(ContentError) -> Document {
        let frontMatter = try FrontMatter(markdown, path: path)
        let speakers = try frontMatter.speakers()
        var reader = LinkReader(path: path, speakerIDs: Set(speakers.map(\.id)))
        let definitions = definitionLines(in: frontMatter.body)

        guard let titleMarkdown = try frontMatter.string("title"), !titleMarkdown.isEmpty else {
            throw .missingField(path: path, field: "title")
        }
        let title = try reader.readInline(
            titleMarkdown, definitions: definitions, line: frontMatter.line(of: frontMatter.node("title")))
        let standfirst = try frontMatter.string("standfirst").map { (markdown) throws(ContentError) -> String in
            try reader.readInline(
                markdown, definitions: definitions, line: frontMatter.line(of: frontMatter.node("standfirst")))
        }
        let tree = CmarkGFM.parseTree(frontMatter.body)
        try reader.readBlocks(of: tree, firstLine: frontMatter.bodyFirstLine)
        try reader.finish()

        return Document(
            slug: slug, title: title, kicker: try frontMatter.string("kicker"),
            source: try frontMatter.string("source"),
            date: try frontMatter.string("date"), standfirst: standfirst, topics: try frontMatter.strings("topics"),
            speakers: speakers, related: try frontMatter.related(), body: frontMatter.body, quotes: reader.quotes,
            paragraphs: reader.paragraphs, mentions: reader.mentions)
    }

    /// The body of annotated Markdown, as `read(_:slug:path:)` gives it in `Document.body`,
    /// without reading the front matter's fields: for a page rendered long after its file was read.
    public static func body(of markdown: String, path: String) throws(ContentError) -> String {
        try FrontMatter.split(markdown, path: path).body
    }

    /// The body's link reference definition lines (`[label]: destination`), so the title and
    /// standfirst can use the same labels.
    ///
    /// The lines are looked at as UTF-8 bytes, as cmark-gfm reads them: the marks that make a
    /// definition are ASCII. Walking characters showed in profiles, because every paragraph
    /// that opens with a quote link starts with `[` too and was read to its end.
    private static func definitionLines(in body: String) -> String {
        var body = body
        return body.withUTF8 { bytes in
            var definitions: [UInt8] = []
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                if isDefinition(bytes[lineStart..<lineEnd]) {
                    if !definitions.isEmpty { definitions.append(UInt8(ascii: "\n")) }
                    definitions.append(contentsOf: bytes[lineStart..<lineEnd])
                }
                lineStart = lineEnd + 1
            }
            return String(decoding: definitions, as: UTF8.self)
        }
    }

    /// True for a line that starts, after at most three spaces, with a bracketed label and a colon.
    private static func isDefinition(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = line.startIndex
        while index < line.endIndex, line[index] == UInt8(ascii: " ") { index += 1 }
        guard index - line.startIndex <= 3, index < line.endIndex, line[index] == UInt8(ascii: "[") else { return false }
        let labelStart = index + 1
        var escaped = false
        for position in labelStart..<line.endIndex {
            let byte = line[position]
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "[") {
                return false
            } else if byte == UInt8(ascii: "]") {
                return position > labelStart && position + 1 < line.endIndex && line[position + 1] == UInt8(ascii: ":")
            }
        }
        return false
    }
}

/// Walks parsed Markdown and collects paragraphs, quotes and mentions in reading order.
private struct LinkReader {
    let path: String
    let speakerIDs: Set<String>
    private(set) var paragraphs: [String] = []
    private(set) var quotes: [DocumentQuote] = []
    private(set) var mentions: [DocumentMention] = []
    /// The pieces so far of a quote that continues in the next paragraph.
    private var pending: (speakerID: String?, texts: [String], line: Int, paragraph: Int?, unsure: Bool)?

    init(path: String, speakerIDs: Set<String>) {
        self.path = path
        self.speakerIDs = speakerIDs
    }

    /// Reads a front matter field written as inline Markdown and returns its plain text.
    mutating func readInline(_ markdown: String, definitions: String, line: Int) throws(ContentError) -> String {
        let tree = CmarkGFM.parseTree(markdown + "\n\n" + definitions)
        let lastLine = markdown.split(separator: "\n", omittingEmptySubsequences: false).count
        var texts: [String] = []
        for block in tree.children
        where (block.kind == "paragraph" || block.kind == "heading") && block.startLine <= lastLine {
            texts.append(block.plainText)
            try readLinks(in: block, paragraph: nil, line: { _ in line })
        }
        return texts.joined(separator: " ")
    }

    /// Reads every paragraph and heading under `node`, however deeply nested, in order.
    mutating func readBlocks(of node: MarkdownNode, firstLine: Int) throws(ContentError) {
        for child in node.children {
            if child.kind == "paragraph" || child.kind == "heading" {
                let index = paragraphs.count
                paragraphs.append(child.plainText)
                let blockLine = child.startLine
                try readLinks(in: child, paragraph: index) { link in
                    firstLine - 1 + (link.startLine > 0 ? link.startLine : blockLine)
                }
            } else {
                try readBlocks(of: child, firstLine: firstLine)
            }
        }
    }

    /// Ends the document: a quote still waiting for its next piece ends where it stopped.
    mutating func finish() throws(ContentError) {
        flushPending()
    }

    // MARK: - Links

    private mutating func readLinks(in node: MarkdownNode, paragraph: Int?, line: (MarkdownNode) -> Int)
        throws(ContentError)
    {
        for child in node.children {
            if child.kind == "link" {
                try read(link: child, paragraph: paragraph, line: line(child))
            } else if !child.children.isEmpty {
                try readLinks(in: child, paragraph: paragraph, line: line)
            }
        }
    }

    private mutating func read(link: MarkdownNode, paragraph: Int?, line: Int) throws(ContentError) {
        let text = link.plainText
        let destination = link.url ?? ""
        let meaning = AnnotatedLink(destination: destination, text: text)
        let unsure = AnnotatedLink.isUnsure(title: link.title)
        if let waiting = pending {
            switch meaning {
            case .quote(let id, let ending) where id == waiting.speakerID:
                pending?.texts.append(AnnotatedLink.quotedWords(text, ending: ending))
                if unsure { pending?.unsure = true }
                if ending != .continues { flushPending() }
                return
            case .mention(let id) where id == waiting.speakerID:
                // The last piece of a quote whose paragraph did not reopen it with a mark.
                pending?.texts.append(AnnotatedLink.quotedWords(text, ending: .closed))
                flushPending()
                return
            case nil where waiting.speakerID == nil && destination == "#":
                pending?.texts.append(AnnotatedLink.quotedWords(text, ending: .closed))
                flushPending()
                return
            default:
                if case .quote = meaning { flushPending() }
            }
        }
        switch meaning {
        case .quote(let id, let ending):
            try check(id, line: line)
            let words = AnnotatedLink.quotedWords(text, ending: ending)
            // Only an attributed quote can be unsure of its speaker.
            let isUncertain = unsure && id != nil
            if ending == .continues {
                pending = (id, [words], line, paragraph, isUncertain)
            } else {
                quotes.append(
                    DocumentQuote(
                        text: words, speakerID: id, index: quotes.count, line: line, paragraph: paragraph,
                        isUncertain: isUncertain))
            }
        case .mention(let id):
            try check(id, line: line)
            mentions.append(DocumentMention(text: text, speakerID: id, line: line, paragraph: paragraph))
        case nil:
            break
        }
    }

    private func check(_ id: String?, line: Int) throws(ContentError) {
        if let id, !speakerIDs.contains(id) { throw .unknownSpeaker(path: path, line: line, id: id) }
    }

    private mutating func flushPending() {
        guard let waiting = pending else { return }
        pending = nil
        quotes.append(
            DocumentQuote(
                text: waiting.texts.joined(separator: "\n"), speakerID: waiting.speakerID, index: quotes.count,
                line: waiting.line, paragraph: waiting.paragraph, isUncertain: waiting.unsure && waiting.speakerID != nil))
    }
}
