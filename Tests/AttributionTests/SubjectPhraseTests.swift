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
}
