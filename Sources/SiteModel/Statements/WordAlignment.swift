/// The words two quotes share, in order: a longest common subsequence of their words, with the
/// longest run of consecutive shared words.
///
/// Worked out by dynamic programming over both word lists, so only for quotes of ordinary
/// length: `init` gives nil past `maximumCells` word pairs (two quotes of 500 words each), where
/// a hostile or runaway quote would cost time and memory out of all proportion.
struct WordAlignment: Sendable {
    /// Positions of the shared words, in `first` and in `second`, in order.
    var pairs: [(first: Int, second: Int)]
    /// The most consecutive words the two share.
    var longestRun: Int

    /// Word pairs past which quotes are not aligned.
    static let maximumCells = 250_000

    /// The alignment of the word lists `first` and `second` (words as numbers), or nil when they
    /// are too long to align.
    init?(_ first: [Int], _ second: [Int]) {
        let rows = first.count
        let columns = second.count
        guard rows * columns <= Self.maximumCells else { return nil }
        let width = columns + 1
        // lengths[i * width + j]: the longest common subsequence of first[i...] and second[j...],
        // filled from the end so that the walk below goes forwards.
        var lengths = [Int32](repeating: 0, count: (rows + 1) * width)
        var runs = [Int32](repeating: 0, count: (rows + 1) * width)
        var longest: Int32 = 0
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                let here = i * width + j
                if first[i] == second[j] {
                    lengths[here] = lengths[here + width + 1] + 1
                    runs[here] = runs[here + width + 1] + 1
                    longest = max(longest, runs[here])
                } else {
                    lengths[here] = max(lengths[here + width], lengths[here + 1])
                }
            }
        }
        var pairs: [(first: Int, second: Int)] = []
        var i = 0
        var j = 0
        while i < rows, j < columns {
            if first[i] == second[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        self.pairs = pairs
        self.longestRun = Int(longest)
    }

    /// How many shared words stand next to another shared word in both quotes: words shared in
    /// runs of two or more, which common words scattered through two texts ("the", "to") are not.
    var wordsInRuns: Int {
        var count = 0
        for (position, pair) in pairs.enumerated() {
            let joinsPrevious = position > 0 && pairs[position - 1] == (pair.first - 1, pair.second - 1)
            let joinsNext = position + 1 < pairs.count && pairs[position + 1] == (pair.first + 1, pair.second + 1)
            if joinsPrevious || joinsNext { count += 1 }
        }
        return count
    }
}
