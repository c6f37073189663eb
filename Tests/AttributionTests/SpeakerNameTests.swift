import Articles
import Testing

@testable import Attribution

/// Speaker names are names: titles, roles, outlets and letters after the name are split off into
/// the role, descriptions resolve to the name they refer to, and what names nobody stays unnamed.
@Suite struct SpeakerNameTests {
    private func speakers(_ paragraphs: [String]) -> (quotes: [(text: String, speaker: Speaker?)], all: [Speaker]) {
        let annotations = Attributor.attribute(ArticleFixture.make(paragraphs))
        let quotes = annotations.quotes.map { quote in
            (quote.text, quote.speakerID.flatMap { annotations.speaker(withID: $0) })
        }
        return (quotes, annotations.speakers)
    }

    @Test func aRoleOpeningASentenceIsNoPartOfTheName() {
        let found = speakers(["Spokeswoman Jessica Ditto said via email that, “Of course Mr. Trump has been briefed.”"])
        #expect(found.quotes.first?.speaker?.name == "Jessica Ditto")
        #expect(found.quotes.first?.speaker?.role == "Spokeswoman")
    }

    @Test func anOutletsPossessiveIsNoPartOfTheName() {
        let found = speakers([
            "“Considering the high-stakes moments that the debates create one might expect them to matter more to the bottom line,” wrote NBC’s Dante Chinni."
        ])
        #expect(found.quotes.first?.speaker?.name == "Dante Chinni")
    }

    @Test func aBritishRoleBeforeTheNameIsItsRole() {
        let found = speakers([
            "Labour MP Stephen Pound said he was \"out of control\" during the \"wild\" 1960s."
        ])
        let pound = found.quotes.first?.speaker
        #expect(pound?.name == "Stephen Pound")
        #expect(pound?.role == "Labour MP")
        #expect(pound?.named == true)
    }

    @Test func aMonthAfterAFirstNameIsASurname() {
        let found = speakers([
            "Theresa May, shadow secretary for the family, told BBC Radio 4's Today programme that the plans were \"inadequate\".",
            "Brian May said the tour was \"the best yet\". In May 2005 the band said it was \"finished\".",
        ])
        #expect(found.quotes.map { $0.speaker?.name } == ["Theresa May", "Brian May", nil])
    }

    @Test func aFirstNameTakesTheFullNameTheArticleSpellsOutLaterAndAReflexiveTellsTheGender() {
        let found = speakers([
            "Rock star Ozzy Osbourne has said his family will not make any more episodes of reality TV show The Osbournes.",
            "His wife Sharon agreed. \"Now everybody's doing reality shows,\" she said.",
            "Sharon Osbourne is currently appearing as a judge on ITV1.",
            "Osbourne himself was at a loss to explain its popularity: \"I suppose Americans get a kick out of it.\"",
        ])
        #expect(found.quotes.map { $0.speaker?.name } == ["Sharon Osbourne", "Ozzy Osbourne"])
        #expect(found.all.filter { $0.name.hasPrefix("Sharon") }.count == 1)
    }

    @Test func aFirstNameGivenItsFullNameDoesNotTakeTheSurnamesLaterMentions() {
        let found = speakers([
            "Bernie Sanders spoke in Vermont.",
            "\"We'll figure that out,\" his wife Jane said.",
            "Sanders said the country faced \"a disaster\".",
            "Jane Sanders has campaigned with him since 1988.",
        ])
        #expect(found.quotes.map { $0.speaker?.name } == ["Jane Sanders", "Bernie Sanders"])
    }

    @Test func aWordOpeningTheSentenceBeforeAFirstNameIsNoPartOfTheName() {
        let found = speakers([
            "Despite Ted Cruz's insistence that he is the \"only one strong conservative\" in the race, the polls disagree.",
            "Giovanni Maria Vian, the editor of the Vatican newspaper, said the pope's remarks were \"both religious and political.\"",
        ])
        #expect(found.quotes.map { $0.speaker?.name } == ["Ted Cruz", "Giovanni Maria Vian"])
    }

    @Test func lettersAfterTheNameAreDropped() {
        let found = speakers([
            "The new chairman of the Bar Council, Guy Mansfield QC warned there was a real risk that people on the \"margins of society\" would be driven into the hands of extremists."
        ])
        #expect(found.quotes.first?.speaker?.name == "Guy Mansfield")
    }

    @Test func theNameAfterADescriptionClosingTheSentenceSpeaks() {
        let found = speakers([
            "\"There are no technical or economic reasons for not providing equivalent access to services for deaf people,\" said RNID technology director, Guido Gybels."
        ])
        #expect(found.quotes.first?.speaker?.name == "Guido Gybels")
        #expect(found.quotes.first?.speaker?.role == "RNID technology director")
    }

