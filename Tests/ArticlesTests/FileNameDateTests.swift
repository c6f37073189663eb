import Articles
import Testing

/// Dates in article file names, for articles whose text gives none.
@Suite struct FileNameDateTests {
    @Test func findsTheDateWhereArchivesPutIt() {
        #expect(FileNameDate.find(in: "breitbart_2016-09-12_stealth-over-health") == "2016-09-12")
        #expect(FileNameDate.find(in: "2022-04-14-pakistan-army") == "2022-04-14")
        #expect(FileNameDate.find(in: "report-2021-12-31") == "2021-12-31")
    }

    @Test func ignoresNumbersThatAreNotADate() {
        #expect(FileNameDate.find(in: "harbour-strike-vote") == nil)
        #expect(FileNameDate.find(in: "2016-13-01-bad-month") == nil)
        #expect(FileNameDate.find(in: "2016-09-32-bad-day") == nil)
        #expect(FileNameDate.find(in: "12016-09-12-too-many-digits") == nil)
        #expect(FileNameDate.find(in: "2016-09-123") == nil)
        #expect(FileNameDate.find(in: "") == nil)
    }

    @Test func anArticleWithoutADateTakesItsFileNames() throws {
        let plain = try ArticleReader.read(text: "Title\n\nBody.\n", name: "cnn_2016-10-01_debate", format: .text)
        #expect(plain.date == "2016-10-01")
        let dated = try ArticleReader.read(
            text: "---\ntitle: T\ndate: 2020-01-02\n---\n\nBody.\n", name: "2016-10-01-x", format: .markdown)
        #expect(dated.date == "2020-01-02")
    }
}
