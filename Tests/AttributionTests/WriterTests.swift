import Articles
import Testing

@testable import Attribution

/// "I" outside a quote is the article's writer, whom the text does not name, on sentences from
/// real first-person reports.
@Suite struct WriterTests {
    @Test func iOutsideAQuoteIsTheWriterNotThePersonNamedLast() {
        // From Dinesh D'Souza's account of his sentencing, published by Breitbart.
        let result = ArticleFixture.attribute([
            "Brafman said, “The zeal with which this case was brought from in- ception to the Southern District is uncharacteristic of any case that we have found.”",
            "I was not off to a good start. “Okay,” I said, attempting to regroup.",
        ])
        #expect(result.map(\.speaker) == ["Brafman", "the writer"])
    }

    @Test func theWritersCueOnlySetsTheSceneForAnotherSpeaker() {
        // From Dinesh D'Souza's account of his sentencing, published by Breitbart.
        let result = ArticleFixture.attribute([
            "Brafman said, “The zeal with which this case was brought from in- ception to the Southern District is uncharacteristic of any case that we have found.”",
            "Later, when I emailed Brafman to thank him for his stellar work on my behalf, he replied, “This was one of my finest moments in thirty-eight years of work and I am absolutely delighted that I was able to save you from prison.”",
        ])
        #expect(result.map(\.speaker) == ["Brafman", "Brafman"])
    }
}
