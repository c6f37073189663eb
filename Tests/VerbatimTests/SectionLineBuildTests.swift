import Foundation
import Testing

/// `verbatim build` over the 40 BBC articles of ../shared/eval/quotes/bbc-dev, 24 of which open
/// with a section line ("Politics", "Sport", "Entertainment") above the headline.
@Suite(.serialized) struct SectionLineBuildTests {
    /// The articles, when ../shared is next to the package.
    static let corpus = BuildCommandTests.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/eval/quotes/bbc-dev")
    static let canRun = FileManager.default.fileExists(atPath: corpus.path) && BuildCommandTests.verbatim != nil

    /// The letters and digits of `text`, lowercased: a headline compared with the file name made from it.
    static func letters(_ text: some StringProtocol) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.isASCII && CharacterSet.alphanumerics.contains($0) }
            .map(Character.init))
    }

    @Test(.enabled(if: canRun, "needs ../shared/eval/quotes/bbc-dev and the verbatim program built"))
    func headlinesAreTitlesAndSectionsAreTopics() throws {
        let project = try BuildCommandTests.Project(articles: Self.corpus)
        let result = try project.build()
        #expect(result.status == 0, "\(result.stderr)")
        let site = BuildCommandTests.files(in: project.output)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        #expect(names.count == 40)

        for name in names {
            // "bbc-SECTION-HEADLINE-AS-SLUG": the page's heading must be the headline the name was made from.
            let headline = name.split(separator: "-", maxSplits: 2)[2]
            let page = try #require(site["articles/\(name)/index.html"], "no page for \(name)")
            let html = String(decoding: page, as: UTF8.self)
            let heading = try #require(BuildCommandTests.matches(#"<h1 id="title">(.*?)</h1>"#, in: html).first)
            #expect(Self.letters(BuildCommandTests.plain(heading[1])) == Self.letters(headline), "\(name): \(heading[1])")
        }

        let topicPages = site.keys.filter { $0.hasPrefix("topics/") && $0.hasSuffix("/index.html") && $0 != "topics/index.html" }
        #expect(Set(topicPages.map { $0.split(separator: "/")[1] }) == ["politics", "sport", "entertainment"])
        for section in ["politics", "sport", "entertainment"] {
            let page = String(decoding: site["topics/\(section)/index.html"] ?? Data(), as: UTF8.self)
            for name in names {
                let listed = page.contains("articles/\(name)/")
                #expect(listed == name.hasPrefix("bbc-\(section)-"), "topics/\(section) and \(name)")
            }
        }
    }
}
