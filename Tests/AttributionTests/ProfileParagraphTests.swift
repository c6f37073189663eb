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

    @Test func aQuoteSentenceAfterASentenceAboutAPersonIsTheirs() {
        let found = ArticleFixture.attribute([
            "By any measure, New Yorker Dick Morris is that thing Americans love over everything else - a winner.",
            "So he is out to help UKIP take Britain out of this organisation. And he is scathing of the Tory party which he also appears to believe is unreformable. \"The Tory party is schizophrenic about Europe.\"",
        ])
        #expect(found.first?.speaker == "Dick Morris")
        #expect(found.first?.rule == "previous-subject")
    }

    @Test func aQuoteSentenceAfterASentenceAboutAThingHasNoSpeaker() {
        let found = ArticleFixture.attribute([
            "By any measure, New Yorker Dick Morris is that thing Americans love over everything else - a winner.",
            "The internet was a decisive factor in the 2004 presidential election. \"Anything can happen in the next general election.\"",
        ])
        #expect(found.first?.rule != "previous-subject")
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

/// Interview answers whose speaker label the copy lost open with a colon.
@Suite struct InterviewAnswerTests {
    // From a BBC interview with Bob Marley's former head of press.
    private let lead = [
        "To mark the 60th anniversary of the birth of reggae star Bob Marley, Rob Partridge - Marley's former head of press at Island Records - remembers the man behind the legend.",
        "Partridge worked with Marley from 1977 until the Jamaican musician's death in 1981.",
    ]

    @Test func answersBelongToThePersonIntroducedBeforeThem() {
        let found = ArticleFixture.attribute(lead + [
            ": \"I joined Island Records in 1977 and the first week I was there I worked on his show at the Rainbow Theatre.\"",
            ": The album Exodus came out in 1977 and that provided five hits and confirmed his global superstar status. \"By 1979 he was the biggest touring attraction in the world.\"",
        ])
        #expect(found.map(\.speaker) == ["Rob Partridge", "Rob Partridge"])
        #expect(found.map(\.rule) == ["answer", "answer"])
    }

    @Test func theAnswerSpeakerWinsOverASentenceAboutSomeoneElse() {
        let found = ArticleFixture.attribute(lead + [
            ": Well 1981 was to be the year he toured Africa with Stevie Wonder. Bob Marley had only performed in Zimbabwe and Guinea before. \"Of course the 1981 tour never happened.\"",
        ])
        #expect(found.first?.speaker == "Rob Partridge")
    }

    @Test func aCueInTheAnswerStillDecides() {
        let found = ArticleFixture.attribute(lead + [
            ": Marley's producer Chris Blackwell said: \"He was a very driven individual.\"",
        ])
        #expect(found.first?.speaker == "Chris Blackwell")
    }

    @Test func withoutAPersonBeforeTheFirstAnswerNobodyIsGuessed() {
        let found = ArticleFixture.attribute([
            "The album Exodus came out in 1977.",
            "It provided five hits.",
            ": \"By 1979 he was the biggest touring attraction in the world.\"",
        ])
        #expect(found.first?.speaker == nil)
    }
}