    @Test func aDefiniteDescriptionRefersBackToTheNamedPerson() {
        let found = speakers([
            "Italy skipper Marco Bortolami believes Saturday's Six Nations contest against Scotland will be a scrappy encounter.",
            "And Bortolami feels the Edinburgh contest could end up being a bruising battle of the packs. \"It will not be a pretty game because both teams are desperate to gain their first win,\" said the lock forward.",
        ])
        #expect(found.quotes.first?.speaker?.name == "Marco Bortolami")
    }

    @Test func aDescriptionWhoseModifiersDisagreeStaysADescription() {
        let found = speakers([
            "Former Secretary of State Madeleine Albright recently urged women to vote for Hillary Clinton, saying, “There’s a special place in hell for women who don’t help each other.”",
            "At the town hall meeting for in Hudson, New Hampshire Monday, the Christie supporter retorted: “There is a special place in hell for women who vote for women just because they’re women.”",
        ])
        #expect(found.quotes.first?.speaker?.name == "Madeleine Albright")
        #expect(found.quotes.last?.speaker?.name != "Madeleine Albright")
        #expect(found.quotes.last?.speaker?.named == false)
    }

    @Test func aReportSpeaksForItsAuthor() {
        let found = speakers([
            "That's why there was a tone of urgency in the report, out on Wednesday, by the former Dutch prime minister Wim Kok.",
            "\"Lisbon is about everything and thus about nothing,\" the Kok report said.",
            "As Mr Kok's report noted: \"The ink had scarcely dried on the agreement before the worldwide stock market bubble imploded.\"",
        ])
        #expect(found.quotes.map { $0.speaker?.name } == ["Wim Kok", "Wim Kok"])
    }

    @Test func anUnnamedSpokesmanIsKeptWithItsDescription() {
        let found = speakers([
            "\"It is important to remember that this bill will take a decade to come into full effect,\" a spokesman said."
        ])
        let spokesman = found.quotes.first?.speaker
        #expect(spokesman?.name == "spokesman")
        #expect(spokesman?.named == false)
    }

    @Test func aGroupInCapitalsIsNoNamedSpeaker() {
        let found = speakers([
            "Democrats also blasted Oversight for failing to make clear earlier Friday that Mills’ and Sameuelson’s immunity was only “partial,” meaning it only protected them from any criminal charges."
        ])
        #expect(found.quotes.first?.speaker?.named == false)
    }

    @Test func aListenerWithAPossessiveIsTheAudience() {
        let found = speakers([
            "\"It was serendipity really - I was offered Vanity Fair by the studio Focus Features, who had distributed Monsoon Wedding,\" Nair told BBC World Service's Masterpiece programme."
        ])
        #expect(found.quotes.first?.speaker?.name == "Nair")
    }

    @Test func railwaysAreAnOrganisation() {
        let found = speakers([
            "Varnholm Railways said in a statement that the rebuilt wall was designed to withstand a storm “one and a half times as severe” as the one that destroyed the original."
        ])
        #expect(found.quotes.first?.speaker?.name == "Varnholm Railways")
        #expect(found.quotes.first?.speaker?.kind == .organization)
    }
}

/// Names that run over several words stay whole: an organisation's through "of", "on", "for"
/// and "to" after an organisation word, a double surname, a surname with a particle; a surname
/// alone reaches the full name spelt out before it; and a person's name still ends before "of"
/// and an appositive.
@Suite struct NameRunTests {
    @Test func aLongParticipleOpeningTheSentenceIsNoFirstName() {
        // From a Politico round-up of Hillary Clinton's released emails.
        let found = ArticleFixture.attribute([
            "More of Hillary Clinton's emails were released on Friday.",
            "Celebrating Clinton \"turning [Obama] around,\" apparently on Libya.",
            "\"So far so good,\" Clinton replied.",
        ])
        #expect(found.map(\.speaker) == ["Hillary Clinton", "Hillary Clinton"])
    }

    @Test func aCommissionOnSomethingIsOneOrganisation() {
        let annotations = Attributor.attribute(ArticleFixture.make([
            "The nonpartisan Commission on Presidential Debates says there was indeed a problem with Donald Trump’s microphone during Monday night’s first general election debate.",
            "It said in a statement that “there were issues regarding Donald Trump’s audio that affected the sound level in the debate hall.”",
        ]))
        let names = annotations.speakers.map(\.name)
        #expect(names.contains("Commission on Presidential Debates"))
        #expect(!names.contains("Presidential Debates"))
    }

    @Test func aPronounAfterAnOrganisationNamedWithOnIsNotTheOrganisation() {
        let found = ArticleFixture.attribute([
            "He notes that the Commission on Presidential Debates announced earlier Friday that there was an issue with Trump’s microphone.",
            "He says, “Working that microphone was a hell of a lot more difficult than working Crooked Hillary Clinton.”",
        ])
        #expect(found.first?.speaker != "Presidential Debates")
        #expect(found.first?.speaker != "Commission on Presidential Debates")
    }

