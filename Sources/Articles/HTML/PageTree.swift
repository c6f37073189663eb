import CLibXML2

/// A saved page as a tree of elements and text, parsed by libxml2's HTML parser (which accepts
/// the tag soup of real pages as browsers do) and copied into Swift values, without the parts
/// that can never be article text: scripts, styles, forms' controls, embedded frames and media,
/// and anything the page hides.
///
/// Nodes live in one array and point at each other by index, so walking the tree needs neither
/// recursion (a hostile page may nest a hundred thousand elements) nor reference counting.
struct PageTree {
    /// One element or run of text.
    struct Node {
        /// The element's name in lowercase, or "" for text.
        var tag: String
        /// The text of a text node, with entities decoded.
        var text: String
        /// The element's `id` and `class` words, lowercased and space-separated.
        var marker: String
        /// The element's `role`, `itemprop` and `itemtype`, lowercased.
        var semantics: String
        /// The parent's index, or -1 for the root.
        var parent: Int
        /// The children's indices in document order.
        var children: [Int]

        /// True for a text node.
        var isText: Bool { tag.isEmpty }
    }

    /// Every node; index 0 is the root element.
    private(set) var nodes: [Node] = []
    /// The page's `<meta>` tags: `name`, `property` or `itemprop` (lowercased) to `content`, first one kept.
    private(set) var metas: [String: String] = [:]
    /// The text of each `<script type="application/ld+json">`.
    private(set) var jsonLD: [String] = []
    /// The text of `<title>`.
    private(set) var documentTitle: String?
    /// Elements named by `<time datetime>`, with that attribute.
    private(set) var timeStamps: [(node: Int, datetime: String)] = []

    /// Elements never read for text; their content is left out of the tree.
    private static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
        "audio", "select", "option", "button", "input", "textarea", "head", "link", "map", "dialog",
    ]

    /// libxml2 must set up its globals once before threads parse at the same time.
    private static let parserReady: Void = xmlInitParser()

    /// Parses `text`; nil when libxml2 finds no document at all.
    init?(html text: String) {
        Self.parserReady
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        var bytes = Array(text.utf8)
        // libxml2 stops at a NUL byte; browsers ignore them.
        bytes.removeAll { $0 == 0 }
        let count = Int32(clamping: bytes.count)
        guard
            let document = bytes.withUnsafeBufferPointer({ buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, count, nil, "UTF-8", options)
                }
            })
        else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        copy(from: root)
        if nodes.isEmpty { return nil }
    }

    /// Copies the libxml2 tree under `root` in document order, without recursion.
    private mutating func copy(from root: xmlNodePtr) {
        var stack: [(xmlNodePtr, parent: Int)] = [(root, -1)]
        while let (pointer, parent) = stack.popLast() {
            let node = pointer.pointee
            var index = -1
            switch node.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard parent >= 0, let content = node.content else { continue }
                index = append(Node(tag: "", text: String(cString: content), marker: "", semantics: "", parent: parent, children: []))
            case XML_ELEMENT_NODE:
                let tag = String(cString: node.name).lowercased()
                if readHead(tag, pointer) || Self.dropped.contains(tag) || isHidden(pointer) { continue }
                let marker = [Self.attribute("id", pointer), Self.attribute("class", pointer)]
                    .compactMap { $0 }.joined(separator: " ").lowercased()
                let semantics = [Self.attribute("role", pointer), Self.attribute("itemprop", pointer), Self.attribute("itemtype", pointer)]
                    .compactMap { $0 }.joined(separator: " ").lowercased()
                index = append(Node(tag: tag, text: "", marker: marker, semantics: semantics, parent: parent, children: []))
                if tag == "time", let datetime = Self.attribute("datetime", pointer) { timeStamps.append((index, datetime)) }
                if tag == "meta" { readMeta(pointer) }
            default:
                continue
            }
            // Children go on the stack last first, so that they come off in document order.
            var child = node.last
            while let current = child {
                stack.append((current, index))
                child = current.pointee.prev
            }
        }
    }

    private mutating func append(_ node: Node) -> Int {
        nodes.append(node)
        let index = nodes.count - 1
        if node.parent >= 0 { nodes[node.parent].children.append(index) }
        return index
    }

    /// Reads what the page declares in `<head>` (and metadata that pages put in the body); true
    /// when the element is done with and stays out of the tree.
    private mutating func readHead(_ tag: String, _ pointer: xmlNodePtr) -> Bool {
        switch tag {
        case "head":
            var child = pointer.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE {
                    let name = String(cString: current.pointee.name).lowercased()
                    if name == "meta" { readMeta(current) }
                    if name == "title", documentTitle == nil { documentTitle = Self.text(of: current) }
                    if name == "script" { _ = readHead(name, current) }
                }
                child = current.pointee.next
            }
            return true
        case "script":
            if Self.attribute("type", pointer)?.lowercased().contains("ld+json") == true {
                jsonLD.append(Self.text(of: pointer))
            }
            return true
        case "title":
            if documentTitle == nil { documentTitle = Self.text(of: pointer) }
            return true
        default:
            return false
        }
    }

    private mutating func readMeta(_ pointer: xmlNodePtr) {
        guard let content = Self.attribute("content", pointer) else { return }
        for key in ["property", "name", "itemprop"] {
            if let name = Self.attribute(key, pointer)?.lowercased(), metas[name] == nil { metas[name] = content }
        }
    }

    /// True for an element the page does not show: `hidden`, `aria-hidden="true"`, or an inline `display: none`.
    private func isHidden(_ pointer: xmlNodePtr) -> Bool {
        if xmlHasProp(pointer, "hidden") != nil { return true }
        if Self.attribute("aria-hidden", pointer)?.lowercased() == "true" { return true }
        guard let style = Self.attribute("style", pointer)?.lowercased().filter({ $0 != " " }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    private static func attribute(_ name: String, _ pointer: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { verbatim_xml_free(value) }
        return String(cString: value)
    }

    private static func text(of pointer: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { verbatim_xml_free(content) }
        return String(cString: content)
    }
}
