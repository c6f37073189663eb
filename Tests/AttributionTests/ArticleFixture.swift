import Articles
import Foundation

@testable import Attribution

/// Builds articles the way the plain-text layout lays them out: title, blank line, paragraphs
/// separated by blank lines, each block with its scalar range in that text.
enum ArticleFixture {
    /// An article with `title` and `paragraphs`.
    static func make(title: String = "Headline", _ paragraphs: [String]) -> Article {
        var offset = 0
        func block(_ text: String) -> TextBlock {
            let length = text.unicodeScalars.count
            defer { offset += length + 2 }
            return TextBlock(text: text, range: TextRange(start: offset, end: offset + length))
        }
        let titleBlock = block(title)
        return Article(name: "fixture", title: titleBlock, paragraphs: paragraphs.map(block))
    }

    /// The attribution of `paragraphs`, as (quote text, speaker name or nil, rule) triples.
    static func attribute(title: String = "Headline", _ paragraphs: [String]) -> [(text: String, speaker: String?, rule: String)] {
        let annotations = Attributor.attribute(make(title: title, paragraphs))
        return annotations.quotes.map { quote in
            (quote.text, quote.speakerID.flatMap { annotations.speaker(withID: $0)?.name }, quote.rule)
        }
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package, or nil when it is absent.
    static let shared: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// The PolNeAR dev split, when `../shared` is there.
    static let polnearDev: URL? = shared.map { $0.appendingPathComponent("eval/quotes/polnear-dev") }
        .flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }

    /// The sample news-page article, when `../shared` is there.
    static let sampleArticle: URL? = shared?.appendingPathComponent("articles/sputnik-pakistan-army.txt")
}
