import Testing

@testable import Attribution

/// A heading run into its paragraph before a colon is no speaker, where a speaker label before a
/// colon is.
@Suite struct RunInHeadingTests {
    @Test func aRunInHeadingNamesNoSpeaker() {
        // From a New York Times article on the record of the United Nations.
        let found = ArticleFixture.attribute([
            "Veto Power Impedes Peace Efforts: Eliminating \"the scourge of war\" is one of the original goals of the United Nations, and the Security Council is the arm of the organization with the mandate, and the tools, to prevent and end conflict."
        ])
        #expect(found.count == 1)
        #expect(found.first?.speaker == nil)
    }

    @Test func aSpeakerLabelStillSpeaks() {
        let found = ArticleFixture.attribute([
            "Rep. Trey Gowdy (R-S.C.): \"We have interviewed more than 70 witnesses.\""
        ])
        #expect(found.first?.speaker == "Trey Gowdy")
    }
}
