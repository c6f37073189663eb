import Articles

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
        prefix + FNV1a.hex(FNV1a.hash(text.utf8))
    }

    /// The checksum line for `text`.
    static func line(for text: String) -> String {
        "\(key): \(value(of: text))\n"
    }
}
