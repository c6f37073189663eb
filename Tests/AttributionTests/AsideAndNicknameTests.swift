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

    @Test func twoAppositivesAfterANameLeaveTheNameSpeaking() {
        // From a BBC report on Manchester United.
        let found = ArticleFixture.attribute([
            "A group of five MPs are calling on the Department of Trade and Industry to block any takeover of the club.",
            "Tony Lloyd, the Manchester Central MP, whose constituency includes the club's Old Trafford ground, has pledged to take the matter \"to Tony Blair if necessary\".",
        ])
        #expect(found.first?.speaker == "Tony Lloyd")
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

/// The shapes the name and paragraph rules read, cut short or doubled: attribution finishes and
/// every quote keeps its place.
@Suite struct ShortAndDoubledShapeTests {
    @Test(arguments: [
        [":", ": \"", ":\"\"", ": \"A\""],
        ["\"A\" B", "A \"B\"", "A. \"B\" C", "\"Bobby\""],
        ["— — —", "A — \"b\" — said", "said — X —", "— \"x,\" said A —"],
        ["of the", "A of the B said", "of the \"x\" said", "Mr. A of the B of the C said \"x\""],
        ["Commission on", "on Debates said", "Alliance to \"x\" said", "The Spaniard", "the Ealing North MP said \"x\""],
        ["\"x\"", "He is here. \"y\"", "De Blasio said \"z\"", "32% of Republican claims \"false\""],
    ])
    func oddShapesAreAttributedWithoutFailing(_ paragraphs: [String]) {
        let article = ArticleFixture.make(paragraphs)
        let annotations = Attributor.attribute(article)
        for quote in annotations.quotes {
            #expect(quote.range.start <= quote.range.end)
            if let id = quote.speakerID { #expect(annotations.speaker(withID: id) != nil) }
        }
    }
}
