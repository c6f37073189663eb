import Articles
import Attribution
import Content
import Foundation
import Testing
import TestSupport

/// The real pipeline: read an article file, attribute it, write annotated Markdown, read it back.
@Suite struct PipelineRoundTripTests {
    /// The repository's sample articles and the development evaluation texts.
    static let files: [URL] = {
        var files: [URL] = []
        let samples = SharedData.packageRoot.appendingPathComponent("articles")
        if let urls = try? ArticleReader.articleFiles(in: samples) { files += urls }
        if SharedData.isPresent {
            files.append(URL(fileURLWithPath: SharedData.path("articles/sputnik-pakistan-army.txt")))
            let dev = URL(fileURLWithPath: SharedData.path("eval/quotes/polnear-dev"))
            if let urls = try? ArticleReader.articleFiles(in: dev) { files += urls }
        }
        return files
    }()

    @Test(.enabled(if: files.count > 20, "needs the sample articles and ../shared/eval/quotes/polnear-dev"))
    func attributedArticlesRoundTrip() throws {
        var quotes = 0
        var speakers = 0
        for file in Self.files {
            let article = try ArticleReader.read(fileAt: file)
            let annotations = Attributor.attribute(article)
            let markdown = AnnotatedMarkdown.write(article: article, annotations: annotations)
            let name = file.lastPathComponent
            let document = try AnnotatedMarkdown.read(markdown, slug: article.name, path: "content/\(name).md")
            #expect(document.title == article.title.text, "\(name): title")
            #expect(document.standfirst == article.standfirst?.text, "\(name): standfirst")
            #expect(document.paragraphs == article.paragraphs.map(\.text).filter { !$0.isEmpty }, "\(name): paragraphs")
            #expect(document.speakers.map(\.id) == annotations.speakers.map(\.id), "\(name): speakers")
            let expected = RoundTripTests.placedQuotes(annotations.quotes)
            #expect(document.quotes.map(\.text) == expected.map(\.text), "\(name): quote texts")
            #expect(document.quotes.map(\.speakerID) == expected.map(\.speakerID), "\(name): quote speakers")
            quotes += document.quotes.count
            speakers += document.speakers.count
        }
        #expect(quotes > 500)
        #expect(speakers > 100)
    }
}
