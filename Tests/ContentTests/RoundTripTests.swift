import Articles
import Attribution
import Content
import Foundation
import Testing
import TestSupport

/// Writing annotated Markdown and reading it back gives the same text, quotes and speakers.
@Suite struct RoundTripTests {
    static let goldFiles: [String] = {
        guard SharedData.isPresent,
            let names = try? FileManager.default.contentsOfDirectory(atPath: SharedData.path("eval/quotes/polnear-dev"))
        else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    @Test(.enabled(if: !goldFiles.isEmpty, "needs ../shared/eval/quotes/polnear-dev"))
    func everyGoldArticleRoundTrips() throws {
        var quoteCount = 0
        var mentionCount = 0
        for file in Self.goldFiles {
            let gold = try GoldArticle(textFile: SharedData.path("eval/quotes/polnear-dev/\(file)"))
            let counts = try Self.checkRoundTrip(gold.article, gold.annotations, name: file)
            quoteCount += counts.quotes
            mentionCount += counts.mentions
        }
        #expect(Self.goldFiles.count > 80)
        #expect(quoteCount > 900, "only \(quoteCount) quotes came back")
        #expect(mentionCount > 500, "only \(mentionCount) mentions came back")
    }

    @Test(.enabled(if: SharedData.isPresent, "needs ../shared/articles"))
    func sampleArticleRoundTrips() throws {
        let text = try String(contentsOfFile: SharedData.path("articles/sputnik-pakistan-army.txt"), encoding: .utf8)
        let blocks = GoldArticle.blocks(of: text, separator: "\n")
        let article = Article(
            name: "sputnik-pakistan-army", title: blocks[1], kicker: blocks[0].text, source: blocks[3].text,
            date: "2022-04-14", standfirst: blocks[2], topics: ["Russia", "Pakistan"],
            paragraphs: Array(blocks.dropFirst(4)),
            related: [RelatedLink(kicker: "Russia", title: "Pakistan Opens Graft Probe")])
        let annotations = Self.quotesBetweenMarks(in: article)
        #expect(annotations.quotes.count > 5)
        let counts = try Self.checkRoundTrip(article, annotations, name: "sputnik-pakistan-army")
        #expect(counts.quotes == annotations.quotes.count)
    }

    @Test(.enabled(if: SharedData.isPresent, "needs ../shared/eval/quotes/bbc-dev"))
    func articlesReadWithASectionLineRoundTrip() throws {
        var kickers = 0
        for url in SharedData.evalSet("bbc-dev") {
            let article = try ArticleReader.read(fileAt: url)
            let annotations = Self.quotesBetweenMarks(in: article)
            let counts = try Self.checkRoundTrip(article, annotations, name: url.deletingPathExtension().lastPathComponent)
            #expect(counts.quotes == Self.placedQuotes(annotations.quotes).count)
            if article.kicker != nil { kickers += 1 }
        }
        #expect(kickers == 24)
    }

    @Test func anUnnamedSpeakerIsMarkedAndReadBack() throws {
        var builder = ArticleBuilder(title: "Tory backing for ID cards")
        builder.paragraph(
            "\"It is important to remember that this bill will take a decade to come into full effect,\" a spokesman said. Lib Dem home affairs spokesman Mark Oaten said: \"This has all the signs of Michael Howard overruling colleagues' concerns over ID cards.\""
        )
        builder.quote(
            "It is important to remember that this bill will take a decade to come into full effect,", inParagraph: 0,
            by: "spokesman")
        builder.quote(
            "This has all the signs of Michael Howard overruling colleagues' concerns over ID cards.", inParagraph: 0,
            by: "mark-oaten")
        let spokesman = Speaker(id: "spokesman", name: "spokesman", kind: .person, role: "spokesman", named: false)
        let oaten = Speaker(
            id: "mark-oaten", name: "Mark Oaten", kind: .person, role: "Lib Dem home affairs spokesman", aliases: ["Oaten"])
        let article = builder.article
        let annotations = Annotations(quotes: builder.quotes, speakers: [spokesman, oaten])
        let markdown = AnnotatedMarkdown.write(article: article, annotations: annotations)
        // Only the unnamed speaker carries the flag, so the entries of named speakers read as before.
        #expect(markdown.contains("spokesman: {name: \"spokesman\", kind: person, role: \"spokesman\", named: false}"))
        #expect(
            markdown.contains(
                "mark-oaten: {name: \"Mark Oaten\", kind: person, role: \"Lib Dem home affairs spokesman\", aliases: [\"Oaten\"]}"
            ))
        let document = try AnnotatedMarkdown.read(markdown, slug: "test", path: "content/test.md")
        #expect(document.speakers == [spokesman, oaten])
    }

