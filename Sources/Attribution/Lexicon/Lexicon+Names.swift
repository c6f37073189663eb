extension Lexicon {
    /// Titles and honorifics that come before a name and are not part of it ("Major General",
    /// "Sen.", "Prime Minister"). The role they spell is kept; the canonical name drops them.
    public static let titles: Set<String> = words(
        """
        mr mrs ms miss mx messrs dr prof professor sen senator rep representative congressman
        congresswoman president vice gov governor lt lieutenant col colonel gen general maj major
        capt captain sgt sergeant adm admiral cmdr commander secretary prime minister pm sir dame
        lord lady rev reverend hon honorable mayor speaker judge justice chief chairman chairwoman
        chair ambassador attorney sheriff pope king queen prince princess sheikh dr. former
        ex-president ex-pm deputy assistant acting field marshal brig brigadier pastor father
        bishop cardinal rabbi imam ayatollah chancellor premier candidate nominee leader director
        commissioner officer detective superintendent inspector coach state foreign defense
        defence interior finance house senate gop democratic republican democrat sens reps govs
        del mp mps msp mep
        """)

    /// The offices that abbreviated titles stand for ("Sen." → "senator"), so a role written with
    /// the abbreviation holds the office a description names in full.
    public static let titleAbbreviations: [String: [String]] = [
        "sen": ["senator"], "gov": ["governor"], "rep": ["representative", "congressman", "congresswoman"],
        "sec": ["secretary"], "pres": ["president"], "amb": ["ambassador"], "supt": ["superintendent"],
    ]

    /// Titles that name an office and are never a surname, so a run of capitals ending in one is
    /// a description of the office holder ("the Ealing North MP", "the Home Secretary"), not a name.
    public static let officeTitles: Set<String> = words(
        """
        mp msp mep secretary minister governor senator congressman congresswoman representative
        president chairman chairwoman director commissioner ambassador mayor leader premier
        chancellor candidate nominee superintendent spokesman spokeswoman spokesperson
        """)

    /// Letters after a name that are no part of it ("Ian MacDonald QC", "Stephen Pound MP").
    public static let postNominals: Set<String> = words("qc kc mp msp mep obe mbe cbe")

    /// The titles that only address a person ("Mr", "Dr", "Professor"): they say nothing of the
    /// person's role, so a role never starts with them.
    public static let honorifics: Set<String> = words(
        """
        mr mrs ms miss mx messrs dr prof professor sir dame
        """)

    /// Capitalised words that start sentences or dates but never begin a name ("The", "But", "Thursday").
    public static let notNames: Set<String> = words(
        """
        the a an and but or nor so yet for if when while as at in on of to by from with without
        after before during since until about against between into through over under this that
        these those there here then thus however meanwhile moreover also still even now today
        yesterday tomorrow tonight he she it they we i you his her its their our my your him them
        us me who whom whose which what where why how all some many most more much several few
        both each every no not one two three four five six seven eight nine ten first second third
        last next other another such only just because although though unless whether once
        monday tuesday wednesday thursday friday saturday sunday january february march april may
        june july august september october november december mon tue wed thu fri sat sun jan feb
        mar apr jun jul aug sep sept oct nov dec read watch follow click see photo image getty
        instagram twitter facebook video update updated editor note related advertisement
        according asked says said told added is was are were has have had do does did will would
        can could should must may might let yes no okay ok please thank thanks dear
        """)

    /// Words that make a capitalised name an organisation rather than a person
    /// ("Foreign Office", "Justice Department", "Inter-Services Public Relations").
    public static let organizationWords: Set<String> = words(
        """
        railway railways airline airlines airways office ministry department army navy air force
        forces party committee campaign council agency commission court police university
        college institute institution foundation association union bank company corp corporation
        inc ltd llc group network service services administration government congress senate
        house assembly parliament kremlin times post news journal tribune herald gazette press
        reuters associated bureau fbi cia board club league federation center centre
        organization organisation fund trust coalition alliance movement church school hospital
        team staff caucus cabinet embassy relations affairs authority secretariat command guard
        guards republicans democrats gop nato un eu who opec isis taliban hamas hezbollah media
        magazine channel radio television tv broadcasting studios bbc cnn nbc abc cbs fox msnbc
        npr pbs ap afp daily weekly poll polls lab labs nypd watch united action pac pacs
        initiative project society review
        """)

    /// Nouns for people who speak in a role ("spokesperson", "official", "source"); a mention
    /// whose head is one of these is nominal and resolves to the entity that holds the role.
    public static let roleNouns: Set<String> = demonymNouns.union(words(
        """
        spokesperson spokesman spokeswoman spokespeople spokesmen official officials source
        sources aide aides adviser advisers advisor advisors minister president secretary leader
        leaders chief director chairman chairwoman chair general officer officers analyst
        analysts expert experts lawyer lawyers attorney attorneys governor senator
        representative congressman congresswoman mayor candidate nominee ambassador diplomat
        diplomats envoy spokesperson statement report reports memo letter ceo founder executive
        manager strategist strategists pollster pollsters economist economists professor
        researcher researchers scientist scientists author authors editor editors reporter
        reporters journalist journalists columnist critic critics supporter supporters voter voters
        resident residents witness witnesses member members activist activists organizer
        organizers campaign administration government ministry office department agency police
        man woman men women person people friend friends father mother son daughter wife husband
        brother sister family neighbor neighbour student students teacher teachers doctor
        doctors worker workers owner owners host hosts moderator aide veteran veterans protester
        protesters operative operatives insider insiders republicans democrats republican
        democrat lawmaker lawmakers legislator legislators judge justice prosecutor prosecutors
        commander commanders soldier soldiers group groups organization organizations
        organisations study survey poll tweet post newspaper paper website site document
        documents statement filing complaint lawsuit ruling order release speaker businessman
        businesswoman billionaire mogul host anchor commentator pundit blogger writer historian
        biographer consultant operative surrogate delegate delegates superdelegate donor donors
        fan fans attendee attendees audience crowd user users tweeter poster resident citizen
        citizens american americans voter mom dad parent parents child children kid kids teen
        boy girl guy lady gentleman colleague colleagues partner partners ally allies rival
        rivals opponent opponents challenger incumbent contender frontrunner front-runner
        governor-elect mayor-elect president-elect chairwoman treasurer secretary-general envoy
        counsel adviser advisor aide staffer staffers employee employees official spokesperson
        representative rep senator judge lawyer nominee candidate winner actor actress singer
        player striker forward midfielder defender goalkeeper captain boss musician artist producer
        champion coach
        """))

    /// Words that say when or how high someone holds an office ("the former secretary", "a
    /// senior adviser"), not which office it is.
    public static let tenureWords: Set<String> = words(
        """
        former late new current then outgoing incoming acting interim longtime longstanding top senior
        junior chief deputy assistant principal
        """)

    /// Words that start a descriptive noun phrase ("the", "a", "his").
    public static let determiners: Set<String> = words(
        """
        the a an one another his her its their our this that these those some two three four
        five several many other both each every any no
        """)

    /// Pronouns that can name a speaker, with whether they refer to a person.
    public static let personPronouns: Set<String> = words("he she")
    /// Pronouns that refer to organisations or groups.
    public static let groupPronouns: Set<String> = words("they it")
}

