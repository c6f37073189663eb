/// The checksum Verbatim records in the front matter of every file it writes.
///
/// FNV-1a over the UTF-8 bytes of the file without its checksum line: stable across runs,
/// machines and Swift versions, unlike `Hasher`, and cheap enough to check every file.
enum Checksum {
    /// The front matter key.
    static let key = "checksum"
    /// What the value starts with, naming the algorithm.
    static let prefix = "fnv1a64-"

    /// The checksum value of `text`.
    static func value(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The checksum line for `text`.
    static func line(for text: String) -> String {
        "\(key): \(value(of: text))\n"
    }
}