    // MARK: - Checking

    /// Writes, reads back and compares; returns how many quotes and mentions came back.
    static func checkRoundTrip(_ article: Article, _ annotations: Annotations, name: String) throws -> (
        quotes: Int, mentions: Int
    ) {
        let markdown = AnnotatedMarkdown.write(article: article, annotations: annotations)
        #expect(
            markdown == AnnotatedMarkdown.write(article: article, annotations: annotations),
            "\(name): not deterministic")
        let document = try AnnotatedMarkdown.read(markdown, slug: name, path: "content/\(name).md")
        #expect(document.title == article.title.text, "\(name): title")
        #expect(document.standfirst == article.standfirst?.text, "\(name): standfirst")
        #expect(document.kicker == article.kicker)
        #expect(document.source == article.source)
        #expect(document.date == article.date)
        #expect(document.topics == article.topics)
        #expect(document.related == article.related)
        #expect(document.paragraphs == article.paragraphs.map(\.text), "\(name): paragraphs")
        #expect(document.speakers == annotations.speakers, "\(name): speakers")
        let expected = placedQuotes(annotations.quotes)
        #expect(document.quotes.map(\.text) == expected.map(\.text), "\(name): quote texts")
        #expect(document.quotes.map(\.speakerID) == expected.map(\.speakerID), "\(name): quote speakers")
        #expect(document.quotes.map(\.index) == Array(0..<document.quotes.count))
        for mention in document.mentions {
            let source = annotations.quotes.contains {
                $0.speakerID == mention.speakerID && $0.mention?.text == mention.text
            }
            #expect(source, "\(name): mention \(mention.text) → \(mention.speakerID) is not in the annotations")
        }
        return (document.quotes.count, document.mentions.count)
    }

    /// The quotes the writer can place: in order, leaving out any that overlaps an earlier one.
    static func placedQuotes(_ quotes: [Quote]) -> [Quote] {
        var placed: [Quote] = []
        for quote in quotes.sorted(by: { $0.range < $1.range }) {
            if let last = placed.last, last.range.end > quote.range.start { continue }
            placed.append(quote)
        }
        return placed
    }

    /// Quotes between double marks in each block, attributed in turn to a speaker and to nobody.
    static func quotesBetweenMarks(in article: Article) -> Annotations {
        let speaker = Speaker(
            id: "babar-iftikhar", name: "Babar Iftikhar", kind: .person, role: "Pakistani Army spokesperson",
            aliases: ["Iftikhar"])
        var quotes: [Quote] = []
        for block in article.textBlocks {
            let scalars = Array(block.text.unicodeScalars)
            var open: Int?
            for (index, scalar) in scalars.enumerated()
            where scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" {
                if let start = open, scalar != "\u{201C}" {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[(start + 1)..<index])
                    let range = TextRange(start: block.range.start + start + 1, end: block.range.start + index)
                    quotes.append(
                        Quote(
                            range: range, text: String(view),
                            speakerID: quotes.count.isMultiple(of: 2) ? speaker.id : nil, confidence: 1, rule: "marks"))
                    open = nil
                } else if scalar != "\u{201D}" {
                    open = index
                }
            }
        }
        return Annotations(quotes: quotes, speakers: [speaker])
    }
}
