import Articles
import Attribution
import Content
import Foundation
import Testing

/// A file Verbatim wrote is recognised as untouched; any change by a person is noticed.
@Suite struct HandEditTests {
    private let folder: URL = FileManager.default.temporaryDirectory.appendingPathComponent(
        "content-\(UUID().uuidString)")

    private func written() -> String {
        var builder = ArticleBuilder(title: "Edits")
        builder.paragraph("“We will go,” said Khan.")
        builder.quote("We will go,", inParagraph: 0, by: "imran-khan", mention: "Khan")
        let speakers = [Speaker(id: "imran-khan", name: "Imran Khan", kind: .person)]
        return AnnotatedMarkdown.write(
            article: builder.article, annotations: Annotations(quotes: builder.quotes, speakers: speakers))
    }

    private func file(_ text: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("\(UUID().uuidString).md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func untouchedFileIsNotHandEdited() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(!AnnotatedMarkdown.isHandEdited(try file(written())))
    }

    @Test func everyKindOfChangeIsNoticed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = written()
        let changes = [
            original.replacingOccurrences(of: "[imran-khan]", with: "[no speaker]"),
            original.replacingOccurrences(of: "said", with: "says"),
            original.replacingOccurrences(of: "title: 'Edits'", with: "title: 'Edited'"),
            original + "\nA new paragraph.\n",
            original.replacingOccurrences(of: "\n", with: "\r\n"),
            String(original.dropLast()),
        ]
        for changed in changes {
            #expect(changed != original)
            #expect(AnnotatedMarkdown.isHandEdited(try file(changed)))
        }
    }

    @Test func fileWithoutChecksumIsHandMade() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = written()
        let withoutChecksum = original.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("checksum: ") }.joined(separator: "\n")
        #expect(withoutChecksum != original)
        #expect(AnnotatedMarkdown.isHandEdited(try file(withoutChecksum)))
        #expect(AnnotatedMarkdown.isHandEdited(try file("# Notes\n\nWritten by hand.\n")))
    }

    @Test func changeUndoneIsNotHandEdited() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = written()
        let path = try file(original.replacingOccurrences(of: "said", with: "says"))
        #expect(AnnotatedMarkdown.isHandEdited(path))
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(!AnnotatedMarkdown.isHandEdited(path))
    }

    @Test func missingFileIsNotHandEdited() {
        #expect(!AnnotatedMarkdown.isHandEdited(folder.appendingPathComponent("none.md").path))
    }

    @Test func checksumIsStable() {
        // The same article gives the same bytes, checksum included, on every run and machine.
        let first = written()
        #expect(first == written())
        #expect(first.contains("checksum: fnv1a64-"))
    }
}