extension Lexicon {
    /// Short forms whose dot does not end a sentence ("Mr.", "Gen.", "Inc.").
    public static let abbreviations: Set<String> = words(
        """
        mr mrs ms dr prof sen rep gov gen maj lt col capt sgt adm cmdr rev hon st jr sr inc corp co
        ltd vs messrs brig pres sec atty dept mt ft no sens reps govs gens u.s u.k u.n d.c a.m p.m
        e.g i.e etc jan feb mar apr jun jul aug sep sept oct nov dec calif fla tex ariz ill mass
        mich penn conn colo wash wis minn okla ore tenn ky ga ala ark ind kan neb nev va md del la
        miss mo n.y n.j n.c s.c n.h r.i w.va
        """)
}

extension Lexicon {
    /// Nouns for a person of a nation ("the Spaniard", "the Frenchman"): a description of the
    /// person just named, as "he" would be, and a role before a name ("Spaniard Rafael Nadal").
    /// Only words that are nouns and never a first name or an adjective in a name are listed.
    public static let demonymNouns: Set<String> = words(
        """
        spaniard frenchman frenchwoman englishman englishwoman scotsman scotswoman welshman
        welshwoman irishman irishwoman dutchman dutchwoman dane swede briton icelander kiwi aussie
        """)
}

