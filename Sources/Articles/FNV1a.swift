/// The 64-bit FNV-1a hash: stable across runs, machines and Swift versions (unlike `Hasher`),
/// cheap, and plenty to tell changed bytes from unchanged ones. It guards against accidents, not
/// attacks. Content checksums, build-cache hashes, graph digests, word tables and
/// slug suffixes all use it.
public enum FNV1a {
    /// The hash of `units`: bytes, or wider code units such as Unicode scalar values, each
    /// folded in whole.
    @inlinable
    public static func hash<Units: Sequence>(_ units: Units) -> UInt64 where Units.Element: FixedWidthInteger {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in units {
            hash = (hash ^ UInt64(truncatingIfNeeded: unit)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// `hash` as 16 lowercase hex digits.
    public static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
