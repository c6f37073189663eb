import Articles
import Testing

@testable import Attribution

/// Each rule of the sieve on sentences taken from real news text.
@Suite struct RuleTests {
    @Test func quoteCueSpeaker() {
        let result = ArticleFixture.attribute([
            "Another Clinton ally, Agriculture Secretary Tom Vilsack, told MSNBC that Friday's announcement suggested an effort to hurt Clinton. \"The timing of it is quite suspect,\" said Vilsack, a former Iowa governor."
        ])
        #expect(result.last?.speaker == "Tom Vilsack")
        #expect(result.last?.rule == "quote-cue-speaker")
    }

    @Test func quoteSpeakerCueAcrossAnAppositive() {
        let result = ArticleFixture.attribute([
            "\"We told the government that the PM should go ahead with the visit,\" Iftikhar, who heads the Inter-Services Public Relations (ISPR), said at a press briefing on Thursday."
        ])
        #expect(result.first?.speaker == "Iftikhar")
        #expect(result.first?.rule == "quote-speaker-cue")
    }

    @Test func twoApostropheMarksAndATitle() {
        let result = ArticleFixture.attribute([
            "''People turn to Facebook to check on loved ones and get updates, which is why we created Safety Check,'' Ms. White said."
        ])
        #expect(result.first?.speaker == "White")
    }

    @Test func colonAfterAName() {
        let result = ArticleFixture.attribute([
            "Rep. Trey Gowdy (R-S.C.):\"I have not heard anyone other than you ever cite that figure. Who told you that?\""
        ])
        #expect(result.first?.speaker == "Trey Gowdy")
        #expect(result.first?.rule == "colon")
    }

    @Test func accordingTo() {
        let result = ArticleFixture.attribute([
            "Trump said that those who thought it was should \"look for a psychiatrist,\" according to Reuters."
        ])
        #expect(result.first?.speaker != nil)
    }

    @Test func accordingToAfterACommaIsNoParticiple() {
        let result = ArticleFixture.attribute([
            "On Monday, Trump said he was \"happy to see\" that Khan was voted in, according to The New York Times."
        ])
        #expect(result.first?.speaker == "New York Times")
        #expect(result.first?.rule == "according-to")
    }

    @Test func invertedCueAtTheEndOfTheSentence() {
        let result = ArticleFixture.attribute([
            "That stands in contrast to 2008, when Clinton feasted on whiter states.",
            "Clinton “drew quite well from white, working-class voters” in the 2008 primary, said Ohio State University professor Paul Beck.",
        ])
        #expect(result.first?.speaker == "Paul Beck")
        #expect(result.first?.rule == "speaker-cue-after")
    }

    @Test func datelineIsNoSubject() {
        let result = ArticleFixture.attribute([
            "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders."
        ])
        #expect(result.first?.speaker == "Democratic National Committee")
    }

    @Test func creditLineUnderAQuoteParagraph() {
        let result = ArticleFixture.attribute([
            "Other news organizations have asked for copies as well.",
            "\"I went to Wall Street before the crash. I was the one saying you're going to wreck the economy.\"",
            "- Clinton.",
        ])
        #expect(result.first?.speaker == "Clinton")
        #expect(result.first?.rule == "dash-credit")
    }

    @Test func aStatementSayingBelongsToTheSubject() {
        let result = ArticleFixture.attribute([
            "On Saturday, Trump issued a statement saying that Scalia was \"a remarkable person and a brilliant Supreme Court Justice.\""
        ])
        #expect(result.first?.speaker == "Trump")
    }

    @Test func fullStopQuoteBeforeAClosingCue() {
        let result = ArticleFixture.attribute([
            "Republicans said the credibility of the Congress was on the line in the dispute.",
            "\"We cannot have people come here and deny the right under the Constitution for us to question them.\" Rep. John Mica (R-Fla.) said.",
        ])
        #expect(result.first?.speaker == "John Mica")
    }

    @Test func aParticipleAfterAQuoteKeepsTheSentenceSubject() {
        let result = ArticleFixture.attribute([
            "Clinton Communications Director Jennifer Palmieri called the idea that Clinton had anything to prove a “ridiculous proposition,” adding that the person who “needs to turn the narrative around is Donald Trump.”"
        ])
        #expect(result.map(\.speaker) == ["Jennifer Palmieri", "Jennifer Palmieri"])
    }

