/// Quote marks that may sit just outside a quote's words in a headline or standfirst.
package enum QuoteMarks {
    /// Opening and closing marks in the forms articles use, each one scalar.
    private static let marks: [Unicode.Scalar] = ["\"", "“", "”", "„", "‟", "«", "»", "‘", "’", "‚", "‛", "‹", "›", "'"]

    /// The marks as characters.
    package static let all: Set<Character> = Set(marks.map(Character.init))

    /// True when `scalar` is one of the marks, tested without hashing for scans over long text.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        marks.contains(scalar)
    }
}
