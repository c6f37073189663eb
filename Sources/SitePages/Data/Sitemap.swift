/// The sitemap: every page, sorted. Locations are absolute when the site has a base URL
/// (as search engines require) and relative to the sitemap otherwise.
struct Sitemap {
    /// The pages to list, relative to the site root.
    let paths: [String]
    /// The site's address, when known.
    let options: SiteOptions

    /// The sitemap document.
    func xml() -> String {
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
        ]
        if options.baseURL == nil {
            // Search engines need absolute locations; say why these are not, and how to fix it. An XML
            // comment may not hold "--", so the option is named in words.
            lines.append("<!-- Built without a base URL: locations are relative to this file. Give the build a base URL (the base-url option) before publishing it. -->")
        }
        lines.append(#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#)
        for path in paths.sorted() {
            let folder = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            let location = options.absoluteURL(folder) ?? path
            lines.append("  <url><loc>\(XML.escape(location))</loc></url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