    @Test func transcriptSpeakerInsideTheQuote() {
        let result = ArticleFixture.attribute([
            "\"RAMOS: Secretary Clinton, did you lie to them?",
            "\"CLINTON: I feel a great deal of sympathy for the families of the four brave Americans that we lost at Benghazi.\"",
        ])
        #expect(result.map(\.speaker) == ["Ramos", "Clinton"])
        #expect(result.allSatisfy { $0.rule == "transcript" })
    }

    @Test func dashCredit() {
        let result = ArticleFixture.attribute([
            "“Mr. Trump embodies the lasting legacy of racism in the United States. He represents our greatest shame.” ― Sonya Herridge"
        ])
        #expect(result.first?.speaker == "Sonya Herridge")
        #expect(result.first?.rule == "dash-credit")
    }

    @Test func speakerCueQuoteInOneSentence() {
        let result = ArticleFixture.attribute([
            "Iftikhar said that the armed forces were asked for \"institutional input\" about Khan's trip to Moscow."
        ])
        #expect(result.first?.speaker == "Iftikhar")
        #expect(result.first?.rule == "speaker-cue-quote")
    }

    @Test func aQuoteWithoutCueContinuesTheSpeakerOfItsParagraph() {
        let result = ArticleFixture.attribute([
            "“If these people are radicalized and they don’t support the United States, fine,” Clark said. “That’s their right and it’s our right and obligation to segregate them.”"
        ])
        #expect(result.map(\.speaker) == ["Clark", "Clark"])
        #expect(result.last?.rule == "previous-sentence")
    }

    @Test func aShortQuoteThatOnlyInheritsIsAScareQuote() {
        let result = ArticleFixture.attribute([
            "“It was 50 percent more than Hillary’s show,” Trump added to People. “That makes me feel good.” The “ratings” followed."
        ])
        #expect(result.map(\.speaker) == ["Trump", "Trump", nil])
    }

    @Test func pronounResolvesToTheLastSpeaker() {
        let result = ArticleFixture.attribute([
            "Mr. Obama made clear over the weekend that meeting relatives of prisoners has an impact. ''I've seen their anguish, how they ache for their sons and husbands,'' he said."
        ])
        #expect(result.first?.speaker == "Obama")
    }

    @Test func sheSkipsAManNamedInBetween() {
        let result = ArticleFixture.attribute([
            "Hillary Clinton spoke in Iowa on Sunday.",
            "Bernie Sanders was in New Hampshire.",
            "\"We are going to win this,\" she said.",
        ])
        #expect(result.first?.speaker == "Hillary Clinton")
    }

    @Test func descriptionResolvesToTheEntityWithThatRole() {
        let result = ArticleFixture.attribute([
            "Pakistani Army spokesperson Major General Babar Iftikhar on Thursday said that the army backed the visit.",
            "“If a demand like that would have been made, the army would have had the same stance as the PM,” the Pakistani armed forces spokesperson said at the briefing.",
        ])
        #expect(result.first?.speaker == "Babar Iftikhar")
    }

    @Test func unnamedSourceIsItsDescription() {
        let result = ArticleFixture.attribute([
            "\"Of the more than 30,000 e-mails that Secretary Clinton provided, more than 90 percent were sent to or from a state.gov address,\" a Clinton campaign spokesman said."
        ])
        #expect(result.first?.speaker == "Clinton campaign spokesman")
    }

    @Test func aCapitalisedWordOpeningASentenceIsNoSpeaker() {
        let result = ArticleFixture.attribute([
            "Lately, he has been underscoring his values. Audiences can expect \"maybe a little more recklessness than they're used to.\""
        ])
        #expect(result.first?.speaker == nil)
    }

    @Test func sentenceSubjectWithoutASpeechVerb() {
        let result = ArticleFixture.attribute([
            "On Social Security, Sanders and Clinton differ.",
            "Sanders used this question to demand wealthy Americans \"pay their fair share into the system.\"",
        ])
        #expect(result.first?.speaker == "Sanders")
        #expect(result.first?.rule == "sentence-subject")
    }

    @Test func headlineQuotesHaveNoSpeaker() {
        let result = ArticleFixture.attribute(title: "Sanders: \"Of Course\" Clinton Is Qualified", ["Text."])
        #expect(result.first?.speaker == nil)
        #expect(result.first?.rule == "headline")
    }

    @Test func titlesOfWorksHaveNoSpeaker() {
        let result = ArticleFixture.attribute([
            "Jason Linkins edits “Eat The Press” for The Huffington Post."
        ])
        #expect(result.first?.speaker == nil)
    }

