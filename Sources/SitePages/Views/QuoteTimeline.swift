/// A small inline SVG of when a speaker was quoted: one stem per dated article, as tall as the
/// number of quotes in it, placed by the article's date.
///
/// No script and no external file: the chart is plain markup that prints and works from disk.
/// It is an image to assistive technology, with a title and a description that say in words
/// what it shows (the articles themselves are listed under it); each stem has a tooltip.
struct QuoteTimeline {
    /// One day on the timeline, with the articles of that day.
    struct Point {
        /// The ISO day, `YYYY-MM-DD`.
        var day: String
        /// The date for readers.
        var label: String
        /// The titles of the day's articles, for the stem's tooltip.
        var title: String
        /// How many of the speaker's quotes the day's articles hold.
        var count: Int
    }

    /// The days, in any order.
    var points: [Point]
    /// The speaker's name, for the title.
    var name: String
    /// Quotes in articles without a usable date, left off the chart.
    var undatedQuotes: Int
    /// Makes ids unique on the page.
    var id: String

    private static let width = 640.0
    private static let height = 72.0
    private static let left = 12.0
    private static let right = 12.0
    private static let baseline = 64.0
    private static let tallest = 50.0

    /// The chart in a figure with its date range, or nil when no article has a date to place.
    func svg() -> String? {
        guard !points.isEmpty else { return nil }
        let sorted = points.sorted { ($0.day, $0.title) < ($1.day, $1.title) }
        let days = sorted.map { Self.dayNumber($0.day) }
        let first = days.min()!
        let last = days.max()!
        let span = Double(max(last - first, 1))
        let most = Double(sorted.map(\.count).max()!)
        let usable = Self.width - Self.left - Self.right
        let titleID = "\(id)-title"
        let descID = "\(id)-desc"
        var lines = [
            #"<figure class="timeline">"#,
            #"<svg class="timeline-chart" viewBox="0 0 \#(Self.format(Self.width)) \#(Self.format(Self.height))" role="img" aria-labelledby="\#(titleID) \#(descID)" xmlns="http://www.w3.org/2000/svg">"#,
            #"<title id="\#(titleID)">\#(HTML.escape("When \(name) was quoted"))</title>"#,
            #"<desc id="\#(descID)">\#(HTML.escape(description(sorted)))</desc>"#,
            #"<line class="axis" x1="\#(Self.format(Self.left))" y1="\#(Self.format(Self.baseline))" x2="\#(Self.format(Self.width - Self.right))" y2="\#(Self.format(Self.baseline))"/>"#,
        ]
        for (point, day) in zip(sorted, days) {
            // A single date sits in the middle rather than at the left edge.
            let x = first == last ? Self.width / 2 : Self.left + usable * Double(day - first) / span
            let top = Self.baseline - max(6, Self.tallest * Double(point.count) / most)
            let tip = "\(point.title), \(point.label): \(Counting.text(point.count, "quote"))"
            lines.append(
                #"<g class="mark"><title>\#(HTML.escape(tip))</title>"#
                    + #"<line class="stem" x1="\#(Self.format(x))" y1="\#(Self.format(Self.baseline))" x2="\#(Self.format(x))" y2="\#(Self.format(top))"/>"#
                    + #"<circle class="dot" cx="\#(Self.format(x))" cy="\#(Self.format(top))" r="5"/></g>"#)
        }
        lines.append("</svg>")
        // Dates as page text, not SVG text, so they stay readable when the chart shrinks on a phone.
        let range =
            first == last
            ? #"<span>\#(HTML.escape(sorted[0].label))</span>"#
            : #"<span>\#(HTML.escape(sorted.first!.label))</span><span>\#(HTML.escape(sorted.last!.label))</span>"#
        lines.append(#"<figcaption><span class="timeline-range" aria-hidden="true">\#(range)</span>"#)
        if undatedQuotes > 0 {
            lines.append(
                #"<span class="timeline-note">\#(Counting.text(undatedQuotes, "quote")) from articles without a date \#(undatedQuotes == 1 ? "is" : "are") not on the timeline.</span>"#)
        }
        lines.append("</figcaption></figure>")
        return lines.joined(separator: "\n")
    }

    /// The chart in words: how many quotes, over which dates, and the busiest day.
    func description(_ sorted: [Point]) -> String {
        let total = sorted.map(\.count).reduce(0, +)
        var text = "\(Counting.text(total, "quote")) on \(Counting.text(sorted.count, "day"))"
        if let first = sorted.first, let last = sorted.last, first.day != last.day {
            text += " from \(first.label) to \(last.label)"
        } else if let first = sorted.first {
            text += " on \(first.label)"
        }
        if let busiest = sorted.max(by: { ($0.count, $1.day) < ($1.count, $0.day) }), sorted.count > 1 {
            text += "; most on \(busiest.label) (\(Counting.text(busiest.count, "quote")), in \(busiest.title))"
        }
        if undatedQuotes > 0 { text += "; \(Counting.text(undatedQuotes, "quote")) from undated articles not shown" }
        return text + "."
    }

    /// Days since 1970-01-01 for a `YYYY-MM-DD` day (the proleptic Gregorian calendar).
    static func dayNumber(_ day: String) -> Int {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return 0 }
        // Howard Hinnant's days_from_civil: exact for every Gregorian date, no calendar object needed.
        let year = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let month = parts[1]
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + parts[2] - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// Coordinates with at most one decimal, so output is short and stable.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
