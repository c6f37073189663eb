import Mustache

/// The escaping every template uses for `{{value}}`: `HTML.escape`, which works on Unicode
/// scalars. The template library's own HTML escaping compares whole characters, so a quote mark
/// followed by a combining accent (`"\u{301}`) would pass unescaped and end an attribute.
struct HTMLContentType: MustacheContentType {
    /// The name templates select it by; `SiteTemplates` puts the pragma at the top of each.
    static let name = "VERBATIM_HTML"

    /// The pragma that makes a template escape with this type.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    /// Registers the type with the template library, once per process.
    static let registered: Void = MustacheContentTypes.register(HTMLContentType(), named: name)

    func escapeText(_ text: String) -> String {
        HTML.escape(text)
    }
}
