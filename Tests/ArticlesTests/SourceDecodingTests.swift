import Foundation
import Testing

@testable import Articles

@Suite struct SourceDecodingTests {
    private func write(_ bytes: [UInt8], name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-decoding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        let text = "Title Line\n\n“Quoted,” she said.\n"
        var little: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { little += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { big += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for bytes in [little, big] {
            let article = try ArticleReader.read(fileAt: write(bytes, name: "utf16.txt"))
            #expect(article.title.text == "Title Line")
            #expect(article.paragraphs.map(\.text) == ["“Quoted,” she said."])
        }
    }

    @Test func dropsAUTF8ByteOrderMark() throws {
        let article = try ArticleReader.read(fileAt: write([0xEF, 0xBB, 0xBF] + Array("Title\n\nBody.".utf8), name: "bom.txt"))
        #expect(article.title.text == "Title")
    }

    @Test func namesTheFileAndLineOfInvalidUTF8() throws {
        let url = try write(Array("Title\n\nfine line\n".utf8) + [0xC3, 0x28] + Array(" broken\n".utf8), name: "latin.txt")
        #expect(throws: ArticleError.invalidUTF8(path: url.path, line: 4)) { try ArticleReader.read(fileAt: url) }
    }

    @Test func rejectsBinaryEmptyAndMissingFiles() throws {
        let binary = try write([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01], name: "image.txt")
        #expect(throws: ArticleError.binary(path: binary.path)) { try ArticleReader.read(fileAt: binary) }
        // UTF-16 with a NUL character in it is binary too.
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "Title\n\nA\u{0}B\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let wide = try write(utf16, name: "wide.txt")
        #expect(throws: ArticleError.binary(path: wide.path)) { try ArticleReader.read(fileAt: wide) }
        let blank = try write(Array(" \n\t\n".utf8), name: "blank.txt")
        #expect(throws: ArticleError.empty(path: blank.path)) { try ArticleReader.read(fileAt: blank) }
        let missing = blank.deletingLastPathComponent().appendingPathComponent("missing.txt")
        #expect(throws: ArticleError.self) { try ArticleReader.read(fileAt: missing) }
    }

    @Test func listsOnlyArticleFilesInNameOrder() throws {
        let folder = try write(Array("x".utf8), name: "b.txt").deletingLastPathComponent()
        for name in ["a.md", "notes.pdf", ".hidden.txt", "c.markdown"] {
            try Data("T\n\nB".utf8).write(to: folder.appendingPathComponent(name))
        }
        #expect(try ArticleReader.articleFiles(in: folder).map(\.lastPathComponent) == ["a.md", "b.txt", "c.markdown"])
    }
}
