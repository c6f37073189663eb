import Mustache

/// A page's view value, or a piece of one, that templates read field by field.
///
/// Each view answers for its fields by name (`PageViews+Template.swift`). The template engine
/// otherwise finds fields with `Mirror` on every lookup, at every level of its context stack;
/// reflecting each page into dictionaries first still cost a tenth of a site build.
protocol TemplateView: MustacheParent {}

extension TemplateView {
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
