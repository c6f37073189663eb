/// The GitHub Flavored Markdown syntax extensions that ship with cmark-gfm.
///
/// The raw value is the name cmark-gfm registers the extension under (`cmark-gfm -e NAME`).
public enum GFMExtension: String, CaseIterable, Sendable, Hashable, Comparable {
    /// Pipe tables.
    case table
    /// `~text~` and `~~text~~` as `<del>`.
    case strikethrough
    /// Bare `www.` links, URLs and e-mail addresses.
    case autolink
    /// Escapes the raw HTML tags GitHub disallows (`<script>`, `<iframe>`…) when raw HTML is on.
    case tagfilter
    /// `- [ ]` and `- [x]` list items as checkboxes.
    case tasklist

    /// Orders extensions by name, so they attach in the same order on every run.
    public static func < (lhs: GFMExtension, rhs: GFMExtension) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
