import CmarkGFM
import Testing

/// Inputs built to break parsers: deep nesting, long runs, broken UTF-8, NUL bytes.
@Suite struct HostileInputTests {
    static let inputs: [(String, String)] = [
        ("nested brackets", String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)),
        ("nested block quotes", String(repeating: "> ", count: 1_000) + "deep\n"),
        ("nested lists", (0..<500).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()),
        ("emphasis run", String(repeating: "*a **b ", count: 20_000)),
        ("backtick runs", (1...300).map { String(repeating: "`", count: $0) + "x" }.joined()),
        ("NUL and controls", "a\u{0}b\u{1}c\u{7F}\n\u{0}"),
        ("table bomb", "| a |\n| - |\n" + String(repeating: "|x", count: 10_000) + "\n"),
        ("link definitions", (0..<2_000).map { "[l\($0)]: /u\($0)\n" }.joined() + "[l1999]\n"),
        ("lone surrogate escapes", "&#xD800; &#0; &#x110000; &#99999999;\n"),
    ]

    @Test(arguments: inputs.map(\.0))
    func rendersWithoutCrashing(_ name: String) {
        let markdown = Self.inputs.first { $0.0 == name }!.1
        let all = Set(GFMExtension.allCases)
        let html = CmarkGFM.renderHTML(markdown, options: [.footnotes, .validateUTF8], extensions: all)
        #expect(!html.isEmpty)
        let tree = CmarkGFM.parseTree(markdown, extensions: all)
        #expect(tree.kind == "document")
        let wrapped = CmarkGFM.renderHTML(markdown, extensions: all) { _ in LinkWrapper(open: "<q>", close: "</q>") }
        #expect(!wrapped.isEmpty)
    }

    @Test func invalidCharacterReferencesBecomeReplacementCharacters() {
        #expect(CmarkGFM.renderHTML("&#0; &#xD800;\n") == "<p>\u{FFFD} \u{FFFD}</p>\n")
    }
}
