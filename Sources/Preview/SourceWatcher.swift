import Foundation

/// Notices changes to a project's inputs by comparing file modification times and sizes.
///
/// Polling is simple and works on every file system; the build itself skips rewriting content
/// files that did not change, so a build does not trigger another.
public struct SourceWatcher: Sendable {
    /// The files and folders watched.
    public let paths: [URL]

    /// A project's inputs: `articles/`, `content/`, `templates/` and `people.yml` under `root`.
    public init(root: URL) {
        paths = ["articles", "content", "templates", "people.yml"].map { root.appendingPathComponent($0) }
    }

    /// One observation of every watched file: path, modification time and size, sorted by path.
    public struct Snapshot: Sendable, Equatable {
        /// Each file's path with its modification time and size.
        public var files: [String: [Double]]
    }

    /// Looks at every watched file now.
    public func snapshot() -> Snapshot {
        var files: [String: [Double]] = [:]
        let manager = FileManager.default
        for path in paths {
            let resolved = path.resolvingSymlinksInPath()
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: resolved.path, isDirectory: &isFolder) else { continue }
            let members =
                isFolder.boolValue
                ? ((manager.enumerator(atPath: resolved.path)?.allObjects as? [String]) ?? []).map {
                    resolved.appendingPathComponent($0)
                } : [resolved]
            for member in members {
                guard let attributes = try? manager.attributesOfItem(atPath: member.path) else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
                files[member.path] = [modified, size]
            }
        }
        return Snapshot(files: files)
    }
}