    @Test func multiParagraphQuoteKeepsItsSpeaker() {
        let result = ArticleFixture.attribute([
            "Clark said in a statement Thursday evening:",
            "\"My comments from last July were not directed at any religion or faith.",
            "\"The persecution of Muslim Americans is intolerable,\" he added.",
        ])
        #expect(result.count == 2)
        #expect(result.allSatisfy { $0.speaker == "Clark" })
    }

    @Test func aPassiveCueHasNoSpeakerBeforeIt() {
        let result = ArticleFixture.attribute([
            "The armed forces were asked for \"institutional input\" about the trip."
        ])
        #expect(result.first?.speaker != "armed forces")
    }

    @Test func markupAttributesAreNotQuotes() {
        let result = ArticleFixture.attribute([
            "<tweet pic=\"\" author=\"GovernorPataki\" timestamp=\"1449075600\">Praying for the victims</tweet>."
        ])
        #expect(result.isEmpty)
    }

    @Test func aCapitalisedCueWordEndingANameIsNotACue() {
        let text = "Refugees brought to the United States pose such a risk, the minister states."
        let block = BlockText(TextBlock(text: text, range: TextRange(start: 0, end: text.unicodeScalars.count)), index: 1)
        let cues = block.tokens.indices.filter { block.cueLength(at: $0) > 0 }.map { block.tokens[$0].lower }
        #expect(cues == ["states"])
    }

    @Test func aPrepositionAfterTheCueNamesTheTopicNotTheSpeaker() {
        let result = ArticleFixture.attribute([
            "''Their strategy is very clear: to create the appearance of being a legitimate source of news,'' Michael McFaul, a senior fellow at the Hoover Institution and a former United States ambassador to Russia, said of RT. ''Having people like Larry King work for them helps.''"
        ])
        #expect(result.count == 2)
        #expect(result.allSatisfy { $0.speaker == "Michael McFaul" })
    }

    @Test func aTitlesOfPhraseBelongsToTheRole() throws {
        let annotations = Attributor.attribute(ArticleFixture.make([
            "Minister of Energy Ilse Marrow, whose ministry oversees the fuel terminals at the port, urged both sides to return to the table. \"A strike at Kessmouth is a strike on every household's heating bill,\" she said."
        ]))
        let speaker = try #require(annotations.quotes.first?.speakerID.flatMap { annotations.speaker(withID: $0) })
        #expect(speaker.name == "Ilse Marrow")
        #expect(speaker.role == "Minister of Energy")
    }

    @Test func anHonorificIsNoPartOfTheRole() throws {
        let annotations = Attributor.attribute(ArticleFixture.make([
            "Chief Medical Officer Dr Halvard Moen said the hospital was short of 180 nurses and 40 anaesthetists. \"We have the theatres. We have the surgeons. What we don't have is the people to staff them around the clock,\" Moen said."
        ]))
        let speaker = try #require(annotations.quotes.first?.speakerID.flatMap { annotations.speaker(withID: $0) })
        #expect(speaker.name == "Halvard Moen")
        #expect(speaker.role == "Chief Medical Officer")
    }

    @Test func theNameAfterAListenerCueIsTheAudience() {
        let result = ArticleFixture.attribute([
            "“What they’ve been desperate to figure out is some mechanism by which they can change the rules in such a way that in a multi-ballot convention it could possibly result in the nomination of somebody other than Cruz or Trump,” Morton Blackwell, the Republican National Committeeman from Virginia, told AFP."
        ])
        #expect(result.first?.speaker == "Morton Blackwell")
    }

    @Test func aProgrammeTitleAfterAPossessiveHasNoSpeaker() {
        let result = ArticleFixture.attribute([
            "\"At the end of the day, we need to step away from efforts by Hillary Clinton and others to paint law enforcement in this country with the broad brush of racial bias,\" Pence said on CNN's \"State of the Union.\""
        ])
        #expect(result.count == 2)
        #expect(result.first?.speaker == "Pence")
        #expect(result.last?.text == "State of the Union.")
        #expect(result.last?.speaker == nil)
    }

    @Test func headlineNameKeepsOnlyTheBodysNameWords() {
        let result = ArticleFixture.attribute(
            title: "Bernie Sanders Isn’t Too Impressed By The Historic Climate Agreement.",
            [
                "Sen. Bernie Sanders (I-Vt.) on Saturday criticized the global climate change accord.",
                "“We need bold action in the very near future and this does not provide that,” Sanders said in the statement.",
            ])
        #expect(result.first?.speaker == "Bernie Sanders")
    }

