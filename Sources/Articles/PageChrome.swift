/// Lines that news pages put around an article and that are never article text.
///
/// Matched case-insensitively against a whole trimmed line of the raw layout.
enum PageChrome {
    static let lines: Set<String> = [
        "discuss", "read more", "share", "share this article", "comments", "comment",
        "advertisement", "subscribe", "sign up", "related", "related articles", "more on this",
        "follow us", "print", "email", "tweet", "facebook", "twitter", "whatsapp", "copy link",
        "show comments", "hide comments", "load more", "next article", "previous article",
    ]

    /// True when `line` is page furniture rather than text.
    static func isChrome(_ line: String) -> Bool {
        // Lowercasing never shrinks a scalar to less than a quarter of its UTF-8 bytes, so a line
        // longer than this cannot be chrome, and body paragraphs are not lowercased for nothing.
        line.utf8.count <= longestLineBytes * 4 && lines.contains(line.lowercased())
    }

    private static let longestLineBytes = lines.map(\.utf8.count).max() ?? 0
}
