import Articles
import Foundation
import Testing

@testable import Attribution

/// The machine-readable extraction: its fields, its offsets and its JSON.
@Suite struct ExtractionReportTests {
    private let title = "Army backs visit"
    private let first =
        "Pakistani Army spokesperson Major General Babar Iftikhar on Thursday said that the army backed the visit."

    private func report() -> ExtractionReport {
        let article = ArticleFixture.make(
            title: title,
            [first, "\"We told the government that the PM should go ahead with the visit,\" Iftikhar said."])
        return ExtractionReport(article: article, annotations: Attributor.attribute(article))
    }

    @Test func quotesCarryFileOffsetsSpeakerAndMention() throws {
        let quote = try #require(report().quotes.first)
        #expect(quote.text == "We told the government that the PM should go ahead with the visit,")
        // Title, blank line, first paragraph, blank line, then the opening mark.
        #expect(quote.start == title.unicodeScalars.count + 2 + first.unicodeScalars.count + 2 + 1)
        #expect(quote.end == quote.start + quote.text.unicodeScalars.count)
        #expect(quote.speaker == "Babar Iftikhar")
        #expect(quote.speakerId == "babar-iftikhar")
        #expect(quote.mention?.text == "Iftikhar")
        #expect(quote.cue == "said")
    }

    @Test func directJSONDecodesToTheSameReportWithSortedKeys() throws {
        let report = report()
        let bytes = report.jsonBytes()
        #expect(try JSONDecoder().decode(ExtractionReport.self, from: Data(bytes)) == report)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let viaEncoder = try JSONSerialization.jsonObject(with: encoder.encode(report)) as? NSDictionary
        let direct = try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary
        #expect(viaEncoder == direct)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\"quotes\":[{\"confidence\":"))
        #expect(text.contains("\"source\":null"))
    }

    @Test func speakersSayWhetherTheyAreNamed() throws {
        let article = ArticleFixture.make([
            "\"It is important to remember that this bill will take a decade to come into full effect,\" a spokesman said.",
            "\"We told the government that the PM should go ahead with the visit,\" Babar Iftikhar said.",
        ])
        let report = ExtractionReport(article: article, annotations: Attributor.attribute(article))
        let named = Dictionary(uniqueKeysWithValues: report.speakers.map { ($0.name, $0.named) })
        #expect(named == ["spokesman": false, "Babar Iftikhar": true])
        let text = String(decoding: report.jsonBytes(), as: UTF8.self)
        #expect(text.contains("\"name\":\"spokesman\",\"named\":false,"))
        #expect(text.contains("\"name\":\"Babar Iftikhar\",\"named\":true,"))
    }

    @Test func escapesControlCharactersAndQuotes() throws {
        var report = report()
        report.title = "A \"quoted\"\ttitle\u{1}"
        let decoded = try JSONDecoder().decode(ExtractionReport.self, from: Data(report.jsonBytes()))
        #expect(decoded.title == report.title)
    }
}
