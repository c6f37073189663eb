import Content
import Foundation

/// Where the article pages of a full build read their bodies: the content files the build read,
/// each checked to be the file it hashed. Holding every body from reading to rendering was a
/// fifth of a large build's memory; a page reads its own back, from the disk cache, just before
/// it is rendered.
package struct ContentBodies: Sendable {
    /// A content file and its hash when the build looked at it.
    package struct File: Sendable {
        var path: String
        var hash: String

        /// The content file at `path`, which hashed to `hash`.
        package init(path: String, hash: String) {
            self.path = path
            self.hash = hash
        }
    }

    /// The content file of each article, by slug.
    let files: [String: File]

    /// The body of the article `slug`, nil when it has no content file here.
    func body(of slug: String) throws(SiteError) -> String? {
        guard let file = files[slug] else { return nil }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw .contentUnreadable(path: file.path, reason: "no longer readable")
        }
        guard ContentHash.of(data) == file.hash, let text = String(data: data, encoding: .utf8) else {
            throw .contentChanged(path: file.path)
        }
        do {
            return try AnnotatedMarkdown.body(of: text, path: file.path)
        } catch {
            throw .contentInvalid(path: file.path, error: error)
        }
    }

    /// Bodies read from `files`.
    package init(files: [String: File]) {
        self.files = files
    }
}
