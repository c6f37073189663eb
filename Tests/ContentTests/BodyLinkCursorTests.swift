import Articles
import Attribution
import CmarkGFM
import Content
import Testing

/// Rendering the body with wrapped links meets every quote in order, pieces included.
@Suite struct BodyLinkCursorTests {
    @Test func everyBodyQuoteIsMetOnceInOrder() throws {
        let title = "Khan: “We will not bow”"
        var builder = ArticleBuilder(title: title)
        builder.paragraph("[Khan] said: “We will build the line.")
        builder.paragraph("“It will take years,” he said. A “scare” quote.")
        builder.paragraph("Crowds chanted “Lock her up! “Now!”")
        builder.paragraph("Visit www.example.org, said Khan, and “<b>this</b>,” he added.")
        builder.quote(from: "We will build", inParagraph: 0, to: "years,", inParagraph: 1, by: "imran-khan")
        builder.quote("scare", inParagraph: 1, by: nil)
        builder.quote("Lock her up! “Now!”", inParagraph: 2, by: "crowd")
        builder.quote("<b>this</b>,", inParagraph: 3, by: "imran-khan", mention: "Khan")
        var quotes = builder.quotes
        quotes.append(
            Quote(
                range: TextRange(start: 7, end: 22), text: "We will not bow", speakerID: "imran-khan", confidence: 1,
                rule: "test"))
        let speakers = [
            Speaker(id: "imran-khan", name: "Imran Khan", kind: .person),
            Speaker(id: "crowd", name: "Crowd", kind: .organization),
        ]
        let markdown = AnnotatedMarkdown.write(
            article: builder.article, annotations: Annotations(quotes: quotes, speakers: speakers))
        let document = try AnnotatedMarkdown.read(markdown, slug: "cursor", path: "cursor.md")
        #expect(document.quotes.count == 5)

        var cursor = BodyLinkCursor(document: document)
        var met: [String] = []
        let html = CmarkGFM.renderHTML(document.body, extensions: [.autolink, .strikethrough, .table]) { link in
            switch cursor.next(destination: link.destination, text: link.text) {
            case .quote(let quote, let isLastPiece):
                met.append("\(quote.index)\(isLastPiece ? "" : "+")")
                return LinkWrapper(open: "<q data-i=\"\(quote.index)\">", close: "</q>")
            case .mention(let id):
                met.append("@\(id)")
                return LinkWrapper(open: "<cite>", close: "</cite>")
            case nil:
                return nil
            }
        }
        #expect(met == ["1+", "1", "2", "3", "@imran-khan", "4"])
        #expect(html.contains("<q data-i=\"3\">“Lock her up! “Now!”</q>"))
        #expect(html.contains("<q data-i=\"4\">“&lt;b&gt;this&lt;/b&gt;,”</q>"))
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("people/"))
    }
}
