import Articles
import Attribution
import Content
import Testing

@testable import SiteModel

/// Speakers of different articles become one page by the structure of their names; the
/// spellings are those of real news articles (the evaluation's US political coverage, BBC copy).
@Suite struct IdentityResolutionTests {
    /// An article whose speakers are `names` (persons unless given as organisations), each quoted once.
    static func article(_ slug: String, _ names: [String], organisations: [String] = []) -> Document {
        let speakers = names.map { Speaker(id: Slug.make($0), name: $0, kind: .person) }
            + organisations.map { Speaker(id: Slug.make($0), name: $0, kind: .organization) }
        return Document(
            slug: slug, title: slug, speakers: speakers, body: "",
            quotes: speakers.enumerated().map { DocumentQuote(text: "Words,", speakerID: $1.id, index: $0, line: $0 + 1, paragraph: 0) })
    }

    static func resolve(_ documents: [Document], people: PeopleDirectory = .empty) -> IdentityResolution {
        IdentityResolution(documents: documents, people: people)
    }

    /// The page slug each id of `documents` lands on.
    static func pages(_ resolution: IdentityResolution, _ ids: [String]) -> [String] {
        ids.map { resolution.identities.slug(for: $0) }
    }

    @Test func middleInitialAndSurnameJoinTheFullName() {
        let resolution = Self.resolve([
            Self.article("a", ["Donald J. Trump"]), Self.article("b", ["Donald Trump"]), Self.article("c", ["Trump"]),
        ])
        #expect(Self.pages(resolution, ["donald-j-trump", "donald-trump", "trump"]) == ["donald-j-trump", "donald-j-trump", "donald-j-trump"])
        #expect(resolution.identities.profiles["donald-j-trump"]?.name == "Donald J. Trump")
        #expect(resolution.merges.first?.aliases == ["Donald Trump", "Trump"])
    }

    @Test func shortFirstNamesJoinTheFormalOne() {
        let resolution = Self.resolve([
            Self.article("a", ["Len Burman"]), Self.article("b", ["Leonard E. Burman"]),
            Self.article("c", ["Joseph R. Biden Jr."]), Self.article("d", ["Joe Biden"]),
        ])
        #expect(Self.pages(resolution, ["len-burman", "leonard-e-burman"]) == ["leonard-e-burman", "leonard-e-burman"])
        #expect(Self.pages(resolution, ["joe-biden", "joseph-r-biden-jr"]) == ["joseph-r-biden-jr", "joseph-r-biden-jr"])
    }

