/// A half-open range of Unicode scalar offsets into an article's source text.
///
/// Offsets count Unicode scalars (not `Character`s, not UTF-8 bytes) because that is
/// what the extraction JSON promises and what stays stable across encodings.
public struct TextRange: Sendable, Hashable, Codable, Comparable {
    /// The offset of the first scalar.
    public var start: Int
    /// The offset one past the last scalar.
    public var end: Int

    /// Creates a range from `start` up to, not including, `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    /// The number of scalars in the range.
    public var length: Int { end - start }

    /// The range moved by `offset` scalars.
    public func shifted(by offset: Int) -> TextRange {
        TextRange(start: start + offset, end: end + offset)
    }

    /// Ranges order by start, then by end.
    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
