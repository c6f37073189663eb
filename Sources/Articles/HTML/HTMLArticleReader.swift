/// Reads a saved web page (`.html`, `.htm`, gzip-compressed or not) into an `Article`.
///
/// The article's source text is the text read from the page, laid out as a text article is:
/// the headline, the standfirst and each paragraph separated by blank lines. Every `TextRange`
/// points into that text, which `verbatim read` shows.
enum HTMLArticleReader {
    /// Reads the bytes of a saved page.
    static func read(bytes: [UInt8], name: String, path: String) throws(ArticleError) -> Article {
        var bytes = bytes
        if Gzip.isCompressed(bytes) {
            do {
                bytes = try Gzip.inflate(bytes)
            } catch {
                throw .unreadable(path: path, reason: error.reason)
            }
        }
        let text: String
        do {
            text = try PageEncoding.decode(bytes)
        } catch .binary {
            throw .binary(path: path)
        } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        return try read(text: text, name: name, path: path)
    }

    /// Reads a page already decoded to text.
    static func read(text: String, name: String, path: String) throws(ArticleError) -> Article {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(path: path) }
        guard let tree = PageTree(html: text) else { throw .noArticleText(path: path) }
        let page = PageBlocks(tree)
        let headings = page.blocks.filter { tree.nodes[$0.owner].tag == "h1" }.prefix(8).map(\.text)
        let metadata = PageMetadata(tree: tree, headings: headings)
        let content = MainContent(tree: tree, page: page)
        let paragraphs = ArticleBodyBlocks.paragraphs(content, title: metadata.title, declaredBody: metadata.articleBody)
        guard let title = metadata.title ?? paragraphs.first, !paragraphs.isEmpty else { throw .noArticleText(path: path) }
        return assemble(name: name, title: title, metadata: metadata, paragraphs: paragraphs)
    }

    /// The article with ranges into its source text: headline, standfirst and paragraphs, one
    /// blank line apart.
    private static func assemble(name: String, title: String, metadata: PageMetadata, paragraphs: [String]) -> Article {
        var offset = 0
        func block(_ text: String) -> TextBlock {
            let length = text.unicodeScalars.count
            defer { offset += length + 2 }
            return TextBlock(text: text, range: TextRange(start: offset, end: offset + length))
        }
        let titleBlock = block(title)
        let standfirst = metadata.standfirst.flatMap { summary in
            isRepeated(summary, in: [title] + paragraphs) ? nil : block(summary)
        }
        return Article(
            name: name, title: titleBlock, source: metadata.outlet, author: metadata.author, date: metadata.date,
            standfirst: standfirst, paragraphs: paragraphs.map(block))
    }

    /// The text an article read from a page counts its ranges in.
    static func sourceText(of article: Article) -> String {
        article.textBlocks.map(\.text).joined(separator: "\n\n")
    }

    /// True when the summary is only the headline or the start of the body again, as many pages' descriptions are.
    private static func isRepeated(_ summary: String, in paragraphs: [String]) -> Bool {
        let summary = ArticleBodyBlocks.key(summary.hasSuffix("...") ? String(summary.dropLast(3)) : summary)
        guard !summary.isEmpty else { return true }
        return paragraphs.prefix(4).contains { ArticleBodyBlocks.key($0).hasPrefix(summary.prefix(60)) }
    }
}

extension Gzip.Failure {
    /// The reason for an error message.
    var reason: String {
        switch self {
        case .truncated: return "the gzip data ends too soon; the download was cut short"
        case .damaged(let message): return "the gzip data is damaged: \(message)"
        case .tooLarge: return "the page inflates to more than 256 MB"
        }
    }
}

extension PageEncoding.Failure {
    /// The reason for an error message.
    var reason: String {
        switch self {
        case .unknown(let name): return "the page declares the character set \"\(name)\", which cannot be decoded; save it as UTF-8"
        case .binary: return "the file holds binary data, not a web page"
        case .invalid(let name): return "the page's bytes are not valid \(name), the character set it declares"
        }
    }
}
