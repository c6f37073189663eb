import Foundation

/// The formats an article file can come in.
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// Text copied from a news page, or a title line followed by paragraphs.
    case text
    /// Markdown with optional YAML front matter.
    case markdown

    /// The format a file's extension implies: `.md` and `.markdown` are Markdown, anything else text.
    public init(pathExtension: String) {
        self = ["md", "markdown"].contains(pathExtension.lowercased()) ? .markdown : .text
    }
}

/// Reads article files into `Article` values.
public enum ArticleReader {
    /// Reads the article at `url`, choosing the format from its extension.
    public static func read(fileAt url: URL) throws(ArticleError) -> Article {
        let data: Data
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw .unreadable(path: url.path, reason: "it is a folder, not a file")
        }
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return try read(
            data: data, name: url.deletingPathExtension().lastPathComponent,
            format: ArticleFormat(pathExtension: url.pathExtension), path: url.path)
    }

    /// Reads an article from the bytes of a file (any encoding `read(fileAt:)` accepts); `path`
    /// only names it in errors.
    public static func read(data: Data, name: String, format: ArticleFormat, path: String) throws(ArticleError)
        -> Article
    {
        let text = try SourceText.decode(data, path: path)
        return try read(text: text, name: name, format: format, path: path)
    }

    /// Reads an article from text already in memory; `path` only names it in errors. Without a
    /// date in the text, the date is the `YYYY-MM-DD` in `name`, if any (`FileNameDate`).
    public static func read(text: String, name: String, format: ArticleFormat, path: String? = nil) throws(ArticleError)
        -> Article
    {
        let path = path ?? name
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(path: path) }
        var article: Article
        switch format {
        case .text: article = try RawTextReader.read(text, name: name, path: path)
        case .markdown: article = try MarkdownArticleReader.read(text, name: name, path: path)
        }
        // An article that gives no date of its own is dated by its file name, when that holds one.
        if article.date == nil { article.date = FileNameDate.find(in: name) }
        return article
    }

    /// The article files in `folder`: `*.txt`, `*.md` and `*.markdown`, sorted by name; anything else is ignored.
    public static func articleFiles(in folder: URL) throws(ArticleError) -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw .unreadable(path: folder.path, reason: (error as NSError).localizedDescription)
        }
        // Told as files without looking: `appendingPathComponent` looks at each one on disk to
        // see whether it is a folder, ten thousand lookups on every build of a large archive.
        return names.sorted()
            .filter { name in
                guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
                return ["txt", "md", "markdown"].contains(name[name.index(after: dot)...].lowercased())
            }
            .map { folder.appending(path: $0, directoryHint: .notDirectory) }
    }
}
