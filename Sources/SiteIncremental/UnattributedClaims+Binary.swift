import SiteModel
import SitePages

/// The claims on quotes credited to nobody in the graph cache.
extension UnattributedClaims {
    /// Appends the claims; `init(from:)` reads them back equal. Places are written in order,
    /// so that equal claims give equal bytes.
    func write(to writer: inout BinaryWriter) {
        let places = passages.keys.sorted { ($0.articleSlug, $0.index) < ($1.articleSlug, $1.index) }
        writer.write(places.count)
        for place in places {
            writer.write(place.articleSlug)
            writer.write(place.index)
            // Hashes as their eight bytes: as numbers in 7-bit groups most would take ten.
            let hashes = passages[place]!
            writer.write(bytes: hashes.map(\.littleEndian).withUnsafeBytes { Array($0) })
            let found = claims[place] ?? []
            writer.write(found.count)
            for claim in found {
                writer.write(claim.place.articleSlug)
                writer.write(claim.place.index)
                writer.write(claim.speaker)
            }
        }
    }

    /// Reads claims that `write(to:)` wrote.
    init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        var passages: [QuotePlace: [UInt64]] = [:]
        var claims: [QuotePlace: [Claim]] = [:]
        let count = try reader.int()
        guard count >= 0 else { throw BinaryReader.Damaged() }
        passages.reserveCapacity(count)
        for _ in 0..<count {
            let place = QuotePlace(articleSlug: try reader.string(), index: try reader.int())
            let bytes = try reader.byteRun()
            guard bytes.count % 8 == 0 else { throw BinaryReader.Damaged() }
            passages[place] = bytes.withUnsafeBytes { raw in
                (0..<raw.count / 8).map {
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self))
                }
            }
            let found = try reader.list { reader throws(BinaryReader.Damaged) in
                Claim(
                    place: QuotePlace(articleSlug: try reader.string(), index: try reader.int()),
                    speaker: try reader.string())
            }
            if !found.isEmpty { claims[place] = found }
        }
        self.init(passages: passages, claims: claims)
    }
}
