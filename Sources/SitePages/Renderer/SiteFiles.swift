import Foundation

/// A whole rendered site in memory: file contents by path relative to the output folder.
public struct SiteFiles: Sendable, Hashable {
    /// File contents by relative path ("articles/x/index.html").
    public private(set) var files: [String: Data] = [:]

    /// Creates an empty site.
    public init() {}

    /// Adds or replaces the file at `path`.
    public mutating func add(_ path: String, _ text: String) {
        files[path] = Data(text.utf8)
    }

    /// Adds or replaces the file at `path`.
    public mutating func add(_ path: String, data: Data) {
        files[path] = data
    }

    /// Every path, sorted, so files are always written in the same order.
    public var paths: [String] { files.keys.sorted() }

    /// The text of the file at `path`.
    public func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
