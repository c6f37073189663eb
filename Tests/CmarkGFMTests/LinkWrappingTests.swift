import CmarkGFM
import Testing

/// `renderHTML(_:wrappingLinks:)`: trusted wrappers in, raw HTML from the Markdown out.
@Suite struct LinkWrappingTests {
    private let quote = LinkWrapper(open: "<q cite=\"x\">", close: "</q>")

    @Test func wrapsChosenLinksAndKeepsOthers() {
        let markdown = """
            He said [“we *will* go”][khan] and [home](https://example.org "Home").

            [khan]: ../people/khan/ "Imran Khan"
            """
        var seen: [LinkInfo] = []
        let html = CmarkGFM.renderHTML(markdown) { info in
            seen.append(info)
            return info.destination.hasPrefix("../people/") ? quote : nil
        }
        #expect(
            html
                == "<p>He said <q cite=\"x\">“we <em>will</em> go”</q> and <a href=\"https://example.org\" title=\"Home\">home</a>.</p>\n"
        )
        #expect(
            seen == [
                LinkInfo(destination: "../people/khan/", title: "Imran Khan", text: "“we will go”"),
                LinkInfo(destination: "https://example.org", title: "Home", text: "home"),
            ])
    }

    @Test func rawHTMLNeverReachesTheOutputWhileTheWrapperDoes() {
        let markdown = """
            <script>alert(1)</script>

            [“<script>alert(2)</script> hi”](../people/a/) <img src=x onerror=alert(3)>
            [x](javascript:alert(4))
            """
        for options: RenderOptions in [[], [.unsafe]] {
            let html = CmarkGFM.renderHTML(markdown, options: options) { _ in
                LinkWrapper(open: "<span class=\"q\">", close: "</span>")
            }
            #expect(!html.contains("<script"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("javascript:"))
            #expect(
                html.contains(
                    "<span class=\"q\">“<!-- raw HTML omitted -->alert(2)<!-- raw HTML omitted --> hi”</span>"))
        }
    }

    @Test func withoutWrappersItRendersLikeSafeMode() {
        let markdown = "A [link](/a) and <b>bold</b> and [bad](javascript:x).\n"
        let html = CmarkGFM.renderHTML(markdown, options: [.unsafe]) { _ in nil }
        #expect(html == CmarkGFM.renderHTML(markdown))
        #expect(
            html
                == "<p>A <a href=\"/a\">link</a> and <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> and <a href=\"\">bad</a>.</p>\n"
        )
    }

    @Test func leavesLinksInTableCellsAndWrapsThoseInsideImages() {
        let markdown = """
            | who | said |
            | --- | --- |
            | [Khan](../people/khan/) | [“no”](../people/khan/) |

            ![see [“this”](../people/a/)](/img.png)
            """
        let html = CmarkGFM.renderHTML(markdown, extensions: [.table]) { _ in quote }
        // Table cells refuse custom nodes, so their links stay links, escaped and safe.
        #expect(html.contains("<td><a href=\"../people/khan/\">Khan</a></td>"))
        #expect(html.contains("<td><a href=\"../people/khan/\">“no”</a></td>"))
        // An image's description is written as plain alt text, where no markup belongs.
        #expect(html.contains("<img src=\"/img.png\" alt=\"see “this”\" />"))
    }

    @Test func linkTextJoinsCodeAndLineBreaks() {
        var texts: [String] = []
        _ = CmarkGFM.renderHTML("[a `b`\nc](/x)\n") { info in
            texts.append(info.text)
            return nil
        }
        #expect(texts == ["a b c"])
    }
}
