import Articles
import Testing

@testable import Attribution

/// How the subject phrase of a sentence is read, on sentences taken from real news text.
@Suite struct SubjectPhraseTests {
    @Test func aCapitalisedModifierBeforeARoleStaysInTheSubject() {
        let result = ArticleFixture.attribute([
            "Democratic presidential candidate Bernie Sanders is choosing not to respond to recent Clinton campaign accusations that his backers are waging “profane” and “sexist” attacks on the former secretary of state."
        ])
        #expect(result.map(\.speaker) == ["Bernie Sanders", "Bernie Sanders"])
        #expect(result.first?.rule == "sentence-subject")
    }

    @Test func aTwoWordStateAfterItsTownIsStillTheIntroduction() {
        // From a Breitbart report on the New Hampshire primary.
        let result = ArticleFixture.attribute([
            "Republican presidential candidate Donald Trump is spending the final day of the New Hampshire primary attacking a rival who is far behind him in the polls: former Florida Gov. Jeb Bush.",
            "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
        ])
        #expect(result.first?.speaker == "Donald Trump")
    }

    @Test func aNameAfterOneOpeningWordIsTheSubject() {
        // From a USA Today report on Syrian refugees in Georgia.
        let result = ArticleFixture.attribute([
            "Opponents of allowing Syrian refugees into the U.S. cite concerns that the region is rife with terrorists bent on attacking the United States. Recently, Herman Cain, the pizza maven and former Republican presidential candidate who hosts an Atlanta area radio show, was asked by a caller why young Syrian men are coming to the U.S. as refugees. \"So they can be planted among us and hurt us,\" he said."
        ])
        #expect(result.first?.speaker == "Herman Cain")
    }
}
