import Foundation

/// Where the shared test data lives: `../shared` next to the package root.
enum SharedData {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared folder, or nil when it is not there.
    static let root: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// True when the shared folder is present.
    static var isPresent: Bool { root != nil }

    /// The path of `relative` inside the shared folder.
    static func path(_ relative: String) -> String {
        (root ?? packageRoot).appendingPathComponent(relative).path
    }
}
