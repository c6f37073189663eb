/// A page's text as a sequence of blocks, as a reader sees it: each paragraph, heading, list item
/// or table cell is one block, with the element that holds it and how much of it is link text.
struct PageBlocks {
    /// One run of text between block-level boundaries.
    struct Block {
        /// The text with runs of whitespace made single spaces, trimmed.
        var text: String
        /// The nearest block-level element around the text.
        var owner: Int
        /// How many characters of `text` sit inside links.
        var linkLength: Int
        /// The number of characters of `text`.
        var length: Int
    }

    /// Elements that start and end a block of text.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
        "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
        "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "legend", "address", "hr", "br", "body",
        "html", "center", "details", "summary", "menu",
    ]

    /// The blocks in document order.
    private(set) var blocks: [Block] = []
    /// For each node, the index of the last node in its subtree (nodes are stored in document order).
    let subtreeEnd: [Int]

    /// Splits the text of `tree` into blocks.
    init(_ tree: PageTree) {
        let nodes = tree.nodes
        var end = Array(nodes.indices)
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 {
            end[nodes[index].parent] = max(end[nodes[index].parent], end[index])
        }
        subtreeEnd = end
        let clusters = Self.inlineFurniture(nodes)
        var builder = Builder()
        // Open elements as (node, subtree end), to tell when the walk leaves one.
        var open: [(node: Int, end: Int, isBlock: Bool, isLink: Bool)] = []
        var skipThrough = -1
        for index in nodes.indices where index > skipThrough {
            while let last = open.last, last.end < index {
                open.removeLast()
                if last.isBlock { builder.flush(into: &blocks) }
                if last.isLink { builder.linkDepth -= 1 }
            }
            let node = nodes[index]
            if node.isText {
                builder.add(node.text, owner: open.last(where: \.isBlock)?.node ?? 0)
                continue
            }
            let isBlock = Self.blockTags.contains(node.tag)
            if !isBlock, clusters[index] {
                skipThrough = end[index]
                continue
            }
            if isBlock { builder.flush(into: &blocks) }
            let isLink = node.tag == "a"
            if isLink { builder.linkDepth += 1 }
            open.append((index, end[index], isBlock, isLink))
        }
        builder.flush(into: &blocks)
    }

    /// For each node, true when it is an inline element that sits in a line of text but is no
    /// part of it: one named as page furniture (a share button, a caption), or a cluster of three
    /// or more links with hardly any other text (a hover card of a person's latest stories).
    private static func inlineFurniture(_ nodes: [PageTree.Node]) -> [Bool] {
        var text = [Int](repeating: 0, count: nodes.count)
        var linkText = [Int](repeating: 0, count: nodes.count)
        var links = [Int](repeating: 0, count: nodes.count)
        for index in nodes.indices.reversed() {
            let node = nodes[index]
            if node.isText { text[index] = node.text.unicodeScalars.count }
            if node.tag == "a" {
                links[index] += 1
                linkText[index] = text[index]
            }
            guard node.parent >= 0 else { continue }
            text[node.parent] += text[index]
            linkText[node.parent] += linkText[index]
            links[node.parent] += links[index]
        }
        return nodes.indices.map { index in
            let node = nodes[index]
            guard !node.isText, node.tag != "a", !blockTags.contains(node.tag) else { return false }
            if ElementHints.isBoilerplate(node) { return true }
            return links[index] >= 3 && linkText[index] * 10 > text[index] * 8
        }
    }

    /// True when node `inner` is `outer` or inside it.
    func contains(_ outer: Int, _ inner: Int) -> Bool {
        inner >= outer && inner <= subtreeEnd[outer]
    }

    /// Gathers the text of one block, whitespace collapsed as a browser renders it.
    private struct Builder {
        var scalars = String.UnicodeScalarView()
        var owner = 0
        var linkLength = 0
        var length = 0
        var linkDepth = 0
        var pendingSpace = false

        mutating func add(_ text: String, owner: Int) {
            if length == 0 { self.owner = owner }
            for scalar in text.unicodeScalars {
                // No-break spaces collapse too: pages use them as padding, not as meaningful spacing.
                if Self.isSpace(scalar) {
                    pendingSpace = length > 0
                    continue
                }
                if pendingSpace {
                    scalars.append(" ")
                    length += 1
                    if linkDepth > 0 { linkLength += 1 }
                    pendingSpace = false
                }
                scalars.append(scalar)
                length += 1
                if linkDepth > 0 { linkLength += 1 }
            }
        }

        /// Whitespace, zero-width spaces and byte-order marks; ASCII is told without a Unicode
        /// property lookup, which would otherwise be a large share of reading a page.
        private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" }
            return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
        }

        mutating func flush(into blocks: inout [Block]) {
            if length > 0 {
                blocks.append(Block(text: String(scalars), owner: owner, linkLength: linkLength, length: length))
            }
            scalars = String.UnicodeScalarView()
            length = 0
            linkLength = 0
            pendingSpace = false
        }
    }
}
