extension Lexicon {
    /// Common female first names, so "she" skips a man named just before and "he" a woman.
    /// A general list of given names, not names from any article; unknown names agree with both.
    public static let femaleFirstNames: Set<String> = words(
        """
        hillary nancy elizabeth sarah michelle kellyanne melania ivanka chelsea kelly carly nikki
        debbie donna susan mary jennifer karen lisa maria patricia linda barbara margaret ann anne
        amy kamala loretta huma jill laura janet sheila claire tammy dianne kirsten marsha condoleezza
        madeleine samantha heather jessica emily rachel katie megyn rosie nicole angela theresa julie
        christine catherine katherine kathleen emma olivia sophia hope jane joan judy helen ruth
        carol sharon cynthia deborah diane dana anna alice betty dorothy martha grace rebecca
        stephanie melissa michele valerie tulsi elaine gina gwen maxine jan jeanne marie monica
        natalie paula rose sandra tina wendy yvonne zoe abigail amanda ashley brenda cheryl
        christina denise erin gloria irene jacqueline janice joyce judith kim kristen lauren lori
        lynn megan molly nina pamela peggy rita robin shannon sonia suzanne teresa tracy vanessa
        victoria virginia andrea caroline charlotte ellen frances hannah harriet isabel jenny
        josephine kate katy leslie lucy madison marilyn maureen naomi patty penny priscilla sally
        sara shirley sylvia tiffany ursula wilma
        """)

    /// Common male first names.
    public static let maleFirstNames: Set<String> = words(
        """
        donald bernie barack bill joe mike john ted marco jeb ben chris rand paul mitt george
        jim james robert michael david richard thomas charles daniel matthew mark steven steve
        kevin brian jeff jeffrey tim timothy scott eric jason ryan gary larry frank jack dennis
        peter harry henry martin lindsey rudy rudolph newt reince corey roger sean tom tony
        vladimir xi benjamin bashar emmanuel justin boris recep narendra
        andrew anthony brad bradley bruce carl craig doug douglas ed edward fred gregory greg jerry
        jon jonathan jose juan keith ken kenneth luis nathan patrick ray raymond ron ronald russell
        sam samuel stephen terry todd walter wayne william willie al alan allen arthur bob bobby
        chuck dan danny dave dick earl frankie gene glenn harold howard jimmy joel johnny jose
        josh joshua kyle lee leon lou louis marcus mario max mitch nick noah oliver phil philip
        ralph reid rick ricky rob roy stan steve ted travis trey vince wesley zach guy ian
        """)

    /// Role nouns that tell a gender ("his wife", "the congresswoman").
    public static let femaleRoleNouns: Set<String> = words(
        """
        wife mother daughter sister woman girl lady widow grandmother aunt niece congresswoman
        chairwoman spokeswoman businesswoman actress queen princess mom
        """)

    /// Role nouns for men.
    public static let maleRoleNouns: Set<String> = words(
        """
        husband father son brother man boy gentleman widower grandfather uncle nephew congressman
        chairman spokesman businessman actor king prince dad
        """)

    /// The gender a first name suggests, or `.unknown`.
    static func gender(ofFirstName lower: String) -> Gender {
        if femaleFirstNames.contains(lower) { return .female }
        if maleFirstNames.contains(lower) { return .male }
        return .unknown
    }
}
