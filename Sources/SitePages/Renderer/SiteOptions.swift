/// Site-wide settings that are not in any article.
public struct SiteOptions: Sendable, Hashable {
    /// The site's name, in the header and the page titles.
    public var title: String
    /// The absolute address the site will be published at, ending in "/", for the sitemap,
    /// the feed and canonical links; nil keeps every address relative.
    public var baseURL: String?
    /// A short note in every page footer.
    public var footerNote: String?
    /// The footer note shown when some articles say they are fiction.
    public var fictionNote: String
    /// Whether quotes of one speaker in different articles are grouped into statements. Without
    /// statements every quote is a statement of its own: the site has no statement pages, no
    /// "also reported" sections and no statement lists on speaker pages.
    public var groupsStatements: Bool

    /// Creates settings; `baseURL` gets a trailing "/" when it lacks one.
    public init(
        title: String = "Verbatim", baseURL: String? = nil,
        footerNote: String? = "Quotes and speakers are marked automatically and may contain mistakes.",
        fictionNote: String = "Articles marked Fiction are invented: their people, organisations and places are not real.",
        groupsStatements: Bool = true
    ) {
        self.title = title
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.footerNote = footerNote
        self.fictionNote = fictionNote
        self.groupsStatements = groupsStatements
    }

    /// Whether the base URL has a path after its host (`https://example.org/news/`), so the
    /// site is not at the root of its host.
    public var hasPath: Bool {
        guard let baseURL, let scheme = baseURL.range(of: "://") else { return false }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.count > 1
    }

    /// The absolute address of `path`, when a base URL is set.
    public func absoluteURL(_ path: String) -> String? {
        baseURL.map { $0 + path }
    }
}
