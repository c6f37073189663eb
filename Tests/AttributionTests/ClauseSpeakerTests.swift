import Articles
import Testing

@testable import Attribution

/// Which speaker a quote belongs to when its sentence has several speakers with cues, on
/// sentences taken from real news text.
@Suite struct ClauseSpeakerTests {
    @Test func aClauseAfterATimeWordHasItsOwnSpeaker() {
        let result = ArticleFixture.attribute([
            "“She did it again and I’ll say it again. It’s misleading to imply that TARP II was an auto bailout bill,” Axelrod tweeted after Clinton argued for the second consecutive debate that “if everyone had voted as he voted, we would not have rescued the auto industry.”"
        ])
        #expect(result.first?.speaker == "Axelrod")
        #expect(result.last?.speaker == "Clinton")
        #expect(result.last?.rule == "speaker-cue-quote")
    }

    @Test func theObjectBeforeAPrepositionalCueIsNoSpeaker() {
        let result = ArticleFixture.attribute([
            "On Wednesday, Clinton bashed Trump’s proposal to ban Muslims from coming into the country. She addressed Muslim-Americans in an email to supporters, saying that “what you’re hearing from Trump and other Republicans is absolutely, unequivocally wrong.”",
            "“Now is the time for all of us to stand up to hateful, dangerous words and deeds,” she said.",
        ])
        #expect(result.map(\.speaker) == ["Clinton", "Clinton"])
    }

    @Test func theSubjectOfAJoinedClauseIsWhomHePointsTo() {
        let result = ArticleFixture.attribute([
            "''I think the trade deals have been a disaster for the people I represent,'' said Mr. Autor.",
            "Some very conservative members of Congress have been sympathetic to free trade arguments in the past, but Representative Brooks, who has welcomed support from the Tea Party, doesn't mince words about where he stands.",
            "''We're going to have to do whatever is necessary to ensure that a foreign country isn't able to successfully attack and destroy significant parts of the economy,'' he said.",
        ])
        #expect(result.last?.speaker == "Brooks")
    }

    @Test func aRelativeClauseCueBelongsToItsAntecedent() {
        let result = ArticleFixture.attribute([
            "On Thursday, Cruz scored his first endorsement from a Senate colleague, from Mike Lee, who declared in the debate spin room, “I’m sending the signal that it’s time to unite.”"
        ])
        #expect(result.first?.speaker == "Mike Lee")
        #expect(result.first?.rule == "speaker-cue-quote")
    }

    @Test func aCapitalAfterAQuantifierBeforeACueWordIsNoSpeaker() {
        // From a Western Journal report on PolitiFact: "so many Republican claims" is what the
        // website cites, so the "he" after it is Sharockman.
        let result = ArticleFixture.attribute([
            "PolitiFact Executive Director Aaron Sharockman responded that the website cites so many Republican claims as inaccurate because they lack significant context.",
            "“We’re not just validating numbers,” he told InsideSources. “We’re trying to provide context and look at the broader picture of how people will interpret that.”",
        ])
        #expect(result.map(\.speaker) == ["Aaron Sharockman", "Aaron Sharockman"])
    }

    @Test func aRelativeClauseAfterADescriptionOfANamedPersonIsThatPersons() {
        // From a Washington Post report on Aung San Suu Kyi's visit, and one on the Chamber of
        // Commerce: the "who" follows a description set off after the name, and a year may
        // stand between it and its verb.
        let result = ArticleFixture.attribute([
            "Obama has had a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said the GOP's most important goal was to make Obama a \"one-term president.\"",
            "\"We think early money sets the terms of the debate, and we're gearing up,\" said Scott Reed, the Chamber's chief political strategist, who added that his organization plans to zero in on local issues \"like folks are running for sheriff.\"",
        ])
        #expect(result.map(\.speaker) == ["McConnell", "Scott Reed", "Scott Reed"])
    }

