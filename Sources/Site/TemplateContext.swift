import Mustache

/// Turns a page's view value into nested dictionaries before rendering.
///
/// The template engine looks names up with `Mirror` on every lookup, at every level of its
/// context stack, which made reflection most of a build's time. Reflecting each value once into a
/// dictionary makes every lookup a hash lookup; the templates see the same names and values.
enum TemplateContext {
    /// `value` with structs as `[String: Any]` (nil fields as `Absent`), arrays converted element
    /// by element, and strings, numbers and booleans as they are.
    static func make(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                fields[label] = unwrapped(child.value).map(make) ?? Absent()
            }
            return fields
        case .collection, .set:
            return mirror.children.compactMap { unwrapped($0.value).map(make) }
        case .optional:
            return unwrapped(value).map(make) ?? value
        default:
            return value
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

    /// The value inside an optional, nil for an empty one, and any other value unchanged.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map(\.value)
    }
}
