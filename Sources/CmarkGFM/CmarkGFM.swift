internal import CCmarkGFM
import Foundation

/// Markdown parsing and HTML rendering through the cmark-gfm C library.
///
/// This is the only code in Verbatim that touches C pointers. Every parser, node tree, iterator
/// and rendered buffer is freed before a function returns; no `cmark_node` escapes. All functions
/// are safe to call from many tasks at once (see `inlineParsingLock`).
public enum CmarkGFM {
    /// Renders `markdown` as HTML, as `cmark-gfm` with the same options and `-e` extensions would.
    public static func renderHTML(
        _ markdown: String, options: RenderOptions = [], extensions: Set<GFMExtension> = []
    ) -> String {
        withDocument(markdown, options: options, extensions: extensions) { root, attached in
            html(of: root, options: options, extensions: attached)
        }
    }

    /// Parses `markdown` into a tree of plain values.
    public static func parseTree(
        _ markdown: String, options: RenderOptions = [], extensions: Set<GFMExtension> = []
    ) -> MarkdownNode {
        withDocument(markdown, options: options, extensions: extensions) { root, _ in
            tree(of: root)
        }
    }

    /// Renders safely (raw HTML from the Markdown is never emitted; dangerous URLs such as
    /// `javascript:` are dropped as cmark's safe mode does), except that every link for which
    /// `wrap` returns a wrapper is replaced by trusted `open` + the link's rendered children + `close`.
    ///
    /// `.unsafe` in `options` is ignored. The wrapper's HTML is emitted as is, so the caller
    /// escapes anything it builds it from. cmark-gfm's table extension lets a table cell hold
    /// only its own list of inline kinds, so a link directly inside a GFM table cell stays a
    /// plain (safe) link.
    public static func renderHTML(
        _ markdown: String, options: RenderOptions = [], extensions: Set<GFMExtension> = [],
        wrappingLinks wrap: (LinkInfo) -> LinkWrapper?
    ) -> String {
        var safeOptions = options
        safeOptions.remove(.unsafe)
        return withDocument(markdown, options: safeOptions, extensions: extensions) { root, attached in
            for link in links(under: root) {
                guard let wrapper = wrap(linkInfo(link)) else { continue }
                replace(link, with: wrapper)
            }
            return html(of: root, options: safeOptions, extensions: attached)
        }
    }

    // MARK: - Parsing

    /// cmark-gfm registers its core extensions in a global list with an unguarded flag;
    /// a Swift `static let` runs the registration exactly once, whichever task comes first.
    private static let coreExtensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm keeps the table of special inline characters in global memory and adds and
    /// removes each attached extension's characters (`~`, `:`, `w`…) around inline parsing,
    /// so two documents may not finish parsing at the same time. Block parsing and rendering
    /// touch no globals and run in parallel.
    private static let inlineParsingLock = NSLock()

