/// The place of every page in the output, and relative links between pages.
///
/// Pages link to `…/index.html` explicitly, never to a bare folder, so the site also works
/// when opened straight from disk, where no server turns a folder into its index page.
public enum SitePath {
    /// The home page.
    public static let home = "index.html"
    /// Every article, newest first.
    public static let articles = "articles/index.html"
    /// The A–Z list of speakers.
    public static let people = "people/index.html"
    /// The list of topics.
    public static let topics = "topics/index.html"
    /// The page a static host shows for a missing file.
    public static let notFound = "404.html"
    /// The one stylesheet.
    public static let stylesheet = "assets/style.css"
    /// The Atom feed.
    public static let feed = "feed.xml"
    /// The sitemap.
    public static let sitemap = "sitemap.xml"
    /// What crawlers may visit, and where the sitemap is.
    public static let robots = "robots.txt"
    /// The search page.
    public static let search = "search/index.html"
    /// The script that runs the search page.
    public static let searchScript = "assets/search.js"
    /// What the search page searches: the manifest of the index's shards, as a script.
    public static let searchIndex = "data/search/index.js"
    /// Every quote as JSON Lines.
    public static let quotesJSONLines = "data/quotes.jsonl"
    /// Every speaker, with the addresses of their quotes, as JSON Lines.
    public static let peopleJSONLines = "data/people.jsonl"
    /// Every quote as a spreadsheet.
    public static let quotesCSV = "data/quotes.csv"
    /// Every article, with its title, outlet and date, as JSON Lines.
    public static let articlesJSONLines = "data/articles.jsonl"
    /// Every article, with its title, outlet and date, as a spreadsheet.
    public static let articlesCSV = "data/articles.csv"

    /// The page of the article with `slug`.
    public static func article(_ slug: String) -> String { "articles/\(slug)/index.html" }
    /// The page of the speaker with `slug`.
    public static func person(_ slug: String) -> String { "people/\(slug)/index.html" }
    /// The Atom feed of the quotes of the speaker with `slug`.
    public static func personFeed(_ slug: String) -> String { "people/\(slug)/feed.xml" }
    /// The page of the topic with `slug`.
    public static func topic(_ slug: String) -> String { "topics/\(slug)/index.html" }
    /// The page of the statement with `id`, which gathers its reports.
    public static func statement(_ id: String) -> String { "statements/\(id)/index.html" }

    /// Page `number` (from 1) of the list whose first page is `first` ("articles/index.html"):
    /// `first` itself, then "articles/page/2/index.html" and so on.
    public static func page(_ number: Int, of first: String) -> String {
        guard number > 1 else { return first }
        return String(first.dropLast("index.html".count)) + "page/\(number)/index.html"
    }

    /// The id of the element that holds quote `index` (from 0) on its article page.
    public static func quoteAnchor(_ index: Int) -> String { "q-\(index + 1)" }

    /// The shortest relative link from `page` to `target`, both given relative to the site root
    /// ("topics/index.html" → "topics/russia/index.html" is "russia/index.html").
    public static func link(from page: String, to target: String) -> String {
        // Compared byte by byte: pages make links to every teaser, speaker and site-wide page,
        // and splitting both paths into arrays of parts each time was a twentieth of a build.
        let slash = UInt8(ascii: "/")
        let pageBytes = Array(page.utf8)
        let targetBytes = Array(target.utf8)
        let folders = pageBytes.reduce(0) { $0 + ($1 == slash ? 1 : 0) }
        var shared = 0
        var pageStart = 0
        var targetStart = 0
        // A folder is shared while both paths name it; the target's last part is always kept.
        while let pageEnd = pageBytes[pageStart...].firstIndex(of: slash),
            let targetEnd = targetBytes[targetStart...].firstIndex(of: slash),
            pageBytes[pageStart..<pageEnd].elementsEqual(targetBytes[targetStart..<targetEnd])
        {
            shared += 1
            pageStart = pageEnd + 1
            targetStart = targetEnd + 1
        }
        return String(repeating: "../", count: folders - shared)
            + String(decoding: targetBytes[targetStart...], as: UTF8.self)
    }
}