    @Test func aLabelInCapitalsIsNoAntecedent() {
        let result = ArticleFixture.attribute([
            "Adm. Harry B. Harris Jr., who leads the United States Pacific Command, makes no apologies for accusing the Chinese of militarizing disputed waters.",
            "FULL TEXT.",
            "''You'd have to believe in a flat earth to think otherwise,'' he said in one appearance.",
        ])
        #expect(result.first?.speaker == "Harry B. Harris Jr.")
    }

    @Test func theListenerBeforeAColonDoesNotSpeak() {
        let result = ArticleFixture.attribute([
            "On the topic, San Diego chapter president Luis Osuna told The Huffington Post: “A lot of people are assuming that since it’s called ‘La Raza lawyers’ that it’s only Mexicans.”"
        ])
        #expect(result.first?.speaker == "Luis Osuna")
        #expect(result.first?.rule == "colon")
    }

    @Test func theListenerBeforeAnotherCueDoesNotSpeak() {
        let result = ArticleFixture.attribute([
            "Vice President Joe Biden weighed in as well, telling Mic in an interview published on Monday, “But gosh almighty, they’re both qualified,” he said."
        ])
        #expect(result.first?.speaker == "Joe Biden")
    }

    @Test func aLongIntroductionEndsBeforeTheNameAndItsVerb() {
        let result = ArticleFixture.attribute([
            "Speaking to MSNBC’s Morning Joe Monday in New Hampshire, which is set to host the country’s second nomination contest Tuesday, Bush referred to Rubio as “a bright, charismatic leader” but described his leadership skills as a “work in progress.”"
        ])
        #expect(result.first?.speaker == "Bush")
        #expect(result.first?.rule == "sentence-subject")
    }

    @Test func aPossessiveBeforeACueWordIsNoAntecedent() {
        let result = ArticleFixture.attribute([
            "Noting he majored in philosophy during college, Allen said he tends to give issues more deliberation.",
            "When the interview steered Allen toward his outlook on the 2016 presidential field, he offered his thoughts on Republican front-runner Donald Trump’s continued appeal among a loyal group of supporters.",
            "“I think it’s funny,” he said.",
        ])
        #expect(result.first?.speaker == "Allen")
    }

    @Test func aParticipleAfterACueContinuesThatCuesSpeaker() {
        let result = ArticleFixture.attribute([
            "The former secretary of state will play the \"woman card,\" Fiorina said, adding that the way to go after it \"is to attack her track record.\""
        ])
        #expect(result.last?.speaker == "Fiorina")
    }

    @Test func aQuoteSentenceContinuesTheSpeakerOfThePreviousQuote() {
        let result = ArticleFixture.attribute([
            "\"Your reputation is amazing,\" Trump assured Jones, after Jones assured Trump that most of his listeners supported his candidacy. \"I will not let you down.\""
        ])
        #expect(result.last?.speaker == "Trump")
        #expect(result.last?.rule == "previous-sentence")
    }

    @Test func aCueAfterARelativeClauseBelongsToTheSubject() {
        let result = ArticleFixture.attribute([
            "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump was a candidate very much in the spirit of Silicon Valley: ''He's a start-up kind of guy.''"
        ])
        #expect(result.first?.speaker == "Slinker")
    }

    @Test func aNamesPossessiveBeforeANounOfSpeech() {
        let result = ArticleFixture.attribute([
            "The concerns being expressed by many Jewish leaders go beyond Trump's controversial pledge to be \"neutral\" during peace talks between Israel and the Palestinians.",
            "Mr. Scott, who has called Mr. Trump's comments ''racially toxic,'' portrayed his own party as slow to act.",
        ])
        #expect(result.first?.speaker == "Trump")
        #expect(result.first?.rule == "possessive-cue")
        #expect(result.last?.rule != "possessive-cue")
    }

    @Test func aQuoteParagraphPassesOverATitleToTheLastSpeaker() {
        let result = ArticleFixture.attribute([
            "''Politics has never been totally gentlemanly,'' said Jon Meacham, the author of ''Destiny and Power,'' a biography of the 41st president.",
            "''The lesson of 2016 is that none of the old rules apply.''",
        ])
        #expect(result.last?.speaker == "Jon Meacham")
        #expect(result.last?.rule == "continued-paragraph")
    }