    @Test func aQuoteWithoutACueBelongsToTheSubjectOfItsClause() {
        let result = ArticleFixture.attribute([
            "Louisiana Gov. Bobby Jindal on Monday signed an order trying to get his state to block the settlement of any Syrian refugee, while Mike Huckabee, the former Arkansas governor, proposed we \"wake up and smell the falafel\" and said House Speaker Paul Ryan should resign if he can't block the refugees' arrival."
        ])
        #expect(result.first?.speaker == "Mike Huckabee")
        #expect(result.first?.rule == "sentence-subject")
    }

    @Test func aPhraseWithItsOwnVerbAfterTheCueIsWhatWasSaid() {
        let result = ArticleFixture.attribute([
            "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very competitive situation in states like Pennsylvania, Maryland and Delaware."
        ])
        #expect(result.first?.speaker == "Manafort")
    }

    @Test func theObjectBeforeAParticipleCueIsNoSpeaker() {
        let result = ArticleFixture.attribute([
            "Bernie Sanders and Hillary Clinton stood face-to-face Thursday and repeated the attacks they have been airing in the media since their last debate a month ago.",
            "Sanders started out their ninth debate saying \"of course\" Clinton has the qualifications to be president.",
        ])
        #expect(result.first?.speaker == "Bernie Sanders")
    }

    @Test func aProgressiveCueIsNoPassive() {
        let result = ArticleFixture.attribute([
            "Hillary Clinton is swinging hard at Bernie Sanders in the opening round of the latest Democratic debate.",
            "Clinton is pointing to a recent interview Sanders did with the editorial board of the New York Daily News.",
            "She is noting the “kind of problems” Sanders had answering questions about breaking up big banks.",
        ])
        #expect(result.first?.speaker == "Hillary Clinton")
        #expect(result.first?.rule == "speaker-cue-quote")
    }

    @Test func aPlaceOrAgeSetOffAfterTheSubjectIsNoSpeaker() {
        let result = ArticleFixture.attribute([
            "Hillary Clinton spent the day in coal country.",
            "Clinton, during a town hall meeting in Columbus, Ohio, said she was \"going to put a lot of coal miners and coal companies out of business,\" while trying to explain her plan to sink $30 billion into Appalachia to rebuild the economy.",
            "Cory James, 22, of Flint, Mich., said he hadn't given up hope that Sanders could pull a convention \"surprise,\" because he could never vote for presumptive nominee Hillary Clinton.",
        ])
        #expect(result.map(\.speaker) == ["Hillary Clinton", "Cory James"])
    }

    @Test func theNameAfterAQuoteSpeaksAcrossSeveralAppositives() {
        let result = ArticleFixture.attribute([
            "“It’s an invasion, in our estimation, of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington event this month."
        ])
        #expect(result.first?.speaker == "Scott Pruitt")
        #expect(result.first?.rule == "quote-speaker-cue")
    }

    @Test func anAgeAndAPlaceAfterTheNameAreAppositives() {
        let result = ArticleFixture.attribute([
            "\"Both Donald Trump and (Texas Sen.) Ted Cruz scare me,\" Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview. \"We need people who will bring people together rather than further alienate everyone.\""
        ])
        #expect(result.map(\.speaker) == ["Harry Bond", "Harry Bond"])
    }

    @Test func aNameItsAppositiveCallsAnOrganisationIsNoHe() {
        // From a New York Times article on Admiral Harry B. Harris Jr.
        let found = ArticleFixture.attribute([
            "Adm. Harry B. Harris Jr. said the comments were meant to tarnish him.",
            "''Some may say an overemphasis on the Japanese background about an American general is a bit unkind,'' Xinhua, the official Chinese news agency, wrote.",
            "''You know, when I am described as a Japanese admiral, it's not very flattering,'' he said.",
        ])
        #expect(found.map(\.speaker) == ["Xinhua", "Harry B. Harris Jr."])
    }
}
