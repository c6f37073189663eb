import Articles
import Foundation
import Testing

@testable import Attribution

/// The reference article: every direct quote found and attributed as a reader would.
@Suite(.enabled(if: ArticleFixture.sampleArticle != nil, "needs ../shared/articles"))
struct SampleArticleTests {
    private let annotations: Annotations
    private let article: Article

    init() throws {
        article = try ArticleReader.read(fileAt: try #require(ArticleFixture.sampleArticle))
        annotations = Attributor.attribute(article)
    }

    private func speaker(ofQuoteStarting prefix: String) throws -> Speaker? {
        let quote = try #require(annotations.quotes.first { $0.text.hasPrefix(prefix) }, "no quote \(prefix)")
        return quote.speakerID.flatMap { annotations.speaker(withID: $0) }
    }

    @Test func attributesTheQuoteAfterTheSpokespersonDescription() throws {
        let speaker = try #require(try speaker(ofQuoteStarting: "If a demand like that"))
        #expect(speaker.name == "Babar Iftikhar")
        #expect(speaker.id == "babar-iftikhar")
    }

    @Test func resolvesHeRemarkedToIftikhar() throws {
        #expect(try speaker(ofQuoteStarting: "The words used are in front of you")?.name == "Babar Iftikhar")
    }

    @Test func theSpokespersonNamedByCountryLaterIsStillIftikhar() throws {
        // "The Pakistan Army spokesperson" after "Pakistani Army spokesperson Major General Babar Iftikhar".
        #expect(try speaker(ofQuoteStarting: "COAS is neither seeking")?.id == "babar-iftikhar")
    }

    @Test func wordsQuotedInsideAReportedClaimBelongToWhoSaidThem() throws {
        // "Khan has claimed that … Donald Lu summoned Asad Majeed … and warned of “consequences”".
        let lu = try #require(try speaker(ofQuoteStarting: "consequences"))
        #expect(lu.name == "Donald Lu")
        // "his rejection of the BBC news report that cited a meeting between Khan and two “uninvited guests”".
        let bbc = try #require(try speaker(ofQuoteStarting: "uninvited guests"))
        #expect(bbc.name == "BBC")
        #expect(bbc.kind == .organization)
    }

    @Test func attributesOrganisations() throws {
        let pentagon = try #require(try speaker(ofQuoteStarting: "healthy military-to-military relationship"))
        #expect(pentagon.name == "Pentagon")
        #expect(pentagon.kind == .organization)
        let office = try #require(try speaker(ofQuoteStarting: "requisite manoeuvres"))
        #expect(office.name.hasSuffix("Foreign Office"))
        #expect(office.kind == .organization)
        #expect(try speaker(ofQuoteStarting: "diplomatic channels")?.id == office.id)
    }

    @Test func givesSingleQuotesToNobody() {
        #expect(!annotations.quotes.contains { $0.text.contains("War on Terror") && $0.speakerID != nil })
    }

    @Test func keepsRoleAndAliases() throws {
        let iftikhar = try #require(annotations.speaker(withID: "babar-iftikhar"))
        #expect(iftikhar.role == "Pakistani Army spokesperson")
        #expect(iftikhar.aliases.contains("Iftikhar"))
        #expect(iftikhar.kind == .person)
    }

    @Test func findsEveryDoubleQuoteWithExactOffsets() throws {
        let text = try String(contentsOf: try #require(ArticleFixture.sampleArticle), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        #expect(annotations.quotes.count == 19)
        for quote in annotations.quotes {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[quote.range.start..<quote.range.end])
            #expect(String(view) == quote.text)
            #expect(quote.speakerID != nil, "\(quote.text)")
        }
    }
}
