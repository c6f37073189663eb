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
        opponents advocates backers delegates demonstrators citizens americans muslims christians
        protestants catholics mexicans immigrants lenders authors audience crowd
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

extension Lexicon {
    /// Nouns for what a speaker wrote or issued ("his report said", "the Kok report", "a
    /// report by Wim Kok"): the words are their author's.
    public static let documentNouns: Set<String> = words(
        """
        statement report reports memo letter study survey book ruling filing complaint document
        documents release website tweet motion paper article column editorial message note email
        order
        """)

    /// Nouns for a business or a club that a definite description uses for the one just named
    /// ("the club" after Manchester United, "the firm" after Nestle).
    public static let companyNouns: Set<String> = words(
        """
        club company firm bank airline carrier retailer insurer lender team
        """)
}