    @Test func anAssociationOfPeopleIsNamedWhole() {
        let found = ArticleFixture.attribute([
            "In a statement announcing the pick, the Association of Flight Attendants said Clinton was “a champion” for its members."
        ])
        #expect(found.first?.speaker == "Association of Flight Attendants")
    }

    @Test func aCapitalisedDeterminerInsideANameIsPartOfIt() {
        // From a Huffington Post report on a day of action for schools.
        let found = ArticleFixture.attribute([
            "Parents said they wanted “a quality neighborhood school,” according to the event organizer Alliance to Reclaim Our Schools (AROS)."
        ])
        #expect(found.first?.speaker == "Alliance to Reclaim Our Schools")
    }

    @Test func aRoleAndARelativeClauseAfterTheNameLeaveTheNameSpeaking() {
        let found = ArticleFixture.attribute([
            "Michael Mulgrew, president of the United Federation of Teachers, which represents New York City educators, said he hopes the day of action sends a message. “Let’s get back to saying our schools are something we support,” he said."
        ])
        #expect(found.first?.speaker == "Michael Mulgrew")
    }

    @Test func twoWordsEndingALongerNameAreItsDoubleSurname() {
        // From a New York Times article on Mexico's foreign policy.
        let found = ArticleFixture.attribute([
            "Mexico's economy minister, Ildefonso Guajardo Villarreal, met American officials on Monday.",
            "\"We must not overreact to campaign rhetoric,\" Guajardo Villarreal said.",
        ])
        #expect(found.first?.speaker == "Ildefonso Guajardo Villarreal")
    }

    @Test func aSurnameWithAParticleReachesTheFullName() {
        let found = ArticleFixture.attribute([
            "Mayor Bill de Blasio spoke to reporters at City Hall on Monday.",
            "De Blasio said the city was \"in a war\" with those who would attack it.",
        ])
        #expect(found.first?.speaker == "Bill de Blasio")
    }

    @Test func twoWordsEndingTwoLongerNamesStayAsWritten() {
        let found = ArticleFixture.attribute([
            "The shop belongs to Julie Diaz Martinez and her cousin Rosa Diaz Martinez.",
            "\"We never close,\" Diaz Martinez said.",
        ])
        #expect(found.first?.speaker == "Diaz Martinez")
    }

    @Test func aSurnameReachesOnlyAFullNameSpeltOutBeforeIt() {
        // From a New York Times article on President Obama's campaigning.
        let found = ArticleFixture.attribute(title: "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton", [
            "With Democratic leaders increasingly worried, President Obama is rolling out a new and more personal campaign message: \"It's about me.\"",
            "The Clinton campaign plans to employ Mr. Obama and the first lady, Michelle Obama, as much as possible in the coming weeks.",
        ])
        #expect(found.first?.speaker == "Obama")
    }

    @Test func aHeadlineSurnameReachesTheFullNameOfTheOpeningParagraph() {
        let found = ArticleFixture.attribute(title: "Hanks greeted at wintry premiere", [
            "Hollywood star Tom Hanks was in London's Leicester Square for the UK premiere of Polar Express.",
            "\"This is Leicester Square like you've never seen it before,\" said Hanks, who plays five roles in the movie.",
        ])
        #expect(found.first?.speaker == "Tom Hanks")
    }

    @Test func aTitledSurnameIsThePersonNotTheirNamesakePlan() {
        // From a New York Times column on college savings.
        let found = ArticleFixture.attribute([
            "The best plan I know of comes from Kevin McKinley, a financial adviser in Eau Claire, Wis.",
            "The McKinley plan is linear. Your financial life probably won't be.",
            "\"Do what you can now, and just keep building off of it,\" Mr. McKinley said.",
        ])
        #expect(found.first?.speaker == "Kevin McKinley")
    }

    @Test func aPersonsNameStillEndsBeforeOf() {
        let found = ArticleFixture.attribute([
            "“We need a political revolution,” said Bernie Sanders of Vermont."
        ])
        #expect(found.first?.speaker == "Bernie Sanders")
    }

    @Test func aPersonOfAnOrganisationSpeaksForIt() {
        // From a New York Times article on coal mine reclamation.
        let found = ArticleFixture.attribute([
            "\"These are strange days,\" said Peter Morgan, a lawyer for the Sierra Club, who has been challenging the coal industry over water pollution issues for years.",
            "\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.",
        ])
        #expect(found.map(\.speaker) == ["Peter Morgan", "Peter Morgan"])
    }

}

