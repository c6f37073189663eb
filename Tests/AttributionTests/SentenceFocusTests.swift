import Articles
import Testing

@testable import Attribution

/// Whom "he" or "she" points to after a sentence that names several people: the one the sentence
/// is about, not one only named in what it reports, on sentences from real news reports.
@Suite struct SentenceFocusTests {
    @Test func theSpeakingSubjectOutranksANameInsideWhatHeSaid() {
        // From a Politico report on the delegates trying to stop Trump at the convention.
        let result = ArticleFixture.attribute([
            "First, they snagged the endorsement of former U.S. Sen. Gordon Humphrey, who told POLITICO he’ll work full-time to help encourage New England delegates to rebel against Trump.",
            "Humphrey, for example, said he’s hopeful that the effort results in John Kasich claiming the nomination, even though many of the drivers of the push backed Cruz during the primary.",
            "“The first thing, obviously, the sine qua non, is to stop Trump on the first ballot,” he said. “Then, I intend to split off lickety-split.”",
        ])
        #expect(result.map(\.speaker) == ["Gordon Humphrey", "Gordon Humphrey"])
    }

    @Test func theSubjectOutranksAReporterNamedInItsParticipleClause() {
        // From a Politico report on Ben Carson's campaign: Robert Costa only reported.
        let result = ArticleFixture.attribute([
            "Ben Carson moved quickly to shut off speculation about a high-level campaign shakeup Wednesday.",
            "“I think the people that I have are spectacular,” Carson said on CNN.",
            "Carson turned the story back on the Post, pointing out that the paper's Robert Costa had reported in June that the Carson campaign was coming apart. He hoped, he said, that the paper would shy away from similar reporting now.",
            "“Apparently not,“ he said. “A leopard doesn’t change its spots.”",
        ])
        #expect(result.map(\.speaker) == ["Ben Carson", "Ben Carson", "Ben Carson"])
    }

    @Test func aSubjectWhoHasSpokenOutranksTheAskerInItsWhenClause() {
        // From a Politico report on Paul Ryan's interview with Jake Tapper.
        let result = ArticleFixture.attribute([
            "House Speaker Paul Ryan on Thursday declared that he cannot currently support Donald Trump, throwing a wrench in the presumptive nominee’s efforts to unify the Republican Party.",
            "“Well, to be perfectly candid with you, I’m just not ready to do that at this point,” Ryan told CNN's Jake Tapper about extending his support to Trump.",
            "Ryan also did not exude confidence when Tapper asked whether Republicans would be able to hold on to the House and Senate in November.",
            "“The one thing I think you can predict in this election is unpredictability,” he said.",
        ])
        #expect(result.map(\.speaker) == ["Paul Ryan", "Paul Ryan"])
    }

    @Test func anAttributionClosingTheSentenceOutranksASubjectWhoSpoke() {
        // From a USA Today report on Ted Cruz's early campaigns: the sentence is Stovall's
        // account of Cruz, who "promises" in it.
        let result = ArticleFixture.attribute([
            "Joining him at some of those early meetings was Robert Stovall, a Republican activist who was campaigning himself for Bexar County tax assessor. Stovall joined Cruz at Tea Party gatherings in sports bars and hamburger joints in and around San Antonio. Around 30 to 70 people would show up to each event, he said.",
            "Cruz electrified the small crowds with impassioned speeches and promises to shake things up in Washington if elected, Stovall said.",
            "\"He was very articulate, smart, well-spoken,\" he said. \"Once he talked to them, they were sold. He's got that kind of dynamic.\"",
        ])
        #expect(result.map(\.speaker) == ["Robert Stovall", "Robert Stovall"])
    }
}
