import Foundation
@testable import Site
@testable import SitePages
import Testing

@Suite struct ArticleSourcesTests {
    private func folder(with names: [String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for name in names { try Data("Title\n\nBody.\n".utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func slugsComeFromFileNamesAndCollisionsAreNumberedInSortedOrder() throws {
        let url = try folder(with: ["b.txt", "A B.md", "a-b.txt", "Müller's Claim.txt", "notes.json", ".hidden.txt"])
        defer { try? FileManager.default.removeItem(at: url) }
        let sources = try ArticleSources.find(in: url)
        #expect(sources.map(\.url.lastPathComponent) == ["A B.md", "Müller's Claim.txt", "a-b.txt", "b.txt"])
        #expect(sources.map(\.slug) == ["a-b", "mullers-claim", "a-b-2", "b"])
    }

    @Test func hostileFileNamesGiveSafeSlugs() throws {
        let url = try folder(with: ["...txt.txt", "%2e%2e.txt", "<script>.md"])
        defer { try? FileManager.default.removeItem(at: url) }
        for source in try ArticleSources.find(in: url) {
            #expect(!source.slug.isEmpty)
            #expect(source.slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }, "\(source.slug)")
        }
    }

    @Test func aMissingFolderIsAnErrorNamingIt() {
        let missing = URL(fileURLWithPath: "/nonexistent/articles")
        #expect {
            _ = try ArticleSources.find(in: missing)
        } throws: { error in
            (error as? SiteError)?.description.contains("/nonexistent/articles") == true
        }
    }
}
