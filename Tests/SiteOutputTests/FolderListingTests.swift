import Foundation
import Testing

@testable import SiteOutput

/// Listing a folder through its descriptor gives every entry by name, however the names fall in
/// the system's listing buffer.
@Suite struct FolderListingTests {
    @Test func aFolderOfManyShortNamesIsListedWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Names of every length from 1 to 40 bytes, thousands of them, as a search index has: some
        // entry ends the listing's buffer at the end of a page.
        var names = Set<String>()
        for index in 0..<4000 {
            let name = String(String(index, radix: 36).reversed()) + String(repeating: "x", count: index % 40)
            names.insert(name)
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil)
        }
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        let entries = try #require(FolderListing.entries(of: descriptor))
        #expect(Set(entries.map(\.name)) == names)
        #expect(entries.count == names.count)
    }
}
