/// One node of a cmark-gfm syntax tree, copied out of C memory so it can outlive the parser.
///
/// Positions are 1-based as cmark-gfm reports them; columns count UTF-8 bytes. Line breaks
/// carry zero positions, as cmark-gfm leaves them unset.
public struct MarkdownNode: Sendable, Hashable {
    /// The node type as cmark-gfm names it: "paragraph", "text", "link", "table", "strikethrough"…
    public var kind: String
    /// The text of text, code, code block and raw HTML nodes; nil for containers.
    public var literal: String?
    /// The destination of links and images.
    public var url: String?
    /// The title of links and images.
    public var title: String?
    /// The first line of the node in the source.
    public var startLine: Int
    /// The first column of the node in the source.
    public var startColumn: Int
    /// The last line of the node in the source.
    public var endLine: Int
    /// The last column of the node in the source.
    public var endColumn: Int
    /// The child nodes in document order.
    public var children: [MarkdownNode]

    /// Creates a node.
    public init(
        kind: String, literal: String? = nil, url: String? = nil, title: String? = nil,
        startLine: Int = 0, startColumn: Int = 0, endLine: Int = 0, endColumn: Int = 0,
        children: [MarkdownNode] = []
    ) {
        self.kind = kind
        self.literal = literal
        self.url = url
        self.title = title
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.children = children
    }

    /// The text a reader sees: text and code literals, line breaks as spaces, markup dropped.
    public var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    private func appendPlainText(to text: inout String) {
        switch kind {
        case "text", "code": text += literal ?? ""
        case "softbreak", "linebreak": text += " "
        default: for child in children { child.appendPlainText(to: &text) }
        }
    }
}
