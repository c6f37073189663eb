@testable import SitePages
import Testing

@Suite struct QuoteLinkSequenceTests {
    @Test func aQuoteOverParagraphsIsOneQuote() {
        var links = QuoteLinkSequence()
        #expect(links.next(destination: "../people/a/", text: "Alpha") == .mention("a"))
        #expect(links.next(destination: "../people/a/#continues", text: "“First paragraph,") == .quoteStart(0))
        #expect(links.next(destination: "../people/a/", text: "“second paragraph.”") == .quotePiece(0))
        #expect(links.next(destination: "../people/b/", text: "“Another,”") == .quoteStart(1))
        #expect(links.next(destination: "https://example.org/", text: "a page") == .other)
    }

    @Test func aContinuedQuoteMayEndInAPlainSpeakerLinkOrANobodyLink() {
        var links = QuoteLinkSequence()
        #expect(links.next(destination: "../people/a/#continues", text: "“One") == .quoteStart(0))
        #expect(links.next(destination: "../people/a/", text: "two.") == .quotePiece(0))
        #expect(links.next(destination: "../people/a/", text: "Alpha") == .mention("a"))
        #expect(links.next(destination: "#continues", text: "“Scare") == .quoteStart(1))
        #expect(links.next(destination: "#", text: "quote”") == .quotePiece(1))
        #expect(links.next(destination: "#", text: "“Lone”") == .quoteStart(2))
    }

    @Test func aNewQuoteEndsAnOpenOneFromAnotherSpeaker() {
        var links = QuoteLinkSequence()
        #expect(links.next(destination: "../people/a/#continues", text: "“Open") == .quoteStart(0))
        #expect(links.next(destination: "../people/b/", text: "“New”") == .quoteStart(1))
        #expect(links.next(destination: "../people/a/", text: "“Fresh”") == .quoteStart(2))
    }
}