    @Test func aLaterClauseWithItsOwnSpeakerKeepsItsQuote() {
        let result = ArticleFixture.attribute([
            "Ted Cruz accuses Obama of \"leading from behind\" and Donald Trump says he's \"losing the war on terrorism,\" part of a verbal lashing."
        ])
        #expect(result.first?.speaker == "Ted Cruz")
        #expect(result.last?.speaker == "Donald Trump")
    }

    @Test func retortVerbsAreCues() {
        let result = ArticleFixture.attribute([
            "“France will always be France,” an angry Hollande retaliated.",
            "\"Jeb wants to be a tough guy tonight,\" Trump shot back.",
        ])
        #expect(result.first?.speaker == "Hollande")
        #expect(result.last?.speaker == "Trump")
    }

    @Test func aDatelineWithAnAgencyIsNoSubject() {
        let result = ArticleFixture.attribute([
            "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Republican rival Donald Trump’s stance on Brexit, saying that “bombastic comments” do more harm than good during such times."
        ])
        #expect(result.first?.speaker == "Hillary Clinton")
    }

    @Test func aDescriptionsCapitalisedModifiersMustAgree() {
        let result = ArticleFixture.attribute([
            "The Vermont senator said he would \"fight until the last vote is cast.\"",
            "The Florida senator is telling reporters in Minnesota that he will have “a lot of delegates” after Super Tuesday.",
        ])
        #expect(result.first?.speaker == "Vermont senator")
        #expect(result.last?.speaker == "Florida senator")
    }

