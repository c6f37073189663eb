import Testing

@testable import Attribution

/// A definite description by a kind of organisation or document and nothing else ("the club",
/// "the statement") means the organisation the article is about, or the issuer of the document
/// it just mentioned.
@Suite struct ImpliedOrganizationTests {
    /// From a BBC report on Malcolm Glazer's bid for Manchester United.
    static let paragraphs = [
        "Manchester United's board has agreed to give US tycoon Malcolm Glazer access to its books.",
        "Earlier this month, Mr Glazer presented the board with detailed proposals on an offer to buy the football club. In a statement, the club said it would allow Mr Glazer \"limited due diligence\" to give him the opportunity to take the proposal on to a formal bid.",
        "Rival local club Manchester City has pleaded with visiting fans not to protest inside its ground when the two teams play a televised match on Sunday.",
        "\"Any board has a responsibility to consider a bona fide offer proposal,\" the club said in its statement. \"The board continues to believe that Mr Glazer's business plan assumptions are aggressive,\" the statement said.",
    ]

    @Test func theClubIsTheOrganisationTheArticleOpensWith() {
        let found = ArticleFixture.attribute(Self.paragraphs)
        #expect(found.map(\.speaker) == ["Manchester United", "Manchester United", "Manchester United"])
    }

    @Test func theStatementIsItsIssuers() {
        let found = ArticleFixture.attribute(Self.paragraphs)
        #expect(found.last?.rule == "quote-speaker-cue")
        #expect(found.last?.speaker == "Manchester United")
    }

    @Test func aPossessiveSaysWhoseStatementItIs() {
        let found = ArticleFixture.attribute([
            "Donald Trump's campaign manager will not be prosecuted, the state attorney said on Thursday.",
            "Lewandowski said in a statement that he was grateful. The campaign's statement then declares \"the matter is now concluded.\"",
        ])
        #expect(found.last?.speaker != "Corey Lewandowski" && found.last?.speaker != "Lewandowski")
    }

    @Test func aSourceThatRelaysADocumentDidNotIssueIt() {
        let found = ArticleFixture.attribute([
            "According to The Guardian, an email was sent from the club's executive director to the club members.",
            "The email said, \"Effective immediately, we are going to begin to wind down the organization.\"",
        ])
        #expect(found.first?.speaker != "The Guardian" && found.first?.speaker != "Guardian")
    }
}
