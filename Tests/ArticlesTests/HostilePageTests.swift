import Foundation
import Testing

@testable import Articles

private func read(_ html: String) throws(ArticleError) -> Article {
    try ArticleReader.read(data: Data(html.utf8), name: "hostile", format: .html, path: "hostile.html")
}

private let prose = "The council said on Monday that the bridge, closed since March, would reopen in the spring."

/// Pages built to break a reader: markup that is never text, tag soup, depth and size.
@Suite struct HostilePageTests {
    @Test func scriptsStylesFramesAndEventAttributesNeverBecomeText() throws {
        let html = """
            <html><head><style>p { color: red }</style><script>var secret = "<p>injected</p>";</script></head>
            <body><article><h1>Bridge to reopen</h1>
            <p onclick="alert(1)">\(prose) <script>document.write('<p>written</p>')</script></p>
            <iframe src="javascript:alert(2)"><p>inside frame</p></iframe>
            <p><a href="javascript:alert(3)">A link</a> and its text stay as text, \(prose)</p>
            <noscript><p>Enable JavaScript to read this</p></noscript>
            <p style="display:none">Hidden \(prose)</p><p hidden>Also hidden \(prose)</p>
            <p>&lt;script&gt;alert(4)&lt;/script&gt; is how the page wrote it, \(prose)</p>
            </article></body></html>
            """
        let article = try read(html)
        let text = article.paragraphs.map(\.text).joined(separator: "\n")
        for leaked in ["secret", "injected", "written", "inside frame", "color: red", "Enable JavaScript", "Hidden", "alert(1)", "alert(3)"] {
            #expect(!text.contains(leaked), "\(leaked) leaked into the text")
        }
        #expect(text.contains("A link and its text stay as text"))
        // Escaped markup in the page is text, and stays text (the site escapes it on output).
        #expect(text.contains("<script>alert(4)</script> is how the page wrote it"))
    }

    @Test func tagSoupStillGivesTheParagraphs() throws {
        let html = "<html><body><div class=story><p>\(prose)<p>\(prose) <b>bold <i>both</b> italic</i><div><p>\(prose)</table></span></div>"
        let article = try read(html)
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs[1].text.hasSuffix("bold both italic"))
    }

    @Test func deepNestingAndLongLinesAreReadWithoutRecursion() throws {
        let depth = 100_000
        let nested = String(repeating: "<div>", count: depth) + "<p>\(prose)</p>" + String(repeating: "</div>", count: depth)
        _ = try? read("<html><body>\(nested)<article><p>\(prose)</p><p>\(prose)</p></article></body></html>")
        let longLine = String(repeating: "word, ", count: 400_000)
        let article = try read("<html><body><article><p>\(longLine)</p><p>\(prose)</p></article></body></html>")
        #expect(article.paragraphs.first?.text.count == longLine.count - 1)
    }

    @Test func aCompressedBombStopsAtTheLimit() throws {
        var stream = [UInt8]()
        // 64 KB of zeros compresses to a few hundred bytes; the limit here is 1 KB.
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "head -c 65536 /dev/zero | gzip -c"]
        process.standardOutput = pipe
        try process.run()
        stream = [UInt8](pipe.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        #expect(Gzip.isCompressed(stream))
        #expect(try Gzip.inflate(stream).count == 65536)
        #expect(throws: Gzip.Failure.self) { try Gzip.inflate(stream, limit: 1024) }
    }
}
