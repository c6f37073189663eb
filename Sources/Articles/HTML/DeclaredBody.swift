/// The article text a page declares in its JSON-LD (`articleBody`), for pages whose visible text
/// holds little of the article: a page saved before its scripts drew the text, or one that shows
/// only a teaser. On pages that show their article the declared body is not used: measured on the
/// hand-marked pages, it lacks subheadings and link text often enough that trusting it over the
/// page loses more than it gains.
struct DeclaredBody {
    private let paragraphs: [String]
    private let length: Int

    /// Reads the declared body, one paragraph a line.
    init(_ text: String) {
        paragraphs = text.split(whereSeparator: \.isNewline).map { PageMetadata.clean(String($0)) }.filter { !$0.isEmpty }
        // A body that carries markup is not plain text to show; it is not used.
        length = text.contains("</") || text.contains("/>") ? 0 : ArticleBodyBlocks.key(text).count
    }

    /// The declared paragraphs, when they are a real article (500 letters and digits or more) and
    /// the paragraphs found on the page hold less than half as much; nil otherwise.
    func replacement(for found: [String]) -> [String]? {
        guard length >= 500 else { return nil }
        let foundLength = found.reduce(0) { $0 + ArticleBodyBlocks.key($1).count }
        return foundLength * 2 < length ? paragraphs : nil
    }
}
