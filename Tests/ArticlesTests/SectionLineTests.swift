import Foundation
import Testing
import TestSupport

@testable import Articles

/// Plain text that opens with a section line ("Politics") above the headline, as text copied
/// from a news page often does, and plain text whose first lines only look a little like that.
@Suite struct SectionLineTests {
    /// The letters and digits of `text`, lowercased: a headline compared with the file name made from it.
    private func letters(_ text: some StringProtocol) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }
            .map(Character.init))
    }

    @Test(.enabled(if: SharedData.isPresent, "needs ../shared/eval/quotes/bbc-dev"))
    func readsTheSectionLineOfEveryBBCArticleAsItsKickerAndTopic() throws {
        let files = SharedData.evalSet("bbc-dev")
        #expect(files.count == 40)
        var sections: [String: Int] = [:]
        for url in files {
            // The file names are "bbc-SECTION-HEADLINE-AS-SLUG": the headline is known from the name.
            let parts = url.deletingPathExtension().lastPathComponent.split(separator: "-", maxSplits: 2)
            let section = String(parts[1])
            let article = try ArticleReader.read(fileAt: url)
            let name = url.lastPathComponent
            #expect(letters(article.title.text) == letters(parts[2]), "\(name): title \(article.title.text)")
            #expect(!article.paragraphs.contains { $0.text == article.title.text }, "\(name): headline read as body")
            if ["politics", "sport", "entertainment"].contains(section) {
                #expect(article.kicker == section.capitalized, "\(name)")
                #expect(article.topics == [section.capitalized], "\(name)")
            } else {
                #expect(article.kicker == nil && article.topics.isEmpty, "\(name): \(article.kicker ?? "")")
            }
            if let kicker = article.kicker { sections[kicker, default: 0] += 1 }
        }
        #expect(sections == ["Politics": 12, "Sport": 6, "Entertainment": 6])
    }

    @Test(.enabled(if: SharedData.isPresent, "needs ../shared/eval/quotes"))
    func keepsTheFirstLineAsTheTitleOfEveryPolNeARArticle() throws {
        let files = SharedData.evalSet("polnear-train") + SharedData.evalSet("polnear-dev")
        #expect(files.count >= 900)
        for url in files {
            let source = try String(contentsOf: url, encoding: .utf8)
            let firstLine = source.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
            let article = try ArticleReader.read(fileAt: url)
            #expect(article.kicker == nil && article.topics.isEmpty, "\(url.lastPathComponent)")
            #expect(firstLine.map { $0.trimmingCharacters(in: .whitespaces) } == article.title.text, "\(url.lastPathComponent)")
        }
    }

    @Test func takesALabelAboveAHeadlineAsKickerAndTitleWithExactRanges() throws {
        let text = "Politics\n\nUKIP's secret weapon?\n\nBy any measure, he is a \"winner\".\n"
        let article = try ArticleReader.read(text: text, name: "k", format: .text)
        #expect(article.kicker == "Politics")
        #expect(article.topics == ["Politics"])
        #expect(article.title.text == "UKIP's secret weapon?")
        #expect(article.paragraphs.map(\.text) == ["By any measure, he is a \"winner\"."])
        let scalars = Array(text.unicodeScalars)
        for block in article.textBlocks {
            #expect(String(String.UnicodeScalarView(scalars[block.range.start..<block.range.end])) == block.text)
        }
    }

    @Test func readsALabelAndAHeadlineWithNoBodyAsKickerAndTitle() throws {
        let article = try ArticleReader.read(text: "Sport\n\nMirza shocks Kuznetsova\n", name: "s", format: .text)
        #expect(article.kicker == "Sport" && article.title.text == "Mirza shocks Kuznetsova")
        #expect(article.paragraphs.isEmpty)
    }

    @Test(arguments: [
        // A one-word title over a one-line first paragraph.
        "Obituary\n\nThe painter died on Monday at 92.\n\nShe had lived in the town since 1960.",
        // A title in capitals over a paragraph.
        "STORM WARNING\n\nForecasters expect the sea to rise by a metre, they said.\n\nMore follows.",
        // Four words are a title, even over a line that does not end like a sentence.
        "Screensaver tackles spam websites\n\nNet users are getting the chance to fight back\n\nLycos made it.",
        // A title with sentence punctuation is never a label.
        "In brief.\n\nSpain struggles to form a government\n\nTalks failed again.",
        // A short line over a line too long for a headline.
        "Analysis\n\n" + Array(repeating: "word", count: 30).joined(separator: " ") + "\n\nMore.",
        // Neither a dateline nor page chrome is a section name.
        "2 March 2025\n\nPort reopens after the strike\n\nShips came in.",
        "Share\n\nPort reopens after the strike\n\nShips came in.",
        // A paragraph ends with its full stop inside the closing quote mark.
        "Harbour\n\nShe said it was \u{201C}over for now.\u{201D}\n\nShips came in.",
        // A lowercase fragment is not a section name.
        "and then\n\nThe ferry left without them\n\nIt was late.",
    ])
    func keepsTheFirstLineAsTitleWhenItIsNoSectionLine(text: String) throws {
        let article = try ArticleReader.read(text: text, name: "t", format: .text)
        let firstLine = String(text.prefix { $0 != "\n" })
        #expect(article.title.text == firstLine)
        #expect(article.kicker == nil && article.topics.isEmpty)
    }

    @Test func readsTheSampleArticlesKickersUnchanged() throws {
        let folder = SharedData.packageRoot.appendingPathComponent("articles")
        for url in try ArticleReader.articleFiles(in: folder) where url.pathExtension == "txt" {
            let source = try String(contentsOf: url, encoding: .utf8)
            let lines = source.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
            let article = try ArticleReader.read(fileAt: url)
            #expect(article.kicker == String(lines[0]), "\(url.lastPathComponent)")
            #expect(article.title.text == String(lines[1]), "\(url.lastPathComponent)")
        }
    }
}
