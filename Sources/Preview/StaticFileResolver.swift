import Foundation

/// What the preview server does with a request path.
public enum Resolution: Sendable, Equatable {
    /// Send this file.
    case file(URL)
    /// A folder asked for without its final "/": send the browser to `location`, so the page's
    /// relative links resolve from inside the folder.
    case redirect(location: String)
    /// The path is malformed or tries to leave the site (`..`, encoded slashes, NUL).
    case badRequest
    /// Nothing there, or something outside the site (a symlink out).
    case notFound
}

/// Maps request paths to files inside the site folder, and never to anything outside it.
public struct StaticFileResolver: Sendable {
    /// The site folder, symlinks resolved.
    public let root: URL

    /// Creates a resolver serving `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Resolves `rawPath`, the request target's path exactly as sent (percent-encoded, no query).
    public func resolve(_ rawPath: String) -> Resolution {
        guard rawPath.hasPrefix("/") else { return .badRequest }
        var segments: [String] = []
        for raw in rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            // Decoding segment by segment keeps an encoded "/" ("%2F") from becoming a separator.
            guard let segment = raw.removingPercentEncoding else { return .badRequest }
            if segment.contains("/") || segment.contains("\\") || segment.contains("\0") { return .badRequest }
            if segment == "." || segment == ".." { return .badRequest }
            segments.append(segment)
        }
        let wantsFolder = segments.last?.isEmpty ?? true
        let parts = segments.filter { !$0.isEmpty }
        let candidate = parts.reduce(root) { $0.appendingPathComponent($1) }
        let resolved = candidate.resolvingSymlinksInPath()
        guard isInside(resolved) else { return .notFound }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder) else { return .notFound }
        if !isFolder.boolValue { return wantsFolder && !parts.isEmpty ? .notFound : .file(resolved) }
        guard wantsFolder else { return .redirect(location: rawPath + "/") }
        let index = resolved.appendingPathComponent("index.html").resolvingSymlinksInPath()
        guard isInside(index), FileManager.default.fileExists(atPath: index.path) else { return .notFound }
        return .file(index)
    }

    /// The site's own 404 page, when it has one.
    public var notFoundPage: URL? {
        let page = root.appendingPathComponent("404.html")
        return FileManager.default.fileExists(atPath: page.path) ? page : nil
    }

    private func isInside(_ url: URL) -> Bool {
        let path = url.path
        return path == root.path || path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/")
    }
}
