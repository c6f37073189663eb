import Articles
import Testing

@testable import Attribution

/// How a title's gender keeps family members with one surname apart, on paragraphs taken from
/// real news text.
@Suite struct EntityGenderTests {
    private let khanParagraphs = [
        "The confrontation between the parents, Khizr and Ghazala Khan, and Mr. Trump has emerged as an unexpected and potentially pivotal flash point in the general election.",
        "Hillary Clinton sternly reprimanded Mr. Trump, saying at a church in Cleveland that Mr. Trump had answered the Khan family's sacrifice with personal disrespect.",
        "''I implore those patriotic Americans that would probably vote for Donald Trump in November, I appeal to them not to vote for hatred, not to vote for fear-mongering,'' Mr. Khan said.",
        "And Ms. Khan, in an opinion article published in The Washington Post, rebuked Mr. Trump for suggesting earlier this weekend that she had not been permitted to speak at the Democratic convention.",
        "''All the world, all America, felt my pain. I am a Gold Star mother. Whoever saw me felt me in their heart,'' Ms. Khan wrote. She continued: ''Donald Trump has children whom he loves. Does he really need to wonder why I did not speak?''",
    ]

    @Test func msAndMrWithOneSurnameAreTwoPeople() {
        let annotations = Attributor.attribute(ArticleFixture.make(khanParagraphs))
        let speakers = annotations.quotes.compactMap { $0.speakerID }
        #expect(speakers.count == 3)
        #expect(Set(speakers).count == 2)
        #expect(speakers[1] == speakers[2])
    }

    @Test func sheAfterMsPointsToHer() {
        let result = ArticleFixture.attribute(khanParagraphs)
        #expect(result.last?.speaker == result.dropLast().last?.speaker)
        #expect(result.last?.speaker != "Hillary Clinton")
    }

    @Test func mrsNamesTheFirstWomanWithTheSurname() {
        let result = ArticleFixture.attribute([
            "''Well, I would say that everybody should be believed at first until they are disbelieved based on evidence,'' Mrs. Clinton said.",
            "Bill Clinton campaigned for his wife on Tuesday, while Hillary Clinton stayed in Iowa.",
        ])
        #expect(result.first?.speaker == "Hillary Clinton")
    }
}
