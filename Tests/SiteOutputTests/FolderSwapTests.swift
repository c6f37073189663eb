import Foundation
@testable import SiteOutput
import Testing

/// The one-step exchange the site writer relies on to never leave the output path empty.
@Suite struct FolderSwapTests {
    @Test func exchangesTwoFoldersInPlace() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("swap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let first = base.appendingPathComponent("first")
        let second = base.appendingPathComponent("second")
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        try Data("one".utf8).write(to: first.appendingPathComponent("marker"))
        try Data("two".utf8).write(to: second.appendingPathComponent("marker"))
        #expect(FolderSwap.exchange(first.path, second.path))
        #expect(FileManager.default.contents(atPath: first.appendingPathComponent("marker").path) == Data("two".utf8))
        #expect(FileManager.default.contents(atPath: second.appendingPathComponent("marker").path) == Data("one".utf8))
    }

    @Test func refusesWhenOneSideIsMissing() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("swap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        #expect(!FolderSwap.exchange(base.path, base.appendingPathComponent("missing").path))
    }
}
