import ArgumentParser
import CmarkGFM
import Foundation

/// `verbatim render`: Markdown in, HTML out, through cmark-gfm with the flags the `cmark-gfm` program takes.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render Markdown as HTML with cmark-gfm.",
        discussion: """
            Reads Markdown from the files given, one after another, or from standard input when \
            there are none, and writes HTML to standard output. The HTML is the same as the \
            cmark-gfm program writes with the same flags, because both use the cmark-gfm library.

            Raw HTML in the Markdown is replaced by a comment and links to javascript: and similar \
            URLs are emptied, unless --unsafe is given. Extensions: table, strikethrough, autolink, \
            tagfilter, tasklist; "-e footnotes" turns footnotes on, as in cmark-gfm.

            Example: verbatim render -e table -e autolink < notes.md > notes.html
            """
    )

    /// Markdown files to render in order; standard input when empty.
    @Argument(help: "Markdown files, read one after another (default: standard input).")
    var files: [String] = []

    /// GFM extensions to enable, by name.
    @Option(
        name: [.customShort("e"), .customLong("extension")],
        help: "Enable a GFM extension: table, strikethrough, autolink, tagfilter, tasklist or footnotes. Repeatable.")
    var extensions: [String] = []

    /// Emits raw HTML and dangerous URLs.
    @Flag(help: "Keep raw HTML and dangerous URLs (only for Markdown you trust).")
    var unsafe = false

    /// Curly quotes, dashes and ellipses.
    @Flag(help: "Use smart punctuation: curly quotes, en and em dashes, ellipses.")
    var smart = false

    /// Footnotes, the same as `-e footnotes`.
    @Flag(help: "Parse footnotes (the same as -e footnotes).")
    var footnotes = false

    /// `data-sourcepos` attributes.
    @Flag(help: "Add data-sourcepos attributes with each block's source lines and columns.")
    var sourcepos = false

    /// Soft line breaks as `<br />`.
    @Flag(help: "Render every line break in a paragraph as <br />.")
    var hardbreaks = false

    /// Soft line breaks as spaces.
    @Flag(help: "Render line breaks in a paragraph as spaces.")
    var nobreaks = false

    /// Invalid UTF-8 as U+FFFD.
    @Flag(name: .customLong("validate-utf8"), help: "Replace invalid UTF-8 with U+FFFD.")
    var validateUTF8 = false

    /// `<pre lang>` for code blocks.
    @Flag(name: .customLong("github-pre-lang"), help: "Write a code block's language as <pre lang=\"...\">.")
    var githubPreLang = false

    func validate() throws {
        let unknown = extensions.filter { $0 != "footnotes" && GFMExtension(rawValue: $0) == nil }
        if let name = unknown.first {
            let known = (GFMExtension.allCases.map(\.rawValue) + ["footnotes"]).joined(separator: ", ")
            throw ValidationError("Unknown extension '\(name)'. Use one of: \(known).")
        }
    }

    func run() async throws {
        let markdown = try readInput()
        let html = CmarkGFM.renderHTML(
            markdown, options: options, extensions: Set(extensions.compactMap(GFMExtension.init(rawValue:))))
        FileHandle.standardOutput.write(Data(html.utf8))
    }

    /// The render options the flags ask for.
    private var options: RenderOptions {
        var options: RenderOptions = []
        if unsafe { options.insert(.unsafe) }
        if smart { options.insert(.smart) }
        if footnotes || extensions.contains("footnotes") { options.insert(.footnotes) }
        if sourcepos { options.insert(.sourcePos) }
        if hardbreaks { options.insert(.hardBreaks) }
        if nobreaks { options.insert(.noBreaks) }
        if validateUTF8 { options.insert(.validateUTF8) }
        if githubPreLang { options.insert(.githubPreLang) }
        return options
    }

    /// The files joined in order, or all of standard input.
    ///
    /// Bytes that are not UTF-8 become U+FFFD on reading, since Swift strings hold only Unicode.
    private func readInput() throws -> String {
        if files.isEmpty {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        return try files.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("Cannot read '\(path)'. Check that the file exists and is readable.")
            }
            return String(decoding: data, as: UTF8.self)
        }.joined()
    }
}
