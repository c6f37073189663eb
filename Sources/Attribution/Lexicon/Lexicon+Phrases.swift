extension Lexicon {
    /// Lowercase words that end a noun phrase when reading a speaker's name or description:
    /// prepositions, conjunctions, verbs and object pronouns ("at" in "said Smith at the rally").
    public static let phraseBreakers: Set<String> = words(
        """
        at in on to from with for by after before during since until about against between into
        through over under as than and or but nor that which who whom whose because if when while
        where whether is was are were be been being has have had do does did will would can could
        should may might must him them us me himself herself themselves itself
        not also then later however meanwhile further still even just only so too very here there
        now today yesterday tonight again once last next this week month year ago earlier
        according upon via per among amid across behind despite toward towards like unlike
        without within
        """)

    /// Lowercase words that a speaker's description may hold ("the Pakistani armed forces
    /// spokesperson") are any words not in `phraseBreakers`; these few signal a plural group, so
    /// "they" can refer back to them.
    public static let pluralHeads: Set<String> = words(
        """
        officials sources aides advisers advisors leaders analysts experts lawyers attorneys
        spokespeople spokesmen critics supporters voters residents witnesses members activists
        organizers protesters operatives insiders republicans democrats lawmakers legislators
        prosecutors commanders soldiers groups organizations organisations people men women
        students teachers doctors workers owners economists researchers scientists officers
        diplomats reporters journalists editors strategists pollsters veterans proponents
        opponents advocates backers
        """)
}

extension Lexicon {
    /// Head nouns of descriptions that stand for an organisation rather than a person.
    public static let organizationHeads: Set<String> = words(
        """
        campaign administration government ministry office department agency police committee group
        groups organization organizations organisation organisations statement report reports
        newspaper paper website site document documents study survey poll memo letter release
        filing complaint lawsuit ruling order tweet post
        """)
}

extension Lexicon {
    /// Words that may open a sentence before its subject ("But Clark said").
    public static let connectives: Set<String> = words("but and so yet also still then now meanwhile however indeed")
}
