import Articles
import Attribution
import CmarkGFM
import Content
import Foundation

/// One fuzz input run through the whole text pipeline, with the invariants every stage promises.
///
/// The first byte picks the reader (even: raw text, odd: Markdown with front matter); the rest
/// are the file's bytes. A broken invariant stops the process with a message, which libFuzzer
/// records as a crash together with the input that caused it.
enum PipelineCheck {
    /// Reads, attributes, writes annotated Markdown, reads it back and renders it.
    static func run(_ input: [UInt8]) {
        guard let selector = input.first else { return }
        let format: ArticleFormat = selector.isMultiple(of: 2) ? .text : .markdown
        let article: Article
        do {
            article = try ArticleReader.read(data: Data(input.dropFirst()), name: "fuzz", format: format, path: "fuzz")
        } catch {
            // A typed refusal is the promised behaviour for bad input; its message must name the file.
            require(error.description.contains("fuzz"), "error message does not name the file: \(error)")
            return
        }
        let annotations = Attributor.attribute(article)
        checkQuotes(annotations, in: article)
        let markdown = AnnotatedMarkdown.write(article: article, annotations: annotations)
        let document: Document
        do {
            document = try AnnotatedMarkdown.read(markdown, slug: "fuzz", path: "content/fuzz.md")
        } catch {
            fail("the writer's own Markdown does not read back: \(error)\n--- markdown ---\n\(markdown)")
        }
        require(document.title == article.title.text, "title changed in the round trip")
        let paragraphs = article.paragraphs.map(\.text).filter { !$0.isEmpty }
        if document.paragraphs != paragraphs {
            let differing = zip(document.paragraphs, paragraphs).first { $0 != $1 }
            fail(
                "paragraphs changed in the round trip: \(paragraphs.count) written, \(document.paragraphs.count) read; "
                    + "first difference: \(differing.map { "\($0.1.debugDescription) → \($0.0.debugDescription)" } ?? "count")")
        }
        _ = CmarkGFM.renderHTML(document.body, options: [], extensions: [])
    }

    /// Every quote lies inside one text block and its text is exactly the scalars it covers.
    private static func checkQuotes(_ annotations: Annotations, in article: Article) {
        let blocks = article.textBlocks
        for quote in annotations.quotes {
            require(quote.range.start <= quote.range.end, "quote range runs backwards: \(quote.range)")
            guard
                let block = blocks.first(where: {
                    $0.range.start <= quote.range.start && quote.range.end <= $0.range.end
                })
            else {
                fail("quote \(quote.range) lies in no text block")
            }
            let scalars = Array(block.text.unicodeScalars)
            let start = quote.range.start - block.range.start
            let end = quote.range.end - block.range.start
            require(end <= scalars.count, "quote \(quote.range) runs past its block")
            var covered = String.UnicodeScalarView()
            covered.append(contentsOf: scalars[start..<end])
            require(String(covered) == quote.text, "quote text differs from the source it points at")
            if let id = quote.speakerID {
                require(annotations.speakers.contains { $0.id == id }, "quote names an unknown speaker \(id)")
            }
        }
    }

    private static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("pipeline invariant broken: " + message + "\n").utf8))
        abort()
    }
}
