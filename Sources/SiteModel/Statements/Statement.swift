/// Where one quote is: its article and its position there.
public struct QuotePlace: Sendable, Hashable {
    /// The slug of the article.
    public var articleSlug: String
    /// The quote's position in its article, from 0.
    public var index: Int

    /// The place of quote `index` of the article `articleSlug`.
    public init(articleSlug: String, index: Int) {
        self.articleSlug = articleSlug
        self.index = index
    }
}

/// One statement reported by several articles: the quotes of one speaker, in different
/// articles, with the same words, one within the other, or nearly the same words
/// (`StatementGrouping`).
public struct Statement: Sendable, Hashable {
    /// The statement's id: its earliest report's article slug and quote anchor, so it is the
    /// same on every build of the same articles, whatever order they are read in.
    public var id: String
    /// The site-wide slug of the speaker.
    public var speakerSlug: String
    /// The reports, earliest first (dated before undated, then by article slug and position).
    public var reports: [QuotePlace]
    /// The slug of the article that reported the statement first, when every report is dated.
    public var firstReported: String?

    /// A statement of `speakerSlug` with these reports, earliest first.
    public init(id: String, speakerSlug: String, reports: [QuotePlace], firstReported: String?) {
        self.id = id
        self.speakerSlug = speakerSlug
        self.reports = reports
        self.firstReported = firstReported
    }

    /// The id of the statement whose earliest report is at `place`; a quote reported nowhere
    /// else is a statement of its own with this id.
    public static func id(of place: QuotePlace) -> String {
        // An article slug never ends in "-q-" and a number, so the id names one quote.
        "\(place.articleSlug)-\(SitePath.quoteAnchor(place.index))"
    }
}
