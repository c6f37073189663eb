import Mustache

/// A page's view value, or a piece of one, that templates read field by field.
///
/// Each view answers for its fields by name (`PageViews+Template.swift`). The template engine
/// otherwise finds fields with `Mirror` on every lookup, at every level of its context stack;
/// reflecting each page into dictionaries first still cost a tenth of a site build.
protocol TemplateView: MustacheParent {
    /// The field templates call `name`, nil when the view has none.
    func field(named name: String) -> Any?
}

extension TemplateView {
    /// The field `name` as the engine reads it: text comes as `TemplateText`.
    func child(named name: String) -> Any? {
        let value = field(named: name)
        if let text = value as? String { return TemplateText(text) }
        return value
    }

    /// `value`, or `Absent` when there is none.
    func present<Value>(_ value: Value?) -> Any {
        value.map { $0 as Any } ?? Absent()
    }
}

/// A missing value. A plain nil would send the engine looking for the name in the enclosing
/// contexts, so a teaser without a kicker would show its page's kicker; this stops the search
/// and renders as nothing.
struct Absent: MustacheCustomRenderable {
    /// Nothing to show.
    var renderText: String { "" }
    /// Counts as empty in sections.
    var isNull: Bool { true }
}

/// A text field. The engine renders a plain `String` only after failing to cast it to each of its
/// own protocols and then describing it, and looks for fields inside it by reflection when a
/// section opens on it; those lookups were half of rendering a page. This renders directly and
/// has no fields, and keeps the engine's text transforms (`{{uppercased(name)}}`).
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    /// The text.
    let text: String

    init(_ text: String) {
        self.text = text
    }

    /// The text, escaped by the engine where the template asks for it.
    var renderText: String { text }
    /// Text is never null: an empty text still opens a section, as a `String` does.
    var isNull: Bool { false }

    /// Text has no fields: a lookup inside a section on it goes on to the enclosing views.
    func child(named name: String) -> Any? { nil }

    /// The engine's transform of the text.
    func transform(_ name: String) -> Any? { text.transform(name) }
}
