import Foundation
import SitePages

/// The records (`TreeRecord`) of the site in the output folder and of its spare copy, kept in
/// `ROOT/content/.build-tree` (hidden, so nothing reads it as content). The build cache names
/// them by their fingerprints (`BuildCache.SiteStamp`): a record it does not name describes no
/// tree, and a missing or damaged file only means a full build.
package struct SiteTrees: Sendable, Equatable {
    /// The site in the output folder.
    package var output: TreeRecord
    /// The spare copy beside it.
    package var spare: TreeRecord

    private static let format = "verbatim site trees 1"

    /// The file of the project at `root`.
    package static func file(root: URL) -> URL {
        root.appendingPathComponent("content").appendingPathComponent(".build-tree")
    }

    /// The records saved at `root`, nil when there are none or they cannot be read.
    package static func load(root: URL) -> SiteTrees? {
        guard let data = FileManager.default.contents(atPath: file(root: root).path) else { return nil }
        var reader = BinaryReader([UInt8](data))
        do throws(BinaryReader.Damaged) {
            guard try reader.string() == format else { return nil }
            let trees = SiteTrees(output: TreeRecord(bytes: try reader.byteRun()), spare: TreeRecord(bytes: try reader.byteRun()))
            return reader.isAtEnd ? trees : nil
        } catch {
            return nil
        }
    }

    /// Saves the records at `root`, replacing the file in one step; false when it could not.
    @discardableResult
    package func save(root: URL) -> Bool {
        var writer = BinaryWriter()
        writer.write(Self.format)
        writer.write(bytes: output.bytes)
        writer.write(bytes: spare.bytes)
        return OutputFile.replace(Self.file(root: root).path, with: Data(writer.bytes)) == nil
    }

    /// The records of the output folder and of its spare copy.
    package init(output: TreeRecord, spare: TreeRecord) {
        self.output = output
        self.spare = spare
    }
}
