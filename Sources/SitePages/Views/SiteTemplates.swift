import Foundation
import Mustache

/// The parsed page templates and the stylesheet: Verbatim's built-in ones, each replaced by a file
/// of the same name in the site's own `templates/` folder when there is one.
///
/// Templates are parsed once here and then render every page, which is safe from many tasks.
public struct SiteTemplates: Sendable {
    /// The templates every site needs, by name (file name without `.mustache`).
    public static let builtIn: [String: [UInt8]] = [
        "layout": PackageResources.layout_mustache,
        "index": PackageResources.index_mustache,
        "article": PackageResources.article_mustache,
        "articles": PackageResources.articles_mustache,
        "article-teaser": PackageResources.article_teaser_mustache,
        "speaker-item": PackageResources.speaker_item_mustache,
        "people": PackageResources.people_mustache,
        "person": PackageResources.person_mustache,
        "topics": PackageResources.topics_mustache,
        "topic": PackageResources.topic_mustache,
        "not-found": PackageResources.not_found_mustache,
        "search": PackageResources.search_mustache,
        "pager": PackageResources.pager_mustache,
        "statement": PackageResources.statement_mustache,
        "report": PackageResources.report_mustache,
        "report-link": PackageResources.report_link_mustache,
        "report-links": PackageResources.report_links_mustache,
    ]

    /// The built-in search script.
    public static let builtInSearchScript = String(decoding: PackageResources.search_js, as: UTF8.self)

    /// The built-in stylesheet.
    public static let builtInStylesheet = String(decoding: PackageResources.style_css, as: UTF8.self)

    private let library: MustacheLibrary
    /// The stylesheet written to `assets/style.css`.
    public let stylesheet: String
    /// The search script written to `assets/search.js`.
    public let searchScript: String
    /// The names of the templates the site's own folder replaces.
    let overridden: Set<String>

    /// Parses the built-in templates, then every `*.mustache`, `style.css` and `search.js` in `folder`
    /// (when given and present), which win over the built-in ones of the same name.
    public init(overridesIn folder: URL? = nil) throws(SiteError) {
        var sources: [String: (text: String, path: String)] = [:]
        for (name, bytes) in Self.builtIn {
            sources[name] = (String(decoding: bytes, as: UTF8.self), "templates/\(name).mustache (built in)")
        }
        var stylesheet = Self.builtInStylesheet
        var searchScript = Self.builtInSearchScript
        var overridden = Set<String>()
        if let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            for file in files.sorted() {
                let url = folder.appendingPathComponent(file)
                if file == "style.css" {
                    stylesheet = try Self.read(url)
                } else if file == "search.js" {
                    searchScript = try Self.read(url)
                } else if file.hasSuffix(".mustache") {
                    sources[String(file.dropLast(".mustache".count))] = (try Self.read(url), url.path)
                    overridden.insert(String(file.dropLast(".mustache".count)))
                }
            }
        }
        var library = MustacheLibrary()
        HTMLContentType.registered
        for name in sources.keys.sorted() {
            let source = sources[name]!
            do {
                // The pragma, on the template's first line, selects scalar-safe escaping.
                library.register(try MustacheTemplate(string: HTMLContentType.pragma + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                // Columns on the first line count the pragma put before the template's text.
                let column = error.context.columnNumber - (line == 1 ? HTMLContentType.pragma.count : 0)
                throw .templateInvalid(
                    path: source.path, line: line, column: max(column, 1), reason: String(describing: error.error))
            } catch {
                throw .templateInvalid(path: source.path, line: 1, column: 1, reason: String(describing: error))
            }
        }
        self.library = library
        self.stylesheet = stylesheet
        self.searchScript = searchScript
        self.overridden = overridden
    }

    /// Renders the template `name` with `view`, the page's values the templates read by field name.
    func render(_ name: String, _ view: some TemplateView) throws(SiteError) -> String {
        guard let html = library.render(view, withTemplate: name) else {
            throw .templateMissing(name: name)
        }
        return html
    }

    /// Renders `view` with the built-in template `name`, which a site's own folder can replace
    /// but never take away: the pieces of pages rendered apart from them.
    func renderPart(_ name: String, _ view: some TemplateView) -> String {
        precondition(Self.builtIn[name] != nil, "\(name) is not a built-in template")
        return library.render(view, withTemplate: name) ?? ""
    }

    private static func read(_ url: URL) throws(SiteError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .templateInvalid(path: url.path, line: 1, column: 1, reason: "not readable as UTF-8 text")
        }
    }
}
