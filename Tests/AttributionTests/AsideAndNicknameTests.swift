import Testing

@testable import Attribution

/// Asides between dashes, nicknames in quotation marks and verbs of attack as cues, from
/// sentences in Politico and Washington Post articles.
@Suite struct AsideAndNicknameTests {
    @Test func anAsideBetweenDashesDoesNotHideTheSpeaker() {
        let found = ArticleFixture.attribute([
            "Some average Americans would see their taxes go up under Trump’s plan, according to an analysis by Lily Batchelder, a former Democratic tax aide. The losses would outstrip the gains, said Batchelder.",
            "It’s become a major issue in the campaign, with Hillary Clinton — who’s called for big tax hikes on the rich — lambasting Trump’s plan.",
            "“The kind of plan that Donald has put forth would be trickle-down economics all over again,” she said in the first debate.",
        ])
        #expect(found.first?.speaker == "Hillary Clinton")
    }

    @Test func anUnclosedDashIsNoAside() {
        let found = ArticleFixture.attribute([
            "The vote was close — closer than anyone expected, Mark Warner said: “We won by a whisker.”"
        ])
        #expect(found.first?.speaker == "Mark Warner")
    }

    @Test func aNicknameBetweenTheNamesIsNoQuote() {
        let found = ArticleFixture.attribute([
            "In a tradition he has kept for 40 years, Rep. Robert C. \"Bobby\" Scott threw open his family's sprawling back yard for a Labor Day cookout."
        ])
        #expect(found.count == 1)
        #expect(found.first?.speaker == nil)
        #expect(found.first?.rule == "nickname")
    }

    @Test func aQuotedWordAfterANameIsStillAQuote() {
        let found = ArticleFixture.attribute([
            "Trump called Clinton \"Crooked\" at the rally, and Clinton said \"Enough\" at hers."
        ])
        #expect(found.allSatisfy { $0.rule != "nickname" })
    }

    @Test func aCapitalAfterOfBeforeClaimsIsNoSpeaker() {
        // From a Western Journal article on fact-checking.
        let found = ArticleFixture.attribute([
            "On Monday, PolitiFact announced it will have 18 fact-checkers working during the first presidential debate.",
            "PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims.",
        ])
        #expect(found.allSatisfy { $0.speaker != "Republican" })
    }
}