    @Test func mannerOfSpeakingVerbsAreCues() {
        let result = ArticleFixture.attribute([
            "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor from the guest seats."
        ])
        #expect(result.first?.speaker == "Donald Hartley")
    }
    @Test func threeApostrophesCloseTheNestedAndTheOuterQuote() {
        let result = ArticleFixture.attribute([
            "''I would use the word 'old-school,''' said Gregory W. Slayton, whom George W. Bush appointed chief of mission to Bermuda."
        ])
        #expect(result.first?.text == "I would use the word 'old-school,'")
        #expect(result.first?.speaker == "Gregory W. Slayton")
    }
    @Test func aParagraphClosingWithAColonIntroducesItsSubjectsQuote() {
        let result = ArticleFixture.attribute([
            "“I have decided to endorse Ted Cruz and to urge other serious conservatives to join me in supporting Cruz,” Blackwell wrote.",
            "He then listed the qualities necessary in a successful Republican presidential nominee in 2016:",
            "\"Has the candidate a record of personal activism and leadership for conservative principles?",
        ])
        #expect(result.last?.speaker == "Blackwell")
        #expect(result.last?.rule == "colon-paragraph")
    }
    @Test func aQuoteParagraphAfterAParagraphEndingOnAPerson() {
        let result = ArticleFixture.attribute([
            "Christie was joined Monday at a town hall meeting in Hudson by Buddy Valastro, star of the TLC reality show “Cake Boss.”",
            "Valastro praised Christie’s leadership in the aftermath of Hurricane Sandy and his ability to get things done in a heavily Democratic state.",
            "“We need someone who’s going to cut through the bullcrap and bring people together.”",
        ])
        #expect(result.last?.speaker == "Buddy Valastro")
        #expect(result.last?.rule == "previous-paragraph")
    }
    @Test func echoedIsACue() {
        let result = ArticleFixture.attribute([
            "17-year-old Jared Potts echoed:",
            "“He speaks his mind, and I think that might be what the country needs.”",
        ])
        #expect(result.first?.speaker == "Jared Potts")
        #expect(result.first?.rule == "colon-paragraph")
    }
    @Test func aCreditLineMayGoOnAfterTheName() {
        let result = ArticleFixture.attribute([
            "@potus.",
            "\"Great speech. She's tested. She's ready. She never quits.\"",
            "-President Obama, tweeting after Clinton's speech.",
        ])
        #expect(result.first?.speaker == "Obama")
        #expect(result.first?.rule == "dash-credit")
    }
    @Test func organisationWordsKeepGroupsFromBeingHeOrShe() {
        let result = ArticleFixture.attribute([
            "Pastor Kevin Swanson slammed the Girl Scouts on Monday’s installment of his weekly radio show, Right Wing Watch first reported.",
            "“Jesus means what he says. You’ve got to take what he says, and you have to apply it,” he said.",
        ])
        #expect(result.last?.speaker == "Kevin Swanson")
    }
    @Test func anInstitutionIsAnOrganisationNeverHeOrShe() {
        let result = ArticleFixture.attribute([
            "The Tax Policy Center at the Urban Institute and Hoover Institution estimates that the plan would raise $1.1 trillion over the next decade.",
            "She would also close the notorious ''carried interest'' loophole that primarily benefits hedge fund operators.",
        ])
        #expect(result.last?.speaker != "Hoover Institution")
    }
    @Test func aPlaceIsNeverHeOrShe() {
        let result = ArticleFixture.attribute([
            "Trump spoke to voters in New Hampshire on Monday.",
            "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
            "He says, “Here’s a guy, honestly, if he weren’t in government, you wouldn’t hire him to do anything.”",
        ])
        #expect(result.last?.speaker == "Trump")
    }
    @Test func aNamedSubjectsAppositivesRunUpToTheCue() {
        let result = ArticleFixture.attribute([
            "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was ''both religious and political.''"
        ])
        #expect(result.first?.speaker == "Giovanni Maria Vian")
    }
    @Test func sheSkipsADescriptionWithoutAGender() {
        let result = ArticleFixture.attribute([
            "Hillary Clinton added that she acted no differently from her predecessors in using a personal email account. However, no other secretary of state had a private server arrangement parallel to the one set up for Clinton during her four years in the job.",
            "“Many people used private email. It was not at all unprecedented,” she said.",
        ])
        #expect(result.last?.speaker == "Hillary Clinton")
    }
    @Test func wordsRelayedThroughAnotherSourceBelongToIt() {
        let result = ArticleFixture.attribute([
            "O’Malley spoke at the Fair Immigration Reform Movement and The Nation forum on Sunday, and criticized Sanders and Clinton after the event.",
            "“I think one has to ask, is this a priority for the two of them because it’s an election year or if it’s because something they truly believe in?” O’Malley said at a press conference, according to the Las Vegas Sun.",
        ])
        #expect(result.last?.speaker == "Las Vegas Sun")
        #expect(result.last?.rule == "relayed-according-to")
    }
    @Test func aQuoteParagraphAfterAnOutletsOwnCue() {
        let result = ArticleFixture.attribute([
            "CNN reported that night Ex-CIA chief Petraeus testifies Benghazi attack was al Qaeda-linked terrorism.",
            "\"The hearing was closed but New York Congressman Pete King spoke to reporters afterwards and said this conflicted with previous accounts.\"",
        ])
        #expect(result.last?.speaker == "CNN")
        #expect(result.last?.rule == "previous-paragraph")
    }
    @Test func aShareOfPeopleInAPollSpeaksThroughThePoll() {
        let result = ArticleFixture.attribute([
            "In a September Washington Post-ABC News poll, 75 percent of Republicans said \"most people in politics\" can't be trusted."
        ])
        #expect(result.last?.speaker == "September Washington Post-ABC News poll")
    }
    @Test func theNextSentenceOfARelayedQuoteKeepsItsSource() {
        let result = ArticleFixture.attribute([
            "“I ask you as a personal courtesy to me not to engage in any kind of protest on the floor,” Sanders said, according to CNN. “It’s of utmost importance you explain this to your delegations.”"
        ])
        #expect(result.last?.speaker == "CNN")
        #expect(result.last?.rule == "previous-sentence")
    }
    @Test func rememberedIsACue() {
        let result = ArticleFixture.attribute([
            "\"An awful lot of analysts said, 'No, don't do this,' and she took it upon herself to prove them wrong,\" remembered Roy Verley, HP's former chief corporate spokesman."
        ])
        #expect(result.last?.speaker == "Roy Verley")
    }

    @Test func aQuoteParagraphContinuesTheSpeakerALaterSentenceNamesAgain() {
        let result = ArticleFixture.attribute([
            "Jim Parton, from Families Need Fathers, said the new proposals \"lacked compulsion\".",
            "\"We would like to see couples develop a plan and then have it as a source of a court order - then you know where you stand, you know what the minimum access is. \"Otherwise, you see people make agreements which then fall apart.\" Mr Parton said he had been told by Children's Minister Margaret Hodge there was not enough time to pass the bill through parliament before the general election.",
        ])
        #expect(result.map(\.speaker) == ["Jim Parton", "Jim Parton", "Jim Parton"])
        #expect(result[1].rule == "continued-paragraph")
    }
}
