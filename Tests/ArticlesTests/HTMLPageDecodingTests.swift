import Foundation
import Testing

@testable import Articles

/// A small page with an article of three paragraphs, long enough to be found as the article.
private func page(head: String = "", title: String = "Minister defends the budget", body: String? = nil) -> String {
    let paragraph = "The minister said on Tuesday that the budget, which has been criticised by unions, would stand."
    let text = body ?? (1...3).map { "<p>\($0). \(paragraph) It was, she added, a fair plan for everyone.</p>" }.joined()
    return "<html><head>\(head)<title>\(title) - The Daily Example</title></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>\(title)</h1>\(text)</article>"
        + "<footer>Copyright The Daily Example</footer></body></html>"
}

private func read(_ bytes: [UInt8], name: String = "page.html") throws(ArticleError) -> Article {
    try ArticleReader.read(data: Data(bytes), name: "page", format: ArticleFormat(fileName: name), path: name)
}

/// `bytes` compressed as gzip by the system's gzip, as a saved `.html.gz` is.
private func gzipped(_ bytes: [UInt8]) throws -> [UInt8] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-gz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("page.html")
    try Data(bytes).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "gzip -n '\(file.path)'"]
    try process.run()
    process.waitUntilExit()
    return [UInt8](try Data(contentsOf: folder.appendingPathComponent("page.html.gz")))
}

@Suite struct HTMLPageDecodingTests {
    @Test func readsTheArticleAndLeavesOutNavigationAndFooter() throws {
        let article = try read(Array(page().utf8))
        #expect(article.title.text == "Minister defends the budget")
        // No metadata names the outlet, so the title's tail does.
        #expect(article.source == "The Daily Example")
        #expect(article.paragraphs.count == 3)
        #expect(!article.paragraphs.contains { $0.text.contains("Home") || $0.text.contains("Copyright") })
    }

    @Test func decodesWindows1252DeclaredInAMetaTag() throws {
        let html = page(head: "<meta charset=\"windows-1252\">", body: "<p>\u{93}Caf\u{E9} prices are up,\u{94} she said \u{96} and the minister, asked about it twice, agreed.</p>")
        let bytes = html.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let article = try read(bytes)
        #expect(article.paragraphs.first?.text == "“Café prices are up,” she said – and the minister, asked about it twice, agreed.")
    }

    @Test func readsLatin1FromHTTPEquivAsBrowsersDo() throws {
        let html = page(head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", body: "<p>Na\u{EF}ve caf\u{E9} owners said, again and again, that \u{93}prices\u{94} would rise this year.</p>")
        let article = try read(html.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        #expect(article.paragraphs.first?.text == "Naïve café owners said, again and again, that “prices” would rise this year.")
    }

    @Test func followsTheXMLDeclarationAndTheByteOrderMark() throws {
        let body = "<p>Grüße aus Köln, said the mayor, who spoke at length, and with feeling, about the city.</p>"
        let declared = "<?xml version=\"1.0\" encoding=\"iso-8859-15\"?>" + page(body: body)
        let latin9 = try read(declared.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        #expect(latin9.paragraphs.first?.text.hasPrefix("Grüße aus Köln") == true)
        let utf16: [UInt8] = [0xFF, 0xFE] + page(body: body).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try read(utf16).paragraphs.first?.text.hasPrefix("Grüße aus Köln") == true)
        let utf8: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(page(head: "<meta charset=\"windows-1252\">", body: body).utf8)
        #expect(try read(utf8).paragraphs.first?.text.hasPrefix("Grüße aus Köln") == true)
    }

    @Test func readsAnUndeclaredPageThatIsNotUTF8AsWindows1252() throws {
        let html = page(body: "<p>The caf\u{E9} reopened, the owner said, after a year in which it was shut.</p>")
        let article = try read(html.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        #expect(article.paragraphs.first?.text.hasPrefix("The café reopened") == true)
    }

    @Test func decodesEntitiesInTextAndTitle() throws {
        let html = page(title: "Fish &amp; chips &#8211; a history", body: "<p>&ldquo;Fish &amp; chips,&rdquo; he said, &#x201C;are here to stay&#x201D;, and so, he added, are the queues.</p>")
        let article = try read(Array(html.utf8))
        #expect(article.title.text == "Fish & chips – a history")
        #expect(article.paragraphs.first?.text == "“Fish & chips,” he said, “are here to stay”, and so, he added, are the queues.")
    }

    @Test func inflatesGzipAndNamesADamagedOrCutDownload() throws {
        let compressed = try gzipped(Array(page().utf8))
        #expect(try read(compressed, name: "page.html.gz").paragraphs.count == 3)
        #expect(throws: ArticleError.self) { try read(Array(compressed.prefix(compressed.count / 2)), name: "page.html.gz") }
        do {
            _ = try read(Array(compressed.prefix(compressed.count / 2)), name: "page.html.gz")
        } catch {
            #expect(error.description.contains("page.html.gz"))
            #expect(error.description.contains("cut short"))
        }
        var damaged = compressed
        for index in 12..<min(40, damaged.count) { damaged[index] ^= 0x5A }
        #expect(throws: ArticleError.self) { try read(damaged, name: "page.html.gz") }
    }

    @Test func namesAPageWithoutArticleTextAndBinaryData() throws {
        #expect(throws: ArticleError.noArticleText(path: "page.html")) {
            try read(Array("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8))
        }
        #expect(throws: ArticleError.binary(path: "page.html")) { try read([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]) }
        #expect(throws: ArticleError.self) { try read(Array(page(head: "<meta charset=\"x-no-such-set\">").utf8)) }
        #expect(throws: ArticleError.empty(path: "page.html")) { try read(Array("  \n ".utf8)) }
    }
}
