import Foundation
import Testing

@testable import SiteIncremental

/// The build cache trusts a file's recorded hash only while its stamp is unchanged and the file
/// had settled (not changed within a clock tick) when the stamp was taken.
@Suite struct BuildCacheTests {
    /// A file holding `text`, last modified `age` seconds ago.
    static func file(_ text: String, age: Double, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("article.md")
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -age)], ofItemAtPath: url.path)
        return url.path
    }

    /// The cache holding the record `hash(of:)` makes for `path` now, with its hash replaced by
    /// `"recorded"`, so that a trusted record shows in the answer.
    static func recorded(_ path: String) throws -> BuildCache {
        var cache = BuildCache(annotator: "test")
        var record = try #require(BuildCache(annotator: "test").hash(of: path, key: "k").record)
        record.hash = "recorded"
        cache.files["k"] = record
        return cache
    }

    @Test func aFileIsTrustedOnlyWhenItHadSettledBeforeItsOwnStampWasTaken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("build-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // Written long before it was stamped: the record holds until the file changes.
        let settled = try Self.file("first", age: 60, in: folder)
        #expect(try Self.recorded(settled).hash(of: settled, key: "k").hash == "recorded")
        // Written just now, as a build writes its content files: hashed again next time.
        let fresh = try Self.file("second", age: 0, in: folder)
        let again = try Self.recorded(fresh).hash(of: fresh, key: "k")
        #expect(again.hash != "recorded" && again.hash != nil)
        // Once stamped after it settled, it is trusted whenever the cache was made.
        var late = try Self.recorded(fresh)
        late.files["k"]?.stampedAt = Date().timeIntervalSince1970 + 60
        #expect(late.hash(of: fresh, key: "k").hash == "recorded")

        // A round trip keeps each record's time.
        let read = try BuildCache(bytes: late.encoded())
        #expect(read.files == late.files)
    }
}
