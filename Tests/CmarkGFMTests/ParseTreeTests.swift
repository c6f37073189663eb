import CmarkGFM
import Testing

/// `parseTree`: node kinds, literals, links and source positions.
@Suite struct ParseTreeTests {
    @Test func copiesKindsLiteralsAndPositions() {
        let tree = CmarkGFM.parseTree("# Title\n\nSome *text* and [a link](/u \"T\").\n")
        #expect(tree.kind == "document")
        #expect(tree.children.map(\.kind) == ["heading", "paragraph"])
        let heading = tree.children[0]
        #expect((heading.startLine, heading.startColumn, heading.endLine, heading.endColumn) == (1, 1, 1, 7))
        #expect(
            heading.children == [
                MarkdownNode(kind: "text", literal: "Title", startLine: 1, startColumn: 3, endLine: 1, endColumn: 7)
            ])
        let paragraph = tree.children[1]
        #expect(paragraph.startLine == 3)
        #expect(paragraph.children.map(\.kind) == ["text", "emph", "text", "link", "text"])
        let link = paragraph.children[3]
        #expect(link.url == "/u")
        #expect(link.title == "T")
        #expect(link.plainText == "a link")
        #expect(link.startColumn == 17)
        #expect(paragraph.plainText == "Some text and a link.")
    }

    @Test func keepsEmptyContainersAndLeaves() {
        let tree = CmarkGFM.parseTree("[](/empty) `code`  \nnext\n\n***\n")
        let paragraph = tree.children[0]
        // cmark-gfm leaves an empty text node where the hard break's spaces were.
        #expect(paragraph.children.map(\.kind) == ["link", "text", "code", "text", "linebreak", "text"])
        #expect(paragraph.children[0].children.isEmpty)
        #expect(paragraph.children[2].literal == "code")
        #expect(tree.children[1].kind == "thematic_break")
    }

    @Test func namesExtensionNodes() {
        let tree = CmarkGFM.parseTree(
            "| a |\n| - |\n| ~b~ |\n\n- [x] done\n", extensions: [.table, .strikethrough, .tasklist])
        #expect(tree.children.map(\.kind) == ["table", "list"])
        #expect(tree.children[0].children.map(\.kind) == ["table_header", "table_row"])
        #expect(tree.children[0].children[1].children[0].children[0].kind == "strikethrough")
        #expect(tree.children[1].children[0].kind == "tasklist")
    }

    @Test func emptyInputGivesAnEmptyDocument() {
        #expect(CmarkGFM.parseTree("").children.isEmpty)
        #expect(CmarkGFM.parseTree("").kind == "document")
        #expect(CmarkGFM.renderHTML("") == "")
    }

    @Test func referenceLinksResolveToTheirDefinitions() {
        let tree = CmarkGFM.parseTree("[“Go,”][khan] said [Khan][khan].\n\n[khan]: ../people/khan/ \"Imran Khan\"\n")
        let links = tree.children[0].children.filter { $0.kind == "link" }
        #expect(links.map(\.url) == ["../people/khan/", "../people/khan/"])
        #expect(links.map(\.plainText) == ["“Go,”", "Khan"])
        #expect(tree.children.count == 1)
    }
}
