import Testing

@testable import Attribution

/// A bare surname two people of one article share, and names read as something else once.
@Suite struct SharedSurnameTests {
    @Test func aSurnameSharedWithAWifeMeansThePersonTheArticleIsAbout() {
        // From a Washington Post report on Bernie Sanders after the primaries.
        let found = ArticleFixture.attribute([
            "SYRACUSE, N.Y. - The last time Bernie Sanders came to this city, in April, he was flat-out running for president.",
            "The crowd was smaller Friday, just 500 people - but technically, they were not there for Sanders.",
            "But as he ponders his next moves, and the fate of perhaps the biggest donor list in politics, Sanders is facing a challenge almost as steep as a presidential campaign.",
            "On his website, Sanders has already started to make the transition from active presidential candidate to another kind of leader.",
            "And at the urging of his wife, Jane Sanders, he has been talking to his inner circle about launching a grass-roots organization to harness the energy of his supporters.",
            "Sanders's profile in the Senate is expected to increase once he returns to the chamber full time.",
            "\"You got the names of everybody who's here?\" Sanders said. \"Okay, great!\"",
        ])
        #expect(found.map(\.speaker) == ["Bernie Sanders", "Bernie Sanders"])
    }

    @Test func aSurnameMeansThePersonItsOwnParagraphNames() {
        // From a Breitbart live blog of Super Tuesday.
        let found = ArticleFixture.attribute([
            "Hillary Clinton is hoping to win Massachusetts. Hillary Clinton campaigned there on Saturday, and Hillary Clinton's allies have campaigned there all week.",
            "Clinton arrived at the Holy Name gymnasium, a polling place in the city’s West Roxbury neighborhood where he met with Boston Mayor Marty Walsh, one of his wife’s supporters.",
            "Bill Clinton spoke with voters outside the polling location before heading inside with Walsh. At one point, a woman asked for a photo and Clinton said, “as long as we’re not violating any election laws.”",
        ])
        #expect(found.map(\.speaker) == ["Bill Clinton"])
    }

    @Test func aSurnameReadOnceAsAnOrganisationStillNamesThePerson() {
        // From a Washington Post column on Bernie Sanders: "the Sanders claim" is no organisation
        // that "Sanders seemed" could mean, so the "he" after it is Sanders.
        let found = ArticleFixture.attribute([
            "After Tuesday night, Bernie Sanders's infinitesimal chance of winning the Democratic nomination rests on one possibility: that Democratic superdelegates will overturn the will of the voters.",
            "For context: Clinton's lead of nearly 400 pledged delegates is triple the lead Barack Obama had over Clinton when the 2008 primaries ended. Clinton has won 13 of the past 19 Democratic contests, compared with Obama's wins in three of the last 10 in 2008. Clinton has won 15.6 million votes, which is 3.7 million more than Sanders has received. (As for the Sanders claim to have brought new voters to the party, turnout has been lower than it was in 2008.)",
            "Sanders seemed to be of two minds Tuesday night when he delivered a speech alternately defiant and conciliatory.",
            "But he also said that \"we will not allow Donald Trump to become president of the United States,\" and that, in regard to Clinton, \"our fight is to transform this country and to understand that we are in this together.\"",
        ])
        #expect(found.map(\.speaker) == ["Bernie Sanders", "Bernie Sanders"])
    }

    @Test func aConjunctionOpeningTheSentenceIsNoPartOfTheName() {
        // From an AP live blog of the 2016 campaign.
        let found = ArticleFixture.attribute([
            "Neither Clinton nor her allies have been charged with any crime related to her use of a private email system as secretary of state.",
            "Clinton says Trump’s “latest twitter meltdown is unhinged, even for him.”",
        ])
        #expect(found.map(\.speaker) == ["Clinton"])
    }

    @Test func aTitleClosingAnAppositiveLeavesTheNameSpeaking() {
        // From a New York Times report on the Supreme Court vacancy: the comma inside the closing
        // mark ends the appositive, and the quoted book title is nobody's words.
        let found = ArticleFixture.attribute([
            "As Akhil Amar, professor of constitutional law at Yale and author of ''America's Unwritten Constitution,'' put it, ''Senate Republicans should remember that a compromise candidate today may be far better for them than the justice they may get stuck with if the November election does not break their way.''",
        ])
        #expect(found.map(\.speaker) == [nil, "Akhil Amar"])
    }
}
