import Articles
import Testing

@testable import Attribution

/// Cue shapes that name the speaker in an unusual place, on sentences from real news reports.
@Suite struct CueShapeTests {
    @Test func aMannerAdverbMayStandBetweenTheSpeakerAndTheCue() {
        // From a Politico report on the Clinton and Sanders campaigns.
        let result = ArticleFixture.attribute([
            "Hillary Clinton on Monday hit Bernie Sanders on immigration, she hit him on guns, and she claimed that there’s a “growing level of anxiety” in the Vermont senator’s not-quite-so-long-shot campaign for the White House.",
            "Two weeks after Clinton lost her cool on a rope line, jabbing her finger at an activist as she angrily said, “I am so sick of the Sanders campaign lying” about her environmental record, Sanders jabbed at Clinton on that same topic on Monday."
        ])
        #expect(result.last?.speaker == "Hillary Clinton")
        #expect(result.last?.rule == "speaker-cue-quote")
    }

    @Test func aCueOpeningItsSentenceNamesTheSpeakerAfterIt() {
        // From a Breitbart report of mourners of Muhammad Ali.
        let result = ArticleFixture.attribute([
            "The small pink home on Grand Avenue was recently renovated and turned into a museum. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”"
        ])
        #expect(result.first?.speaker == "Dorothy Poynter")
    }

    @Test func aCueWithANameAfterItIntroducesTheQuoteThatFollows() {
        // From a Politico report on the Democratic primary calendar.
        let result = ArticleFixture.attribute([
            "“The delegate math is very daunting for Bernie Sanders,” explained Democratic strategist Simon Rosenberg, president of the New Democrat Network think tank.",
            "Because of how Democrats crafted the primary schedule, explained Rosenberg, “with this thing being over by mid-March — with a compressed calendar and the incumbent president making news all the time — there’s a scenario where it’s hard to see how Hillary gets a lot of TV between now and the convention.”",
        ])
        #expect(result.map(\.speaker) == ["Simon Rosenberg", "Simon Rosenberg"])
    }

    @Test func aNameAfterAnInsertedCueOutranksTheSubjectBeforeIt() {
        // From a USA Today obituary of Nancy Reagan: the historian speaks about her.
        let result = ArticleFixture.attribute([
            "If we remember nothing else about Nancy Reagan, who died Sunday at age 94, it will be that image of a petite woman with the huge eyes.",
            "The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that she was \"one of the most powerful first ladies in the post-World War II era,\" not for her policy influence but for her \"personal influence closely monitoring and at times managing access to the president's decision-making process.\"",
        ])
        #expect(result.map(\.speaker) == ["Carl Anthony", "Carl Anthony"])
    }
}