/// British sports copy: a demonym for the player just named, a team with a plural verb, and a
/// statement issued through a club. From a BBC report on Jose Antonio Reyes.
@Suite struct BritishSportsCopyTests {
    private let lead =
        "Jose Antonio Reyes has added to speculation linking him with a move from Arsenal to Real Madrid after falling victim to a radio prank."

    @Test func theSpaniardIsThePlayerJustNamed() {
        let found = ArticleFixture.attribute([
            lead,
            "The Spaniard believed he was talking to Real Madrid sporting director Emilio Butragueno when he allegedly berated his team-mates as \"bad people\".",
        ])
        #expect(found.first?.speaker == "Jose Antonio Reyes")
    }

    @Test func aTeamWithAPluralVerbIsNoPersonAPronounCanMean() {
        let found = ArticleFixture.attribute([
            lead,
            "He began the season in superb form but has struggled to maintain his high standards as Arsenal have gradually lost the Premiership initiative to Manchester United and Chelsea. \"If I'm not (playing for Real) I'm going to have to carry on playing with some bad people,\" he added.",
        ])
        #expect(found.first?.speaker == "Jose Antonio Reyes")
    }

    @Test func aStatementIssuedThroughAClubIsThePlayers() {
        let found = ArticleFixture.attribute([
            lead,
            "Before the story surfaced, Reyes had moved to play down reports linking him with the Spanish giants, issuing a statement through Arsenal describing the speculation as \"flattering\".",
        ])
        #expect(found.first?.speaker == "Jose Antonio Reyes")
    }

    @Test func theCoachIsTheCoachNamedBefore() {
        // From a BBC report on England's rugby coach.
        let found = ArticleFixture.attribute([
            "England coach Andy Robinson is facing disciplinary action after criticising referee Jonathan Kaplan in his side's Six Nations defeat to Ireland.",
            "Robinson may even have to apologise for his comments. The England coach went on to claim that \"only one side was refereed\".",
        ])
        #expect(found.first?.speaker == "Andy Robinson")
    }

    @Test func peopleJoinedByAndKeepTheirPluralVerb() {
        let annotations = Attributor.attribute(ArticleFixture.make([
            "Clinton and Trump have clashed over trade. \"We will renegotiate,\" Trump said."
        ]))
        #expect(annotations.speakers.first?.kind == .person)
    }
}

/// A seat before an office names the article's one holder of that office.
@Suite struct OfficeHolderTests {
    // From a BBC report on Labour MP Stephen Pound.
    private let lead = "Labour MP Stephen Pound has told of his shock at discovering he had a daughter he never knew existed."

    @Test func theMemberForASeatIsTheArticlesOneMP() {
        let found = ArticleFixture.attribute([
            lead,
            "\"It was a pretty horrible thing with a pretty happy ending. I felt guilt in the marrow of my bones,\" said the Ealing North MP.",
        ])
        #expect(found.first?.speaker == "Stephen Pound")
    }

    @Test func withTwoMPsTheSeatDecidesNothing() {
        let found = ArticleFixture.attribute([
            lead,
            "Conservative MP Ann Widdecombe said the story was a sad one.",
            "\"It was a pretty horrible thing with a pretty happy ending,\" said the Ealing North MP.",
        ])
        #expect(found.first?.speaker != "Stephen Pound")
        #expect(found.first?.speaker != "Ann Widdecombe")
    }

    @Test func aPartyBeforeTheOfficeIsNoSeat() {
        let found = ArticleFixture.attribute([
            "Libertarian nominee Gary Johnson is more tactful.",
            "The Republican nominee, he said, watched the Olympics to see \"how high those Mexican pole vaulters could go.\"",
        ])
        #expect(found.first?.speaker != "Gary Johnson")
    }

    @Test func aNameAfterAPrepositionLeavesTheAppositivesPersonSpeaking() {
        // From a New York Times report on a former coal executive, and a Washington Post report on
        // Netanyahu: the organisation qualifies the description, and the name in commas speaks.
        let found = ArticleFixture.attribute([
            "His former business partner at Lenox, Lawrence B. Cummings, called him a master at bolting together impossible business transactions. \"He showed again and again an ability to put together deals that other people couldn't.\"",
            "The leader of the Anti-Defamation League, Jonathan Greenblatt, warned that such a ban would be \"unacceptable and antithetical to American values.\"",
        ])
        #expect(found.map(\.speaker) == ["Lawrence B. Cummings", "Jonathan Greenblatt"])
    }

    @Test func anAppositiveThatIsNoNameLeavesTheOrganisationSpeaking() {
        // From a New York Times report on the EB-5 visa program.
        let found = ArticleFixture.attribute([
            "Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, said they were concerned that those who prepare overseas documents \"may try to use increasingly sophisticated methods to circumvent\" the program.",
        ])
        #expect(found.first?.speaker == "Homeland Security Investigations")
    }
}
