import Foundation

/// What a page's schema.org JSON-LD says about its article: the first object whose type is an
/// article (`NewsArticle`, `BlogPosting`, `ReportageNewsArticle`…), looked for in arrays and `@graph`s.
struct LinkedData {
    var headline: String?
    var description: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var articleBody: String?

    /// Reads the `<script type="application/ld+json">` texts of a page; blocks that do not parse are skipped.
    init(scripts: [String]) {
        var pending: [Any] = scripts.compactMap { script in
            try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed])
        }
        var article: [String: Any]?
        var organisation: String?
        var visited = 0
        // Breadth first and bounded, so that a hostile page cannot make this walk long.
        while !pending.isEmpty, visited < 2000 {
            let value = pending.removeFirst()
            visited += 1
            if let array = value as? [Any] {
                pending.append(contentsOf: array)
                continue
            }
            guard let object = value as? [String: Any] else { continue }
            if let graph = object["@graph"] { pending.append(graph) }
            let types = Self.strings(object["@type"])
            if article == nil, types.contains(where: Self.isArticleType) { article = object }
            if organisation == nil, types.contains(where: { $0 == "NewsMediaOrganization" || $0 == "Organization" }) {
                organisation = Self.name(object)
            }
        }
        guard let article else {
            publisher = organisation
            return
        }
        headline = Self.strings(article["headline"]).first ?? Self.strings(article["name"]).first
        description = Self.strings(article["description"]).first
        datePublished = Self.strings(article["datePublished"]).first ?? Self.strings(article["dateCreated"]).first
        authors = Self.names(article["author"])
        if authors.isEmpty { authors = Self.names(article["creator"]) }
        publisher = Self.names(article["publisher"]).first ?? organisation
        articleBody = Self.strings(article["articleBody"]).first
    }

    private static func isArticleType(_ type: String) -> Bool {
        type.hasSuffix("Article") || type == "BlogPosting" || type == "Report" || type == "LiveBlogPosting"
    }

    /// Strings in a value that may be a string, a number or an array of them.
    private static func strings(_ value: Any?) -> [String] {
        switch value {
        case let text as String: return [text]
        case let array as [Any]: return array.compactMap { $0 as? String }
        default: return []
        }
    }

    /// The names in a person or organisation value: a name, an object with `name`, or an array of them.
    private static func names(_ value: Any?) -> [String] {
        switch value {
        case let text as String: return [text]
        case let object as [String: Any]: return name(object).map { [$0] } ?? []
        case let array as [Any]: return array.prefix(20).flatMap { names($0) }
        default: return []
        }
    }

    private static func name(_ object: [String: Any]) -> String? {
        strings(object["name"]).first
    }
}
