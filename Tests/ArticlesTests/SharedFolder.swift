import Foundation

/// Locates `../shared` beside the package root, where the reference article and evaluation corpus live.
enum SharedFolder {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: url.path) }

    static var referenceArticle: URL { url.appendingPathComponent("articles/sputnik-pakistan-army.txt") }

    static func evalArticles(_ split: String) -> [URL] {
        let folder = url.appendingPathComponent("eval/quotes/polnear-\(split)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
