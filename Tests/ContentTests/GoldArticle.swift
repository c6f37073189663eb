import Articles
import Attribution
import Foundation

/// A real article with real annotations, built from an evaluation text and its hand-made gold.
///
/// The text is split into blocks on blank lines (or on every line break, for the news-page
/// layout); the first block is the title. Gold quotes become `Quote`s with the gold speaker's
/// slug, unattributed gold quotes become quotes attributed to nobody, and each gold source span
/// becomes the quote's mention.
struct GoldArticle {
    var article: Article
    var annotations: Annotations

    /// Splits `text` into blocks with their scalar ranges.
    static func blocks(of text: String, separator: String) -> [TextBlock] {
        let scalars = Array(text.unicodeScalars)
        let separatorScalars = Array(separator.unicodeScalars)
        var blocks: [TextBlock] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            var first = start
            var last = end
            while first < last, scalars[first] == "\n" { first += 1 }
            while last > first, scalars[last - 1] == "\n" { last -= 1 }
            if first < last {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[first..<last])
                blocks.append(TextBlock(text: String(view), range: TextRange(start: first, end: last)))
            }
        }
        while index < scalars.count {
            if scalars[index...].starts(with: separatorScalars) {
                close(at: index)
                index += separatorScalars.count
                start = index
            } else {
                index += 1
            }
        }
        close(at: scalars.count)
        return blocks
    }

    /// The article and gold annotations for `NAME.txt` and `NAME.gold.json`.
    init(textFile: String) throws {
        let text = try String(contentsOfFile: textFile, encoding: .utf8)
        let goldFile = textFile.replacingOccurrences(of: ".txt", with: ".gold.json")
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: URL(fileURLWithPath: goldFile)))
        let blocks = Self.blocks(of: text, separator: "\n\n")
        let name = URL(fileURLWithPath: textFile).deletingPathExtension().lastPathComponent
        article = Article(name: name, title: blocks[0], source: "PolNeAR", paragraphs: Array(blocks.dropFirst()))
        var speakers: [Speaker] = []
        var quotes: [Quote] = []
        for quote in gold.quotes {
            let id = quote.entity.map(Slug.make)
            if let id, let name = quote.entity, !speakers.contains(where: { $0.id == id }) {
                speakers.append(Speaker(id: id, name: name, kind: .person, aliases: [name]))
            }
            let mention = quote.sources.first.map {
                Mention(range: TextRange(start: $0.start, end: $0.end), text: $0.text)
            }
            quotes.append(
                Quote(
                    range: TextRange(start: quote.start, end: quote.end), text: quote.text, speakerID: id,
                    mention: id == nil ? nil : mention, cue: quote.cue, confidence: 1, rule: "gold"))
        }
        for span in gold.unattributed {
            quotes.append(
                Quote(
                    range: TextRange(start: span.start, end: span.end), text: span.text, speakerID: nil, confidence: 1,
                    rule: "gold"))
        }
        annotations = Annotations(quotes: quotes.sorted { $0.range < $1.range }, speakers: speakers)
    }

    /// The parts of a gold file this test reads.
    private struct Gold: Decodable {
        struct Span: Decodable {
            var start: Int
            var end: Int
            var text: String
        }
        struct GoldQuote: Decodable {
            var start: Int
            var end: Int
            var text: String
            var sources: [Span]
            var entity: String?
            var cue: String?
        }
        var quotes: [GoldQuote]
        var unattributed: [Span]
    }
}
