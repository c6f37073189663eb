import Articles
import Attribution
import Content
import Foundation
import Testing

/// Every input the fuzzer ever crashed on (Tests/Fixtures/fuzz), run through the same pipeline
/// with the same promises: read or refuse with a message naming the file, every quote pointing
/// at its own text, and annotated Markdown that reads back to the same title and paragraphs.
@Suite struct FuzzRegressionTests {
    /// The saved crash inputs; the first byte picks the reader (even: text, odd: Markdown).
    static let inputs: [URL] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }()

    @Test func thereAreSavedInputs() {
        #expect(!Self.inputs.isEmpty, "Tests/Fixtures/fuzz is empty or missing")
    }

    @Test(arguments: inputs) func pipelineKeepsItsPromises(_ input: URL) throws {
        let bytes = try Data(contentsOf: input)
        let selector = try #require(bytes.first)
        let format: ArticleFormat = selector.isMultiple(of: 2) ? .text : .markdown
        let article: Article
        do {
            article = try ArticleReader.read(data: bytes.dropFirst(), name: "fuzz", format: format, path: "fuzz")
        } catch {
            #expect(error.description.contains("fuzz"))
            return
        }
        let annotations = Attributor.attribute(article)
        for quote in annotations.quotes {
            let block = try #require(
                article.textBlocks.first { $0.range.start <= quote.range.start && quote.range.end <= $0.range.end },
                "quote \(quote.range) lies in no text block")
            let scalars = Array(block.text.unicodeScalars)
            var covered = String.UnicodeScalarView()
            covered.append(contentsOf: scalars[(quote.range.start - block.range.start)..<(quote.range.end - block.range.start)])
            #expect(String(covered) == quote.text)
        }
        let markdown = AnnotatedMarkdown.write(article: article, annotations: annotations)
        let document = try AnnotatedMarkdown.read(markdown, slug: "fuzz", path: "content/fuzz.md")
        #expect(document.title == article.title.text)
        #expect(document.paragraphs == article.paragraphs.map(\.text).filter { !$0.isEmpty })
    }
}
