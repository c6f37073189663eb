import Foundation

/// Where the shared test data lives: `../shared` next to the package root.
public enum SharedData {
    /// The package root, found from this file's path.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared folder, or nil when it is not there.
    public static let root: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// True when the shared folder is present.
    public static var isPresent: Bool { root != nil }

    /// The path of `relative` inside the shared folder.
    public static func path(_ relative: String) -> String {
        (root ?? packageRoot).appendingPathComponent(relative).path
    }

    /// The reference article copied from a news site.
    public static var referenceArticle: URL { URL(fileURLWithPath: path("articles/sputnik-pakistan-army.txt")) }

    /// The `.txt` articles of an evaluation split (`train` or `dev`), sorted by name.
    public static func evalArticles(_ split: String) -> [URL] {
        evalSet("polnear-\(split)")
    }

    /// The `.txt` articles of the evaluation set in `eval/quotes/FOLDER` (`bbc-dev`, `polnear-train`…), sorted by name.
    public static func evalSet(_ folder: String) -> [URL] {
        let folder = URL(fileURLWithPath: path("eval/quotes/\(folder)"))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