    @Test func titlesOutletsAndPossessivesDoNotSplitAPerson() {
        let resolution = Self.resolve([
            Self.article("a", ["Sens. Jeff Merkley", "NBC’s Dante Chinni", "Ian MacDonald QC"]),
            Self.article("b", ["Jeff Merkley", "Dante Chinni", "Ian MacDonald", "Donald Trump"]),
            Self.article("c", ["Washington Post Trump"], organisations: ["Washington Post"]),
        ])
        #expect(
            Self.pages(resolution, ["sens-jeff-merkley", "nbcs-dante-chinni", "ian-macdonald-qc", "washington-post-trump"])
                == ["jeff-merkley", "dante-chinni", "ian-macdonald", "donald-trump"])
        #expect(resolution.identities.slug(for: "washington-post") == "washington-post")
    }

    @Test func aSurnameSharedByTwoKnownPeopleStaysApartAndIsANearMiss() throws {
        let resolution = Self.resolve([
            Self.article("a", ["Hillary Clinton"]), Self.article("b", ["Bill Clinton"]), Self.article("c", ["Clinton"]),
        ])
        #expect(resolution.identities.slug(for: "clinton") == "clinton")
        let miss = try #require(resolution.nearMisses.first)
        #expect(miss.id == "clinton")
        #expect(miss.candidates.map(\.id) == ["bill-clinton", "hillary-clinton"])
    }

    @Test func aSurnameGoesToTheOneOfItsHoldersQuotedInFourTimesAsManyArticlesAsTheOthers() {
        let trump = (1...8).map { Self.article("t\($0)", ["Donald J. Trump"]) }
        let family = [Self.article("i", ["Ivanka Trump"]), Self.article("e", ["Eric Trump"])]
        let close = (1...3).map { Self.article("h\($0)", ["Hillary Clinton"]) } + [Self.article("b", ["Bill Clinton"])]
        let resolution = Self.resolve(trump + family + close + [Self.article("s", ["Trump", "Clinton"])])
        #expect(resolution.identities.slug(for: "trump") == "donald-j-trump")
        // Three articles against one is too close to call.
        #expect(resolution.identities.slug(for: "clinton") == "clinton")
        #expect(resolution.nearMisses.map(\.id) == ["clinton"])
    }

    /// An article quoting `name` once, in `paragraph`, where the quote is `words`.
    static func quoting(_ slug: String, _ name: String, _ words: String, in paragraph: String) -> Document {
        let speaker = Speaker(id: Slug.make(name), name: name, kind: .person)
        return Document(
            slug: slug, title: slug, speakers: [speaker], body: "",
            quotes: [DocumentQuote(text: words, speakerID: speaker.id, index: 0, line: 1, paragraph: 0)], paragraphs: [paragraph])
    }

    @Test func theWordsAroundASurnamesQuotesTellWhichOfTwoItIs() {
        let resolution = Self.resolve([
            Self.article("a", ["Hillary Clinton", "Barack Obama"]), Self.article("b", ["Bill Clinton", "Michelle Obama"]),
            Self.quoting(
                "c", "Clinton", "I have a plan to defeat ISIS,",
                in: "“I have a plan to defeat ISIS,” Mrs. Clinton said at a rally in Ohio, where she campaigned on Monday."),
            Self.quoting(
                "d", "Obama", "This museum can help us talk to each other,",
                in: "“This museum can help us talk to each other,” Mr. Obama said, and he thanked the donors."),
        ])
        #expect(resolution.identities.slug(for: "clinton") == "hillary-clinton")
        #expect(resolution.identities.slug(for: "obama") == "barack-obama")
        #expect(resolution.nearMisses.isEmpty)
    }

    @Test func aDoubleSurnameWithoutItsFirstNameIsThePersonItEnds() {
        let resolution = Self.resolve([
            Self.article("a", ["Ildefonso Guajardo Villarreal", "Julie Diaz Martinez"]),
            Self.article("b", ["Guajardo Villarreal", "Diaz Martinez", "Ann Smith"]), Self.article("c", ["Mary Ann Smith"]),
        ])
        #expect(
            Self.pages(resolution, ["guajardo-villarreal", "diaz-martinez"]) == ["ildefonso-guajardo-villarreal", "julie-diaz-martinez"])
        // "Ann" is a first name: Ann Smith is someone else than Mary Ann Smith.
        #expect(resolution.identities.slug(for: "ann-smith") == "ann-smith")
    }

    @Test func differentMiddleInitialsAndASonStayApart() {
        let resolution = Self.resolve([
            Self.article("a", ["George W. Bush"]), Self.article("b", ["George H. W. Bush"]), Self.article("c", ["George Bush"]),
            Self.article("d", ["Donald Trump Jr."]), Self.article("e", ["Donald Trump"]),
        ])
        #expect(Self.pages(resolution, ["george-w-bush", "george-h-w-bush", "george-bush"]) == ["george-w-bush", "george-h-w-bush", "george-bush"])
        #expect(resolution.nearMisses.map(\.id) == ["george-bush"])
        #expect(resolution.identities.slug(for: "donald-trump-jr") != resolution.identities.slug(for: "donald-trump"))
    }

    @Test func organisationsMergeWithoutTheirTheAndNeverWithPeople() {
        let resolution = Self.resolve([
            Self.article("a", [], organisations: ["The New York Times"]), Self.article("b", [], organisations: ["New York Times"]),
            Self.article("c", ["Varnholm Railways"]),
        ])
        #expect(Self.pages(resolution, ["the-new-york-times", "new-york-times"]) == ["new-york-times", "new-york-times"])
        #expect(resolution.identities.profiles["varnholm-railways"]?.kind == .organization)
    }

    @Test func thePeopleFileWinsAndTakesNewSpellingsOfItsNames() throws {
        let people = PeopleDirectory(entries: [
            .init(id: "saskia-wren", name: "Saskia Wren", role: "Oceanographer", aliases: ["Wren"]),
            .init(id: "hillary", name: "Hillary Clinton"), .init(id: "bill", name: "Bill Clinton"),
        ])
        let resolution = Self.resolve(
            [Self.article("a", ["Professor Saskia Wren"]), Self.article("b", ["Saskia Wren"]), Self.article("c", ["Hillary Clinton", "Bill Clinton"])],
            people: people)
        #expect(Self.pages(resolution, ["professor-saskia-wren", "saskia-wren"]) == ["saskia-wren", "saskia-wren"])
        #expect(Self.pages(resolution, ["hillary-clinton", "bill-clinton"]) == ["hillary", "bill"])
        let merge = try #require(resolution.merges.first { $0.id == "saskia-wren" })
        #expect(merge.aliases == ["Wren", "Professor Saskia Wren"])
    }

    @Test func speakersWithCleanUnmergedNamesKeepTheirIDsAndNeedNoProfile() {
        // "Guy" is a role noun and a first name: before a lone surname it is the first name.
        let resolution = Self.resolve([Self.article("a", ["Babar Iftikhar", "Imran Khan", "Guy Mansfield"], organisations: ["Pentagon"])])
        #expect(resolution.identities == SpeakerIdentities())
        #expect(resolution.merges.isEmpty)
    }

    @Test func descriptionsAreNotTakenForNames() {
        let resolution = Self.resolve([
            Self.article("a", ["Libertarian presidential candidate Gary Johnson’s doctor", "Gary Johnson"]),
        ])
        #expect(resolution.identities.slug(for: "libertarian-presidential-candidate-gary-johnsons-doctor") != "gary-johnson")
    }

    @Test func alsoNamedListsOtherNamesWithoutTheirTitles() throws {
        var titled = Self.article("a", ["Sens. Jeff Merkley"])
        titled.speakers[0].aliases = ["Merkley", "Sen. Merkley"]
        let documents = [titled, Self.article("b", ["Jeff Merkley"]), Self.article("c", ["Maj. Gen. Babar Iftikhar"])]
        let identities = Self.resolve(documents).identities
        let graph = SiteGraph(documents: documents, identities: identities)
        let merkley = try #require(graph.speaker("jeff-merkley"))
        #expect(merkley.aliases == ["Merkley"])
        #expect(graph.speakers.flatMap(\.aliases).allSatisfy { !$0.contains(".") })
    }
}
