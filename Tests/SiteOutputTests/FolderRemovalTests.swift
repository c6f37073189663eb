import Foundation
@testable import SiteOutput
import Testing

/// Deleting a site folder on every core deletes all of it and nothing outside it.
@Suite struct FolderRemovalTests {
    @Test func removesEveryFileAndFolderButNothingALinkPointsAt() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("removal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let site = base.appendingPathComponent("site")
        let outside = base.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("kept.txt"))
        // Enough page folders for the work to be shared between cores, and a deeper one.
        for index in 0..<700 {
            let folder = site.appendingPathComponent("articles/a\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("page \(index)".utf8).write(to: folder.appendingPathComponent("index.html"))
        }
        let deep = site.appendingPathComponent("people/p/more/deeper")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: deep.appendingPathComponent("f.json"))
        try Data("home".utf8).write(to: site.appendingPathComponent("index.html"))
        try FileManager.default.createSymbolicLink(
            at: site.appendingPathComponent("articles/a1/escape"), withDestinationURL: outside)

        FolderRemoval.remove(site.path)

        #expect(!FileManager.default.fileExists(atPath: site.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("kept.txt"), encoding: .utf8) == "keep")
    }

    @Test func aMissingFolderIsNoError() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString)")
        FolderRemoval.remove(missing.path)
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }
}
