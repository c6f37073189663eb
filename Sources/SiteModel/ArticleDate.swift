/// An article's publication date as written, with a sort key when it is an ISO 8601 date.
public struct ArticleDate: Sendable, Hashable, Comparable {
    /// The date exactly as the article gives it.
    public var text: String
    /// `YYYY-MM-DD` (plus any ISO time that followed), or nil when the text is not ISO 8601.
    public var isoDay: String?

    /// Reads `text`; only dates that start with `YYYY-MM-DD` can be ordered.
    public init(_ text: String) {
        self.text = text
        let scalars = Array(text.unicodeScalars.prefix(10))
        let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9]
        let isISO =
            scalars.count == 10 && scalars[4] == "-" && scalars[7] == "-"
            && digitsAt.allSatisfy { ("0"..."9").contains(scalars[$0]) }
        self.isoDay = isISO ? String(String.UnicodeScalarView(scalars)) : nil
    }

    /// The date for readers: "14 April 2022" for an ISO date, otherwise the text as written.
    public var display: String {
        guard let day = isoDay else { return text }
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return text }
        return "\(parts[2]) \(Self.months[parts[1] - 1]) \(parts[0])"
    }

    /// The month for readers, "April 2022", for an ISO date; nil otherwise.
    public var month: String? {
        guard let day = isoDay else { return nil }
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return nil }
        return "\(Self.months[parts[1] - 1]) \(parts[0])"
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// An Atom timestamp for the day, when the date is ISO.
    public var atomTimestamp: String? { isoDay.map { "\($0)T00:00:00Z" } }

    /// Orders known dates before unknown ones, older before newer.
    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        switch (lhs.isoDay, rhs.isoDay) {
        case let (left?, right?): return left < right
        case (nil, _?): return true
        case (_?, nil): return false
        case (nil, nil): return lhs.text < rhs.text
        }
    }
}
