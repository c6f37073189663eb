import Foundation
import Testing
import TestSupport

@testable import Articles

/// The scalars of `text` inside `range`, to check that ranges point at the right source text.
private func slice(_ text: String, _ range: TextRange) -> String {
    let scalars = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[range.start..<range.end]))
}

@Suite struct ArticleReaderTests {
    @Test(.enabled(if: SharedData.isPresent, "needs ../shared/articles"))
    func readsTheNewsPageLayoutOfTheReferenceArticle() throws {
        let url = SharedData.referenceArticle
        let source = try String(contentsOf: url, encoding: .utf8)
        let article = try ArticleReader.read(fileAt: url)
        #expect(article.name == "sputnik-pakistan-army")
        #expect(article.kicker == "Russia")
        #expect(article.topics == ["Russia"])
        #expect(article.title.text == "Pakistan Army Claims It Backed Imran Khan's Visit to Russia")
        #expect(article.source == "Sputnik")
        #expect(article.standfirst?.text.hasPrefix("The US has made several overtures") == true)
        #expect(article.related == [
            RelatedLink(kicker: "Russia", title: "Pakistan Opens Graft Probe Against Ousted PM Imran Khan Over Sale of Necklace")
        ])
        #expect(!article.paragraphs.contains { $0.text == "Discuss" || $0.text == "Russia" })
        #expect(article.paragraphs.first?.text.hasPrefix("Pakistani Army spokesperson Major General") == true)
        #expect(article.paragraphs.last?.text.hasPrefix("Iftikhar further claimed") == true)
        #expect(article.paragraphs.count == 19)
        for block in article.textBlocks {
            #expect(slice(source, block.range) == block.text)
        }
    }

    @Test(.enabled(if: SharedData.isPresent, "needs ../shared/eval/quotes"))
    func readsEveryEvaluationArticleAsTitleAndParagraphsWithExactRanges() throws {
        let files = SharedData.evalArticles("dev")
        #expect(files.count >= 80)
        for url in files {
            let source = try String(contentsOf: url, encoding: .utf8)
            let article = try ArticleReader.read(fileAt: url)
            let nonBlankLines = source.split(omittingEmptySubsequences: true) { $0 == "\n" }
                .filter { !$0.allSatisfy(\.isWhitespace) }
            #expect(article.textBlocks.count + (article.source == nil ? 0 : 1) + (article.kicker == nil ? 0 : 1)
                + article.related.count * 2 == nonBlankLines.count, "\(url.lastPathComponent)")
            for block in article.textBlocks {
                #expect(slice(source, block.range) == block.text, "\(url.lastPathComponent)")
            }
        }
    }

    @Test func readsPlainTextWithATitleLine() throws {
        let text = "A Title Line Here\n\nFirst paragraph, with “a quote,” she said.\n\nSecond paragraph.\n"
        let article = try ArticleReader.read(text: text, name: "plain", format: .text)
        #expect(article.title.text == "A Title Line Here")
        #expect(article.kicker == nil && article.source == nil && article.standfirst == nil)
        #expect(article.paragraphs.map(\.text) == ["First paragraph, with “a quote,” she said.", "Second paragraph."])
    }

    @Test func keepsOffsetsExactAcrossCRLFAndLoneCRLineEndings() throws {
        for lineBreak in ["\r\n", "\r"] {
            let text = ["Title Of The Piece", "", "Para one “x”.", "Para two."].joined(separator: lineBreak)
            let article = try ArticleReader.read(text: text, name: "crlf", format: .text)
            #expect(article.paragraphs.map(\.text) == ["Para one “x”.", "Para two."])
            for block in article.textBlocks { #expect(slice(text, block.range) == block.text) }
        }
    }

    @Test func readsMarkdownWithFrontMatter() throws {
        let text = """
            ---
            title: "Harbour Strike Ends"
            source: Varnholm Courier
            date: 2025-03-02
            topics: [Harbour, Labour]
            ---

            The strike ended on Monday.
            It had lasted a week.

            “We are back,” a docker said.
            """
        let article = try ArticleReader.read(text: text, name: "strike", format: .markdown)
        #expect(article.title.text == "Harbour Strike Ends")
        #expect(slice(text, article.title.range) == "Harbour Strike Ends")
        #expect(article.source == "Varnholm Courier")
        #expect(article.date == "2025-03-02")
        #expect(article.topics == ["Harbour", "Labour"])
        #expect(article.paragraphs.map(\.text) == ["The strike ended on Monday.\nIt had lasted a week.", "“We are back,” a docker said."])
        #expect(slice(text, article.paragraphs[1].range) == "“We are back,” a docker said.")
    }

    @Test func takesTheMarkdownTitleFromALeadingHeading() throws {
        let article = try ArticleReader.read(text: "# Heading Title\n\nBody.\n", name: "h", format: .markdown)
        #expect(article.title.text == "Heading Title")
        #expect(article.paragraphs.map(\.text) == ["Body."])
    }

    @Test func reportsFrontMatterThatDoesNotParseWithItsLine() {
        let text = "---\ntitle: ok\ntopics: [unclosed\n---\nBody.\n"
        #expect(throws: ArticleError.self) { try ArticleReader.read(text: text, name: "bad", format: .markdown, path: "articles/bad.md") }
        do {
            _ = try ArticleReader.read(text: text, name: "bad", format: .markdown, path: "articles/bad.md")
        } catch {
            #expect(error.description.hasPrefix("articles/bad.md:"))
            if case .frontMatter(_, let line, _) = error { #expect(line != nil) } else { Issue.record("wrong error \(error)") }
        }
    }
}

@Suite struct DateLineTests {
    private func read(dateline: String) throws -> Article {
        let text = "Harbour\n\nKessmouth Dockers Vote to Strike Over the Rota\n\nA stoppage is planned.\nHarbour Wire\n\(dateline)\n\"We are ready,\" she said.\nDiscuss"
        return try ArticleReader.read(text: text, name: "d", format: .text)
    }

    @Test(arguments: [
        ("2 March 2025", "2025-03-02"), ("March 2, 2025", "2025-03-02"), ("Sun 2 Mar 2025 14:32 GMT", "2025-03-02"),
        ("Published 2025-03-02", "2025-03-02"), ("Updated: 14th April 2022", "2022-04-14"), ("Sept. 9, 2016", "2016-09-09"),
    ])
    func readsADatelineUnderTheOutlet(dateline: String, iso: String) throws {
        let article = try read(dateline: dateline)
        #expect(article.date == iso)
        #expect(article.paragraphs.map(\.text) == ["\"We are ready,\" she said."])
    }

    @Test(arguments: ["On 2 March 2025 the port closed.", "31 February 2025", "March 2025", "2 March"])
    func leavesLinesThatAreNotWholeDatesInTheBody(line: String) throws {
        let article = try read(dateline: line)
        #expect(article.date == nil)
        #expect(article.paragraphs.first?.text == line)
    }
}
