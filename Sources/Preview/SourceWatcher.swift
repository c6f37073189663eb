import Foundation

/// Notices changes to a project's inputs by comparing file modification times and sizes.
///
/// Polling is simple and works on every file system. The build writes `content/` itself; those
/// writes are not taken for a person's edits (see `baseline(before:after:)`).
public struct SourceWatcher: Sendable {
    /// The files and folders watched.
    public let paths: [URL]
    /// The folder the build itself writes into (`content/`), watched for a person's edits too.
    public let generated: URL

    /// A project's inputs: `articles/`, `content/`, `templates/` and `people.yml` under `root`.
    public init(root: URL) {
        paths = ["articles", "content", "templates", "people.yml"].map { root.appendingPathComponent($0) }
        generated = root.appendingPathComponent("content")
    }

    /// What to compare the next observation with after a build that started at `before` and
    /// ended at `after`: the build's own writes to `content/` are taken as seen, but any other
    /// file that changed while the build ran keeps its old state, so the change still causes a
    /// rebuild instead of being lost.
    public func baseline(before: Snapshot, after: Snapshot) -> Snapshot {
        let generatedPrefix = generated.resolvingSymlinksInPath().path + "/"
        var files = before.files.filter { !$0.key.hasPrefix(generatedPrefix) }
        for (path, state) in after.files where path.hasPrefix(generatedPrefix) { files[path] = state }
        return Snapshot(files: files)
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
