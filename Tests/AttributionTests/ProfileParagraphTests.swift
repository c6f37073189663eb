import Testing

@testable import Attribution

/// A profile quotes its subject in paragraphs that open with a quote and carry no cue, with the
/// writer's own sentences between the quotes.
@Suite struct ProfileParagraphTests {
    @Test func aParagraphOpeningWithAQuoteContinuesThePersonTheOneBeforeEndsOn() {
        // From a BBC profile of Dick Morris.
        let found = ArticleFixture.attribute([
            "By any measure, New Yorker Dick Morris is that thing Americans love over everything else - a winner.",
            "So why Britain and why UKIP which, despite its recent EU election successes, is not likely to pull off a sensational victory in the looming general election. On this subject, Morris appears almost evangelical.",
            "\"I was on a cruise in the Mediterranean and, coincidentally, so was UKIP leader Roger Knapman. \"I had just written a piece saying how the English Channel was now wider than the Atlantic which he liked and it went from there\". But what is it about UKIP that particularly attracts him? Many might think it is simply another chance to practice his art, irrespective of the politics. \"I think the greatest threat to democracy in the world is not terrorism but bureaucratism\".",
        ])
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.speaker == "Dick Morris" })
    }

    @Test func aParagraphWithItsOwnCueIsNotContinued() {
        let found = ArticleFixture.attribute([
            "On this subject, Morris appears almost evangelical.",
            "\"It was the least bad outcome,\" Peter Morgan said on Monday.",
        ])
        #expect(found.first?.speaker == "Peter Morgan")
    }

    @Test func anOrganisationTheParagraphEndsOnWithoutItsCueSaysNothing() {
        let found = ArticleFixture.attribute([
            "The figures were published on Monday by the Bank of England.",
            "\"Lending has slowed,\" is how the figures read to most economists, and few expect a change soon.",
        ])
        #expect(found.first?.speaker == nil)
    }
}
