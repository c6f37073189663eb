import Foundation
import Testing
import TestSupport

@testable import Articles

/// Saved pages from ../shared/testdata/article-extraction, read through the public reader.
private func savedPage(_ prefix: String) throws -> URL {
    let folder = URL(fileURLWithPath: SharedData.path("testdata/article-extraction/html"))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    let name = try #require(names.first { $0.hasPrefix(prefix) }, "no saved page \(prefix)* in \(folder.path)")
    return folder.appendingPathComponent(name)
}

private let needsPages: ConditionTrait = .enabled(
    if: FileManager.default.fileExists(atPath: SharedData.path("testdata/article-extraction/html")),
    "needs ../shared/testdata/article-extraction")

@Suite struct HTMLArticleReaderTests {
    @Test(needsPages)
    func readsTheWallStreetJournalPageFromItsJSONLD() throws {
        let article = try ArticleReader.read(fileAt: savedPage("042bb7b5"))
        // The page's <title> ends "  - WSJ"; the headline comes without it.
        #expect(article.title.text == "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay")
        #expect(article.source == "Wall Street Journal")
        #expect(article.author == "Sarah E. Needleman")
        #expect(article.date == "2019-11-19T13:03:00.000Z")
        #expect(article.standfirst?.text.hasPrefix("There are more devices, platforms and services") == true)
        #expect(article.paragraphs.first?.text.hasPrefix("Gaming used to be so simple.") == true)
        #expect(article.name == "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856")
    }

    @Test(needsPages)
    func takesTheSiteNameOffTheTitleAndKeepsBothAuthors() throws {
        let times = try ArticleReader.read(fileAt: savedPage("8634d121"))
        #expect(times.title.text == "Column: Gannett/GateHouse merger bodes ill for future of local news")
        #expect(times.source == "Los Angeles Times")
        #expect(times.author == "Michael Hiltzik")
        let post = try ArticleReader.read(fileAt: savedPage("a1fca19b"))
        #expect(post.author == "Lia Eustachewich and Yaron Steinbuch")
        #expect(post.source == "New York Post")
        #expect(post.paragraphs.first?.text.hasPrefix("Two hostages — an American and an Australian") == true)
    }

    @Test(needsPages)
    func prefersTheHeadingToATitleWithTheBlogsName() throws {
        // The first <h1> is the blog's name; the title is "Headline - The GiveWell Blog".
        let article = try ArticleReader.read(fileAt: savedPage("ad9e9e59"))
        #expect(article.title.text == "A grant to Evidence Action Beta to prototype, test, and scale promising programs")
        #expect(article.source == "The GiveWell Blog")
        #expect(article.paragraphs.last?.text == "We look forward to sharing updates and the results.")
    }

    @Test(needsPages)
    func decodesReferencesThatTheJSONLDEscapedTwice() throws {
        let article = try ArticleReader.read(fileAt: savedPage("33fe2471"))
        #expect(article.title.text == "‘The Medium is the Message’: the 7th Amsterdam Light Festival")
    }

    @Test(needsPages)
    func everyPageReadsWithRangesIntoItsSourceText() throws {
        let folder = URL(fileURLWithPath: SharedData.path("testdata/article-extraction/html"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html.gz") }
        #expect(names.count == 111)
        for name in names {
            let (article, source) = try ArticleReader.readWithSource(fileAt: folder.appendingPathComponent(name))
            let scalars = Array(source.unicodeScalars)
            #expect(!article.paragraphs.isEmpty, "\(name)")
            for block in article.textBlocks {
                #expect(String(String.UnicodeScalarView(scalars[block.range.start..<block.range.end])) == block.text, "\(name)")
            }
            // Nothing of the page's markup or scripts comes through as text.
            #expect(!article.paragraphs.contains { $0.text.contains("<script") || $0.text.contains("function(") }, "\(name)")
        }
    }

    @Test func takesTheDeclaredBodyOnlyWhenThePageShowsLittleOfIt() throws {
        let sentence = "The harbour board said on Monday that the strike, now in its ninth day, had ended with a deal."
        let declared = (1...8).map { "\($0). \(sentence)" }.joined(separator: "\\n")
        func page(_ body: String, declared: String) -> Data {
            Data("""
                <html><head><title>Strike ends</title><script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Strike ends",
                 "articleBody": "\(declared)"}</script></head><body><article>\(body)</article></body></html>
                """.utf8)
        }
        let teaser = try ArticleReader.read(data: page("<p>1. \(sentence)</p>", declared: declared), name: "t", format: .html, path: "t.html")
        #expect(teaser.paragraphs.count == 8)
        #expect(teaser.paragraphs.last?.text == "8. \(sentence)")
        // A page that shows its article keeps its own paragraphs.
        let shown = (1...6).map { "<p>\($0). \(sentence)</p>" }.joined()
        let whole = try ArticleReader.read(data: page(shown, declared: declared), name: "w", format: .html, path: "w.html")
        #expect(whole.paragraphs.count == 6)
        // A declared body with markup in it is not text to show.
        let marked = (1...8).map { "<p>\($0). \(sentence)</p>" }.joined()
        let kept = try ArticleReader.read(data: page("<p>1. \(sentence)</p>", declared: marked), name: "m", format: .html, path: "m.html")
        #expect(kept.paragraphs.map(\.text) == ["1. \(sentence)"])
    }

    @Test func findsSavedPagesBesideTextArticlesAndNamesThemWithoutTheirEndings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.txt", "b.html", "c.HTM", "d.html.gz", "e.htm.gz", "f.gz", "g.json", ".h.html"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let found = try ArticleReader.articleFiles(in: folder).map(\.lastPathComponent)
        #expect(found == ["a.txt", "b.html", "c.HTM", "d.html.gz", "e.htm.gz"])
        #expect(found.map(ArticleReader.articleName) == ["a", "b", "c", "d", "e"])
        #expect(ArticleFormat(fileName: "d.html.gz") == .html)
        #expect(ArticleFormat(fileName: "notes.md") == .markdown)
    }
}
