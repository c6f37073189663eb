/// "1 quote", "3 quotes": counts in words for page text.
enum Counting {
    /// `count` followed by `noun`, with an "s" when the count is not one.
    static func text(_ count: Int, _ noun: String) -> String {
        "\(count) \(count == 1 ? noun : noun + "s")"
    }
}
