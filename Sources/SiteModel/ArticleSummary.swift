import Content

/// What the site graph and every page but the article's own need from one content file: the
/// document without its body, paragraphs and mentions, plus what is worked out from those (each
/// quote's context, whether the article is fiction).
///
/// Summaries are small and cached (`GraphCache`), so a rebuild links the whole archive without
/// reading and parsing every content file; only the pages of the articles being rendered read
/// their full document.
package struct ArticleSummary: Sendable, Hashable {
    /// The document with `body`, `paragraphs` and `mentions` emptied.
    package var document: Document
    /// The sentence around each body quote, by quote index (`QuoteContext`).
    package var contexts: [Int: String]
    /// Whether the article says of itself that it is fiction (`Fiction`).
    package var isFiction: Bool

    /// The summary of a full document.
    package init(_ document: Document) {
        self.contexts = QuoteContext.all(in: document)
        self.isFiction = Fiction.isMarked(document)
        var stripped = document
        stripped.body = ""
        stripped.paragraphs = []
        stripped.mentions = []
        self.document = stripped
    }

    /// A summary from its parts, as the cache stores them.
    package init(document: Document, contexts: [Int: String], isFiction: Bool) {
        self.document = document
        self.contexts = contexts
        self.isFiction = isFiction
    }
}
