internal import CCmarkGFM

/// cmark-gfm's parse and render options (`CMARK_OPT_*`), one flag each.
///
/// Raw HTML policy: without `.unsafe`, cmark-gfm replaces raw HTML blocks and inline tags with
/// an HTML comment and drops links whose URL is dangerous (`javascript:`, `vbscript:`, `file:`,
/// most `data:`). Never feed `.smart` output to quote finding: it rewrites straight quotes.
public struct RenderOptions: OptionSet, Sendable, Hashable {
    /// The `CMARK_OPT_*` bits.
    public let rawValue: Int32

    /// Creates options from `CMARK_OPT_*` bits.
    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Adds `data-sourcepos` attributes to block elements (`CMARK_OPT_SOURCEPOS`).
    public static let sourcePos = RenderOptions(rawValue: CMARK_OPT_SOURCEPOS)
    /// Renders soft line breaks as `<br />` (`CMARK_OPT_HARDBREAKS`).
    public static let hardBreaks = RenderOptions(rawValue: CMARK_OPT_HARDBREAKS)
    /// Emits raw HTML and dangerous URLs as written (`CMARK_OPT_UNSAFE`); only for trusted input.
    public static let unsafe = RenderOptions(rawValue: CMARK_OPT_UNSAFE)
    /// Renders soft line breaks as spaces (`CMARK_OPT_NOBREAKS`).
    public static let noBreaks = RenderOptions(rawValue: CMARK_OPT_NOBREAKS)
    /// Replaces invalid UTF-8 with U+FFFD (`CMARK_OPT_VALIDATE_UTF8`).
    public static let validateUTF8 = RenderOptions(rawValue: CMARK_OPT_VALIDATE_UTF8)
    /// Curly quotes, dashes and ellipses (`CMARK_OPT_SMART`).
    public static let smart = RenderOptions(rawValue: CMARK_OPT_SMART)
    /// Writes code block languages as `<pre lang="x">` (`CMARK_OPT_GITHUB_PRE_LANG`).
    public static let githubPreLang = RenderOptions(rawValue: CMARK_OPT_GITHUB_PRE_LANG)
    /// Accepts more tag shapes as raw HTML (`CMARK_OPT_LIBERAL_HTML_TAG`).
    public static let liberalHTMLTag = RenderOptions(rawValue: CMARK_OPT_LIBERAL_HTML_TAG)
    /// Parses footnotes `[^1]` (`CMARK_OPT_FOOTNOTES`).
    public static let footnotes = RenderOptions(rawValue: CMARK_OPT_FOOTNOTES)
    /// Strikethrough only with two tildes (`CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE`).
    public static let strikethroughDoubleTilde = RenderOptions(rawValue: CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE)
    /// Table alignment as `style` instead of `align` (`CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES`).
    public static let tablePreferStyleAttributes = RenderOptions(rawValue: CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES)
    /// Keeps the whole code fence info string in `data-meta` (`CMARK_OPT_FULL_INFO_STRING`).
    public static let fullInfoString = RenderOptions(rawValue: CMARK_OPT_FULL_INFO_STRING)
}
