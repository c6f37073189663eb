/// The home page's "most quoted" bar chart as inline SVG: one bar per speaker, as long as their
/// number of quotes, with the name (a link to their page) above it and the count beside it.
///
/// The chart is real text and links, not a picture: screen readers meet a list of links, each
/// named with the speaker and their count, and keyboard users can tab through the names. Colours
/// come from the stylesheet's classes, so the chart follows the light and dark schemes.
struct MostQuotedChart {
    /// One bar.
    struct Bar {
        /// The speaker's name.
        var name: String
        /// The link to their page, relative to the page the chart is on.
        var url: String
        /// How many quotes.
        var count: Int
    }

    /// The bars, longest first.
    var bars: [Bar]
    /// Makes ids unique on the page.
    var id: String

    private static let width = 320.0
    private static let rowHeight = 40.0
    private static let countRoom = 76.0

    /// How many characters of a name fit the chart's width; the link's label keeps the whole name.
    static let nameLength = 36

    /// `name`, cut with "…" when it would run past the chart's edge, where SVG text is clipped.
    static func fitted(_ name: String) -> String {
        name.count <= nameLength ? name : String(name.prefix(nameLength - 1)) + "…"
    }

    /// The chart, or nil when nobody is quoted.
    func svg() -> String? {
        guard let most = bars.map(\.count).max(), most > 0 else { return nil }
        let height = Self.rowHeight * Double(bars.count)
        let titleID = "\(id)-title"
        var lines = [
            #"<svg class="chart" viewBox="0 0 \#(QuoteTimeline.format(Self.width)) \#(QuoteTimeline.format(height))" role="group" aria-labelledby="\#(titleID)" xmlns="http://www.w3.org/2000/svg">"#,
            #"<title id="\#(titleID)">Quotes per speaker, most quoted first</title>"#,
            #"<g role="list">"#,
        ]
        for (row, bar) in bars.enumerated() {
            let top = Self.rowHeight * Double(row)
            let length = max(2, (Self.width - Self.countRoom) * Double(bar.count) / Double(most))
            let count = Counting.text(bar.count, "quote")
            lines.append(
                #"<g role="listitem">"#
                    + #"<a href="\#(HTML.escape(bar.url))" aria-label="\#(HTML.escape("\(bar.name), \(count)"))"><text class="name" x="0" y="\#(QuoteTimeline.format(top + 14))">\#(HTML.escape(Self.fitted(bar.name)))</text></a>"#
                    + #"<rect class="bar" x="0" y="\#(QuoteTimeline.format(top + 20))" width="\#(QuoteTimeline.format(length))" height="12" rx="2" aria-hidden="true"/>"#
                    + #"<text class="value" x="\#(QuoteTimeline.format(length + 6))" y="\#(QuoteTimeline.format(top + 30.5))" aria-hidden="true">\#(count)</text>"#
                    + "</g>")
        }
        lines += ["</g>", "</svg>"]
        return lines.joined(separator: "\n")
    }
}
