import SiteModel

/// `robots.txt`: every page may be crawled; with a base URL, it also names the sitemap, which
/// crawlers only accept as an absolute address.
struct Robots {
    /// The site's address, when known.
    let options: SiteOptions

    /// The file's text.
    func text() -> String {
        var lines = ["User-agent: *", "Allow: /"]
        if let sitemap = options.absoluteURL(SitePath.sitemap) {
            lines += ["", "Sitemap: \(sitemap)"]
            if options.hasPath {
                lines += ["", "# Crawlers read robots.txt only at the root of a host: copy the Sitemap line there."]
            }
        } else {
            lines += ["", "# The site was built without --base-url, so the sitemap's address is not known here."]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
