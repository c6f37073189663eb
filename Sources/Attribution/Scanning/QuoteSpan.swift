/// A quoted stretch of one text block, in scalar offsets into that block.
struct QuoteSpan: Sendable, Hashable {
    /// Offset of the opening mark.
    var open: Int
    /// Offset of the first quoted scalar.
    var innerStart: Int
    /// Offset one past the last quoted scalar.
    var innerEnd: Int
    /// Offset one past the closing mark, or the end of the quoted text when the block never closes it.
    var close: Int
    /// Whether the block ended before the quote closed (the multi-paragraph convention).
    var unclosed: Bool
}
