import Articles
import Foundation

/// A 64-bit FNV-1a hash of bytes, as 16 hex digits: cheap, stable across runs and machines, and
/// plenty to tell a changed file from an unchanged one (it guards against accidents, not attacks).
public enum ContentHash {
    /// The hash of `data`.
    public static func of(_ data: Data) -> String {
        data.withUnsafeBytes { of(UnsafeRawBufferPointer($0)) }
    }

    /// The hash of `bytes`.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> String {
        FNV1a.hex(FNV1a.hash(bytes))
    }

    /// The hash of the file at `path`, nil when it cannot be read.
    public static func ofFile(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map(of)
    }

    /// One hash over several labelled parts, in order.
    public static func combining(_ parts: [String]) -> String {
        of(Data(parts.joined(separator: "\u{0}").utf8))
    }
}
