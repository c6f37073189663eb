import Foundation
import SitePages

/// `BuildCache` in the compact format of `BinaryWriter`: it is read and written on every build,
/// and for a large archive JSON made that a noticeable part of a one-article rebuild.
extension BuildCache {
    private static let format = "verbatim build cache 3"

    /// The cache as bytes; `init(bytes:)` reads it back equal.
    func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(Self.format)
        writer.write(annotator)
        writer.write(unordered: articles) { writer, entry in
            writer.write(entry.article)
            writer.write(entry.content)
        }
        writer.write(unordered: files) { writer, record in
            writer.write(record.stamp)
            writer.write(record.hash)
            writer.write(Int(Int64(bitPattern: record.stampedAt.bitPattern)))
        }
        writer.write(site != nil)
        if let site {
            writer.write(site.inputs)
            writer.write(site.output)
            writer.write(site.articleCount)
            writer.write(site.speakerCount)
            writer.write(site.topicCount)
            writer.write(site.fileCount)
            writer.write(site.frame)
            writer.write(site.generation)
            writer.write(site.spare)
            writer.write(site.lag)
        }
        return writer.bytes
    }

    /// Reads a cache that `encoded()` wrote.
    init(bytes: [UInt8]) throws(BinaryReader.Damaged) {
        var reader = BinaryReader(bytes)
        guard try reader.string() == Self.format else { throw BinaryReader.Damaged() }
        self.init(annotator: try reader.string())
        for _ in 0..<max(0, try reader.int()) {
            let slug = try reader.string()
            articles[slug] = Entry(article: try reader.string(), content: try reader.string())
        }
        for _ in 0..<max(0, try reader.int()) {
            let key = try reader.string()
            files[key] = FileRecord(
                stamp: try reader.string(), hash: try reader.string(),
                stampedAt: Double(bitPattern: UInt64(bitPattern: Int64(try reader.int()))))
        }
        if try reader.bool() {
            site = SiteStamp(
                inputs: try reader.string(), output: try reader.string(), articleCount: try reader.int(),
                speakerCount: try reader.int(), topicCount: try reader.int(), fileCount: try reader.int(),
                frame: try reader.string(), generation: try reader.string(), spare: try reader.optionalString(),
                lag: try reader.strings())
        }
        guard reader.isAtEnd else { throw BinaryReader.Damaged() }
    }
}
