/// "1 quote", "3 quotes": counts in words for page text.
enum Counting {
    /// `count` followed by `singular`, or by `plural` (default: `singular` + "s") when not one.
    static func text(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
