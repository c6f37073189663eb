import SiteModel

/// `data/quotes.csv`: every quote as one spreadsheet row, for readers who work in a spreadsheet.
///
/// Columns: text, speaker, date, article, quote. The quote's place is its article's page (the
/// article's row in `data/articles.csv`, which has its address, title and outlet once) at the anchor
/// `quote`, so no row spells out the page's address again. Cells are quoted as RFC 4180 says (double
/// quotes around any cell with a comma, quote or line break; inner quotes doubled; CRLF between
/// rows), and a cell a spreadsheet would run as a formula is defused (see `cell`).
struct QuotesCSV {
    /// The quotes to list.
    let graph: SiteGraph

    /// The file as a header row and one piece per article: its quotes' rows.
    func pieced() -> PiecedFile {
        let articles = graph.articles
        return PiecedFile(
            path: SitePath.quotesCSV,
            runs: [
                PiecedFile.Run(
                    head: Array(Self.row(["text", "speaker", "date", "article", "quote"]).utf8), separator: [],
                    part: .quotesCSV, nodes: .articles, slugs: articles.map(\.slug)
                ) { position in
                    Array(articles[position].quotes.map(row).joined().utf8)
                }
            ], tail: [])
    }

    /// The row of one quote.
    private func row(_ quote: QuoteNode) -> String {
        let article = graph.article(quote.articleSlug)
        let speaker = quote.speakerSlug.flatMap(graph.speaker)
        return Self.row([quote.text, speaker?.name ?? "", Self.day(article?.date), quote.articleSlug, quote.anchor])
    }

    /// An article's date as a spreadsheet cell: the ISO day when the date has one (so the column
    /// sorts), else the date as the article wrote it, else empty.
    static func day(_ date: ArticleDate?) -> String {
        date.map { $0.isoDay ?? $0.text } ?? ""
    }

    /// Cells as one row, with the line break that ends it.
    static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// One cell, quoted when it must be.
    ///
    /// Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be taken for a
    /// formula by spreadsheet programs (a quote reading `=HYPERLINK(…)` would become a live
    /// link), so it gets a leading `'`, which spreadsheets show as text and do not run.
    static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        // The four marks are ASCII, and an ASCII byte is never part of another scalar's UTF-8.
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return value }
        return "\"" + value.replacingASCII { $0 == UInt8(ascii: "\"") ? "\"\"" : nil } + "\""
    }
}
