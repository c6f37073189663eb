/// What an element's tag, `id`, `class` and `role` say about whether it holds the article, the
/// way Readability and trafilatura weigh them: words such as "article-body" or "story" for the
/// text, "comments", "share", "related" or "newsletter" for what surrounds it.
enum ElementHints {
    /// Tags that hold what surrounds an article, never the article itself.
    static let boilerplateTags: Set<String> = ["nav", "aside", "footer", "figure", "figcaption", "form", "menu", "caption"]

    /// Words of `id`/`class` that mark page furniture wherever they appear in a name, even in
    /// names that also say "content" or "article" ("article-comments", "related-content").
    private static let strongBoilerplateParts = [
        "comment", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri", "signup",
        "sign-up", "promo", "advert", "sponsor", "cookie", "consent", "gdpr", "taboola", "outbrain", "popular",
        "trending", "more-stories", "disqus", "paywall", "donate", "caption", "byline",
    ]
    /// Words of `id`/`class` that mark page furniture wherever they appear in a name, unless the
    /// name also says it holds content ("content-with-sidebar").
    private static let boilerplateParts = strongBoilerplateParts + [
        "banner", "breadcrumb", "sidebar", "widget", "footer", "masthead", "navbar", "navigation", "popup", "modal",
        "readmore", "read-more", "pagination", "pager", "toolbar", "skip-link", "author-bio", "authorbio", "tags",
        "topics", "keywords", "credit", "photo", "gallery", "video", "rating", "login", "disclaimer", "hidden",
        "visually-hidden", "sr-only", "tooltip", "lightbox", "overlay", "jump", "listen", "audio",
        "table-of-contents", "inline-link", "more-on", "footnote", "subnav", "dateline", "timestamp", "metadata",
        "article-meta", "post-meta", "entry-meta",
    ]
    /// Whole words of `id`/`class` that mark page furniture only on their own ("ad", not "header").
    private static let boilerplateWords: Set<String> = [
        "ad", "ads", "adv", "dfp", "nav", "menu", "meta", "tools", "tool", "links", "extra", "aside", "sharebar",
        "share", "promo", "header", "hide", "embed", "media", "image", "img", "figure", "author", "date", "time",
        "kicker", "rail", "bottom", "top", "toc", "print", "also", "next", "prev",
    ]
    /// Words of `id`/`class` that mark the article's own text.
    private static let contentParts = [
        "article-body", "articlebody", "article-content", "article__body", "article_body", "story-body",
        "storybody", "story-content", "entry-content", "post-content", "post-body", "postbody", "post_content",
        "main-content", "article-text", "articletext", "story-text", "body-text", "bodytext", "content-body",
        "article__content", "rich-text", "richtext", "text-body", "paywall-article",
    ]
    private static let contentWords: Set<String> = [
        "article", "story", "content", "entry", "post", "body", "text", "main", "blog", "hentry", "prose",
    ]

    /// True when the element's `id`, `class` or `role` marks it as page furniture.
    static func isBoilerplate(_ node: PageTree.Node) -> Bool {
        if boilerplateTags.contains(node.tag) { return true }
        let semantics = node.semantics
        if !semantics.isEmpty, furnitureRoles.contains(where: { has(semantics, $0) }) { return true }
        let marker = node.marker
        guard !marker.isEmpty, !isContent(node) else { return false }
        if strongBoilerplateParts.contains(where: { has(marker, $0) }) { return true }
        let markerWords = words(marker)
        // Readability's exception: a name that also says "content", "article" or "column" may hold the article.
        if markerWords.contains(where: contentWords.contains) || has(marker, "content") || has(marker, "column") {
            return false
        }
        if boilerplateParts.contains(where: { has(marker, $0) }) { return true }
        return markerWords.contains(where: boilerplateWords.contains)
    }

    /// True when the element's names or `itemprop` mark it as the article's text.
    static func isContent(_ node: PageTree.Node) -> Bool {
        has(node.semantics, "articlebody") || (!node.marker.isEmpty && contentParts.contains { has(node.marker, $0) })
    }

    /// A Readability-style weight: +25 for a name that suggests content, −25 for furniture.
    static func weight(_ node: PageTree.Node) -> Double {
        var weight = 0.0
        if isContent(node) { weight += 50 }
        let markerWords = words(node.marker)
        if markerWords.contains(where: contentWords.contains) { weight += 25 }
        if boilerplateParts.contains(where: { has(node.marker, $0) }) || markerWords.contains(where: boilerplateWords.contains) {
            weight -= 25
        }
        if node.tag == "article" || has(node.semantics, "article") { weight += 20 }
        return weight
    }

    /// Roles that mark furniture.
    private static let furnitureRoles = ["navigation", "complementary", "contentinfo", "banner", "dialog", "alert"]

    /// True when `text` holds `part`, compared byte by byte: names are short and mostly ASCII, and
    /// this runs for every element of every page, where Foundation's search is many times slower.
    private static func has(_ text: String, _ part: String) -> Bool {
        var text = text
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first, haystack.count >= needle.count else { return false }
                var index = 0
                while index <= haystack.count - needle.count {
                    if haystack[index] == first {
                        var matched = 1
                        while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                        if matched == needle.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// The words of a marker, split at anything but letters and digits.
    private static func words(_ marker: String) -> [String] {
        marker.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