    /// Parses `markdown` with `extensions` attached, passes the root and the parser's extension
    /// list to `body`, and frees everything afterwards.
    private static func withDocument<Result>(
        _ markdown: String, options: RenderOptions, extensions: Set<GFMExtension>,
        _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> Result
    ) -> Result {
        _ = coreExtensionsRegistered
        guard let parser = cmark_parser_new(options.rawValue) else {
            fatalError("cmark-gfm could not allocate a parser: out of memory")
        }
        defer { cmark_parser_free(parser) }
        for name in extensions.sorted() {
            // The core extensions are registered above, so every case is found.
            if let syntax = cmark_find_syntax_extension(name.rawValue) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        inlineParsingLock.lock()
        let finished = cmark_parser_finish(parser)
        inlineParsingLock.unlock()
        guard let root = finished else {
            fatalError("cmark-gfm could not finish the document: out of memory")
        }
        defer { cmark_node_free(root) }
        return body(root, cmark_parser_get_syntax_extensions(parser))
    }

    // MARK: - Rendering

    private static func html(
        of root: OpaquePointer, options: RenderOptions, extensions: UnsafeMutablePointer<cmark_llist>?
    ) -> String {
        guard let rendered = cmark_render_html(root, options.rawValue, extensions) else {
            fatalError("cmark-gfm could not render HTML: out of memory")
        }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return String(cString: rendered)
    }

    // MARK: - Tree

    /// Copies the tree under `root` into values with one `cmark_iter` walk.
    ///
    /// cmark-gfm's iterator sends only an enter event for leaf nodes (text, code, breaks…) but
    /// enter and exit for containers, even empty ones; a node without children is therefore
    /// finished on enter, and the exit of an empty container is skipped.
    private static func tree(of root: OpaquePointer) -> MarkdownNode {
        guard let iterator = cmark_iter_new(root) else {
            fatalError("cmark-gfm could not allocate an iterator: out of memory")
        }
        defer { cmark_iter_free(iterator) }
        var open: [(pointer: OpaquePointer, node: MarkdownNode)] = []
        var finished: MarkdownNode?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                let node = value(of: pointer)
                if cmark_node_first_child(pointer) != nil {
                    open.append((pointer, node))
                } else if open.isEmpty {
                    finished = node
                } else {
                    open[open.count - 1].node.children.append(node)
                }
            } else if event == CMARK_EVENT_EXIT, let top = open.last, top.pointer == pointer {
                open.removeLast()
                if open.isEmpty {
                    finished = top.node
                } else {
                    open[open.count - 1].node.children.append(top.node)
                }
            }
        }
        return finished ?? MarkdownNode(kind: "document")
    }

    /// The node's own fields, without children.
    private static func value(of node: OpaquePointer) -> MarkdownNode {
        MarkdownNode(
            kind: string(cmark_node_get_type_string(node)) ?? "unknown",
            literal: string(cmark_node_get_literal(node)),
            url: string(cmark_node_get_url(node)),
            title: string(cmark_node_get_title(node)),
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node))
        )
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    // MARK: - Link wrapping

    /// Every link node under `root`, in document order.
    ///
    /// Collected first and replaced afterwards, because changing the tree during a walk would
    /// leave the iterator on freed nodes.
    private static func links(under root: OpaquePointer) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(root) else {
            fatalError("cmark-gfm could not allocate an iterator: out of memory")
        }
        defer { cmark_iter_free(iterator) }
        var found: [OpaquePointer] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if cmark_node_get_type(node) == CMARK_NODE_LINK { found.append(node) }
        }
        return found
    }

    private static func linkInfo(_ link: OpaquePointer) -> LinkInfo {
        LinkInfo(
            destination: string(cmark_node_get_url(link)) ?? "",
            title: string(cmark_node_get_title(link)) ?? "",
            text: plainText(of: link)
        )
    }

    /// Text and code literals under `node`, with line breaks as spaces; the same text
    /// `MarkdownNode.plainText` gives.
    private static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else {
            fatalError("cmark-gfm could not allocate an iterator: out of memory")
        }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += string(cmark_node_get_literal(child)) ?? ""
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    /// Puts a custom inline node with the wrapper's HTML in place of `link`, moves the link's
    /// children into it and frees the link; leaves the link alone where its parent cannot hold a
    /// custom node (a GFM table cell).
    ///
    /// cmark-gfm's HTML renderer writes a custom node's enter and exit text whether or not
    /// `CMARK_OPT_UNSAFE` is set, while raw HTML from the Markdown inside stays suppressed.
    private static func replace(_ link: OpaquePointer, with wrapper: LinkWrapper) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            fatalError("cmark-gfm could not allocate a node: out of memory")
        }
        cmark_node_set_on_enter(custom, wrapper.open)
        cmark_node_set_on_exit(custom, wrapper.close)
        guard cmark_node_insert_before(link, custom) == 1 else {
            cmark_node_free(custom)
            return
        }
        while let child = cmark_node_first_child(link) {
            cmark_node_unlink(child)
            cmark_node_append_child(custom, child)
        }
        cmark_node_unlink(link)
        cmark_node_free(link)
    }
}
