import Testing

@testable import Attribution

/// News copy often introduces a new speaker at the end of a paragraph that is about something
/// else, and quotes them as "he" or "she" in the next one.
@Suite struct IntroducedPersonTests {
    @Test func aPersonIntroducedAtTheEndOfAParagraphIsTheNextHe() {
        // From a Western Journal report on the Clinton campaign and black voters.
        let found = ArticleFixture.attribute([
            "Bryan Anderson largely agreed with McLenny and seemed to think the outreach to black voters was somewhat phony.",
            "“A lot of her attempts to reach out come across as pandering,” he said.",
            "While Obama had a wide array of black artists writing songs about him, that has not been happening for Clinton, which is something that concerns Henry Crespo, president of the Miami-based Florida Democratic Black Caucus.",
            "“No one is writing songs for Hillary. Obama had will.i.am. Hillary has nobody like that,” he said.",
        ])
        #expect(found.map(\.speaker) == ["Bryan Anderson", "Henry Crespo"])
    }

    @Test func aSentenceStillAboutSomeoneIntroducesNobody() {
        // From a Politico report on Paul Ryan and Donald Trump.
        let found = ArticleFixture.attribute([
            "Paul Ryan praised Donald Trump in the interview, saying he should be congratulated for the success of his campaign, but he suggested the reality TV star is no Ronald Reagan or Abraham Lincoln.",
            "“We don’t always nominate a Lincoln and a Reagan every four years, but we hope that our nominee aspires to those kinds of ideals,” he said.",
        ])
        #expect(found.first?.speaker == "Paul Ryan")
    }

    @Test func aPlaceClosingTheParagraphIsNoPerson() {
        let found = ArticleFixture.attribute([
            "Admiral Harry B. Harris Jr. said the Chinese comments were unkind.",
            "The derogatory comments followed weeks of tension over Chinese military construction in the South China Sea.",
            "“I think in a lot of ways the communications have been good,” he said.",
        ])
        #expect(found.first?.speaker == "Harry B. Harris Jr.")
    }
}
