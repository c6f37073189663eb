import Foundation

/// The formats an article file can come in.
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// Text copied from a news page, or a title line followed by paragraphs.
    case text
    /// Markdown with optional YAML front matter.
    case markdown
    /// A web page as a browser saved it, gzip-compressed or not.
    case html

    /// The file name endings of each format, longest first; a name with none of them is not an article.
    static let endings: [(ending: String, format: ArticleFormat)] = [
        (".html.gz", .html), (".htm.gz", .html), (".markdown", .markdown), (".html", .html), (".htm", .html),
        (".txt", .text), (".md", .markdown),
    ]

    /// The format a file's extension implies: `.md` and `.markdown` are Markdown, `.html` and
    /// `.htm` web pages, anything else text.
    public init(pathExtension: String) {
        self = Self.endings.first { $0.ending == "." + pathExtension.lowercased() }?.format ?? .text
    }

    /// The format a file's name implies, `.html.gz` included; text when the name has no known ending.
    public init(fileName: String) {
        self = Self.ending(of: fileName)?.format ?? .text
    }

    /// The article ending `fileName` has, if any (matched without regard to case).
    static func ending(of fileName: String) -> (ending: String, format: ArticleFormat)? {
        let lower = fileName.lowercased()
        return endings.first { lower.hasSuffix($0.ending) && lower.count > $0.ending.count }
    }
}

/// Reads article files into `Article` values.
public enum ArticleReader {
    /// Reads the article at `url`, choosing the format from its name.
    public static func read(fileAt url: URL) throws(ArticleError) -> Article {
        let fileName = url.lastPathComponent
        return try read(data: fileData(url), name: articleName(fileName), format: ArticleFormat(fileName: fileName), path: url.path)
    }

    /// Reads the article at `url` with the text its ranges count in: the file's text, or for a
    /// web page the text read from it (headline, standfirst and paragraphs, a blank line apart).
    public static func readWithSource(fileAt url: URL) throws(ArticleError) -> (article: Article, source: String) {
        let fileName = url.lastPathComponent
        let format = ArticleFormat(fileName: fileName)
        let data = try fileData(url)
        if format == .html {
            let article = try read(data: data, name: articleName(fileName), format: format, path: url.path)
            return (article, HTMLArticleReader.sourceText(of: article))
        }
        let text = try SourceText.decode(data, path: url.path)
        return (try read(text: text, name: articleName(fileName), format: format, path: url.path), text)
    }

    private static func fileData(_ url: URL) throws(ArticleError) -> Data {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw .unreadable(path: url.path, reason: "it is a folder, not a file")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }

    /// The name of the article in a file: the file name without its article ending
    /// (`.txt`, `.md`, `.markdown`, `.html`, `.htm`, `.html.gz`, `.htm.gz`), or without its last extension.
    public static func articleName(_ fileName: String) -> String {
        if let ending = ArticleFormat.ending(of: fileName) {
            return String(fileName.unicodeScalars.dropLast(ending.ending.unicodeScalars.count))
        }
        return String(fileName[..<(fileName.lastIndex(of: ".") ?? fileName.endIndex)])
    }

    /// Reads an article from the bytes of a file (any encoding `read(fileAt:)` accepts); `path`
    /// only names it in errors.
    public static func read(data: Data, name: String, format: ArticleFormat, path: String) throws(ArticleError)
        -> Article
    {
        if format == .html { return try dated(HTMLArticleReader.read(bytes: [UInt8](data), name: name, path: path), name: name) }
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
        let article: Article
        switch format {
        case .text: article = try RawTextReader.read(text, name: name, path: path)
        case .markdown: article = try MarkdownArticleReader.read(text, name: name, path: path)
        case .html: article = try HTMLArticleReader.read(text: text, name: name, path: path)
        }
        return dated(article, name: name)
    }

    /// An article that gives no date of its own is dated by its file name, when that holds one.
    private static func dated(_ article: Article, name: String) -> Article {
        var article = article
        if article.date == nil { article.date = FileNameDate.find(in: name) }
        return article
    }

    /// The article files in `folder`: `*.txt`, `*.md`, `*.markdown`, `*.html`, `*.htm`, `*.html.gz` and
    /// `*.htm.gz`, sorted by name; anything else is ignored.
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
                !name.hasPrefix(".") && ArticleFormat.ending(of: name) != nil
            }
            .map { folder.appending(path: $0, directoryHint: .notDirectory) }
    }
}
