import Testing

@testable import Attribution

/// A title written before a full name ("Home Secretary David Blunkett") is that person's role,
/// so a later description by the title ("the home secretary") is them, even where the full name
/// itself never speaks.
@Suite struct TitledNameTests {
    @Test func theTitleBeforeAFullNameReachesTheDescriptionByIt() {
        // From a BBC report on Tony Blair and David Blunkett's trip to Sheffield.
        let found = ArticleFixture.attribute([
            "Tony Blair is to join Home Secretary David Blunkett in a visit to Sheffield on Thursday.",
            "Mr Howard said Mr Blunkett had complained he had inherited a \"giant mess\" when he took over at the Home Office from Jack Straw, now foreign secretary.",
            "The home secretary has already admitted he was wrong to give the two first class tickets, given to him as an MP, to Mrs Quinn and has since paid the £180 back. He has apologised for \"a genuine mistake\" and says he will write to the watchdog to answer further questions.",
        ])
        #expect(found.last?.speaker == "David Blunkett")
    }

    @Test func aDescriptionByAnotherTitleStaysADescription() {
        let found = ArticleFixture.attribute([
            "Tony Blair is to join Home Secretary David Blunkett in a visit to Sheffield on Thursday.",
            "Mr Blunkett said he had inherited a \"giant mess\" at the Home Office.",
            "The foreign secretary said the visit was \"long planned\" and would go ahead.",
        ])
        #expect(found.last?.speaker == "foreign secretary")
    }

    @Test func aWordForHowLongSomeoneHeldTheOfficeNamesNoOtherOffice() {
        // From an AFP report on the 2016 Democratic convention.
        let found = ArticleFixture.attribute([
            "Philadelphia (AFP) – US President Barack Obama will spearhead a Democratic effort to paint Donald Trump as unfit to be commander-in-chief Wednesday.",
            "Obama, acting as a character reference for his former primary foe and secretary of state, will make the case to Democrats gathered in Philadelphia for their national convention that Clinton is uniquely qualified to be president.",
            "“Nothing truly prepares you for the demands of the Oval Office,” the two-term president will say, according to excerpts of his speech released by the White House.",
        ])
        #expect(found.first?.speaker == "Barack Obama")
    }

    @Test func aFormerTitleKeepsItsTenure() {
        // From the Sputnik sample article.
        let annotations = Attributor.attribute(ArticleFixture.make([
            "Pakistani Army spokesperson Major General Babar Iftikhar on Thursday said that the country's armed forces fully supported former Prime Minister Imran Khan's visit to Russia on 23-24 February.",
            "Khan has claimed that the US was behind the conspiracy, saying he had been punished for an \"independent foreign policy\".",
        ]))
        #expect(annotations.speakers.first { $0.name == "Imran Khan" }?.role == "former Prime Minister")
    }

    @Test func aDescriptionNamingTheOfficeInFullMeansTheHolderOfItsAbbreviatedTitle() {
        // From a Washington Post report on Ted Cruz's record: "Gov." holds the office "the New
        // Jersey governor" names.
        let result = ArticleFixture.attribute([
            "New Jersey Gov. Chris Christie accused Cruz of opposing the NSA's bulk collection of metadata for political, not philosophical, reasons. \"He went for the easy political vote at a time when it looked like it was a popular thing to do,\" the New Jersey governor said."
        ])
        #expect(result.first?.speaker == "Chris Christie")
    }

    @Test func anAbbreviatedTitleMakesNoSoleHolderOfAnotherSeat() {
        // From a Breitbart report on the New Hampshire primary: the Vermont senator is not
        // "Republican Sen. John McCain", the only senator the article titles.
        let result = ArticleFixture.attribute([
            "Republican Sen. John McCain says the “loose talk” in the presidential campaign about reviving waterboarding and other interrogation methods skips over the fact that the technique failed to obtain lifesaving intelligence.",
            "Instead, the Vermont senator is sticking to his campaign message, hoping to avoid any misstep that could undermine his sizeable New Hampshire lead just a day before voters head to the polls.",
            "“We have come a long way in the last nine months,” he told cheering supporters in Nashua, N.H. on Monday morning.",
        ])
        #expect(result.last?.speaker != "John McCain")
    }

    @Test func aBareTitleDoesNotReachAnAbbreviatedTitleNamedEarlier() {
        // From a Washington Post report on the New Hampshire primary: "the senator" is Rubio,
        // whom the paragraph is about, not "Sen. Bernie Sanders".
        let result = ArticleFixture.attribute([
            "In the Democratic race, Sen. Bernie Sanders maintained his double-digit lead over former secretary of state Hillary Clinton.",
            "Rubio sought to stoke positive energy as he stopped by his campaign headquarters in Manchester to give a pep talk to volunteers. Walking into the office to chants of \"Marco! Marco!,\" the senator said his campaign here was \"closing really strong.\"",
        ])
        #expect(result.last?.speaker != "Bernie Sanders")
    }
}
