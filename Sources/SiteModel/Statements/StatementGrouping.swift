/// Groups quotes into statements: which quotes of one speaker, in different articles, report
/// the same thing said.
///
/// Two quotes of the same speaker in different articles are reports of one statement when
/// - their words are the same and they have five words or more, or
/// - their words are the same, two to four of them, and their articles are dated at most
///   `fragmentDays` apart: a speaker repeats a short phrase ("a rigged system", "radical Islamic
///   terrorism") for months, and each time is a new statement, while the reports of one statement
///   come within a news cycle; a single word ("Absolutely") is never enough, or
/// - both have five words or more and
///   - one holds the other whole (a partial quote), or
///   - they share a passage of `sharedPassage` consecutive words, or
///   - both have `sharedPassage` words or more and are near the same: at least `nearShare` of
///     the shorter one's words are shared, in order, in runs of two or more (a few words
///     changed, added or dropped). Shorter quotes sharing all but a word share a common phrase
///     more often than a statement ("in the history of business", "in the history of CNN").
/// Reports linked to a common report are one statement. Quotes of different speakers never are.
///
/// Candidates come from an index of word shingles (`shingle` consecutive words) of each
/// speaker's quotes, never from comparing every quote with every other: only quotes sharing a
/// shingle are compared, and a shingle that many different quotes of one speaker share (a stock
/// phrase) is no evidence and is skipped.
enum StatementGrouping {
    /// One quote to group.
    struct Quote: Sendable {
        /// Where the quote is.
        var place: QuotePlace
        /// The site-wide slug of its speaker.
        var speakerSlug: String
        /// The quoted words.
        var text: String
        /// The ISO day of its article, when known, which orders the reports.
        var day: String?
    }

    /// Words in a shingle.
    static let shingle = 4
    /// The fewest words of a quote that links other than by being identical.
    static let shortestPassage = 5
    /// Consecutive shared words that make two quotes one statement whatever else they hold.
    static let sharedPassage = 8
    /// The share of the shorter quote's words that makes two quotes near the same.
    static let nearShare = 0.8
    /// Different quotes of one speaker past which a shingle is too common to compare them by.
    static let commonShingle = 64
    /// The fewest words of a fragment that links at all.
    static let shortestFragment = 2
    /// The most days between the articles of two reports of a fragment.
    static let fragmentDays = 14

    /// The statements of `quotes` reported in more than one article, ordered by id; each
    /// speaker's quotes are grouped separately, `jobs` speakers at once.
    static func statements(of quotes: [Quote], jobs: Int) async -> [Statement] {
        let grouped = await Parallel.map(bySpeaker(quotes), jobs: jobs) { statements(ofOneSpeaker: $0) }
        return grouped.joined().sorted { $0.id < $1.id }
    }

    /// `statements(of:jobs:)`, one speaker after another.
    static func statements(of quotes: [Quote]) -> [Statement] {
        bySpeaker(quotes).flatMap(statements(ofOneSpeaker:)).sorted { $0.id < $1.id }
    }

    /// `quotes` split by speaker, speakers in slug order.
    private static func bySpeaker(_ quotes: [Quote]) -> [[Quote]] {
        var bySpeaker: [String: [Quote]] = [:]
        for quote in quotes { bySpeaker[quote.speakerSlug, default: []].append(quote) }
        return bySpeaker.keys.sorted().map { bySpeaker[$0]! }
    }

    /// The statements of `quotes`, all of one speaker, reported in more than one article.
    static func statements(ofOneSpeaker quotes: [Quote]) -> [Statement] {
        guard quotes.count > 1, let speaker = quotes.first?.speakerSlug else { return [] }
        // The same words are one text, compared once. Words are numbered by their hashes: two
        // words of one speaker's quotes with the same 64-bit hash are not to be expected.
        var numbers: [Int: Int] = [:]
        var textNumbers: [[Int]: Int] = [:]
        var texts: [[Int]] = []
        var members: [[Int]] = []
        for (position, quote) in quotes.enumerated() {
            let words = QuoteWords.hashes(of: quote.text).map { key in
                if let number = numbers[key] { return number }
                numbers[key] = numbers.count
                return numbers.count - 1
            }
            guard !words.isEmpty else { continue }
            if let text = textNumbers[words] {
                members[text].append(position)
            } else {
                textNumbers[words] = texts.count
                texts.append(words)
                members.append([position])
            }
        }
        var sets = DisjointSets(count: quotes.count)
        let articles = members.map { Set($0.map { quotes[$0].place.articleSlug }) }
        for (text, positions) in members.enumerated() where articles[text].count > 1 {
            if texts[text].count >= shortestPassage {
                for position in positions.dropFirst() { sets.join(positions[0], position) }
            } else if texts[text].count >= shortestFragment {
                joinFragments(positions, of: quotes, in: &sets)
            }
        }
        for (first, second) in candidatePairs(texts) where articles[first].union(articles[second]).count > 1 {
            guard reportSameStatement(texts[first], texts[second]) else { continue }
            for position in members[first] + members[second].dropFirst() { sets.join(members[second][0], position) }
        }
        var components: [Int: [Int]] = [:]
        for positions in members {
            for position in positions { components[sets.root(position), default: []].append(position) }
        }
        return components.values.compactMap { positions -> Statement? in
            guard Set(positions.map { quotes[$0].place.articleSlug }).count > 1 else { return nil }
            let reports = positions.map { quotes[$0] }.sorted(by: earlierReport)
            let allDated = reports.allSatisfy { $0.day != nil }
            return Statement(
                id: Statement.id(of: reports[0].place), speakerSlug: speaker, reports: reports.map(\.place),
                firstReported: allDated ? reports[0].place.articleSlug : nil)
        }
    }

    /// Joins the reports at `positions` of one fragment (the same words) that are dated at most
    /// `fragmentDays` apart, in order of date: each to the one before it when that is near enough.
    private static func joinFragments(_ positions: [Int], of quotes: [Quote], in sets: inout DisjointSets) {
        let dated = positions.compactMap { position in quotes[position].day.flatMap(dayNumber).map { (position, $0) } }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        for (earlier, later) in zip(dated, dated.dropFirst()) where later.1 - earlier.1 <= fragmentDays {
            sets.join(earlier.0, later.0)
        }
    }

    /// Days since 1 January 1970 of the ISO day `day` ("2016-03-01"), nil when it is not one.
    static func dayNumber(_ day: String) -> Int? {
        let parts = day.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        // Days from civil date (proleptic Gregorian calendar), years counted from March.
        let year = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (parts[1] + (parts[1] > 2 ? -3 : 9)) + 2) / 5 + parts[2] - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Whether `first` and `second`, different texts of one speaker (words as numbers), are
    /// reports of one statement.
    static func reportSameStatement(_ first: [Int], _ second: [Int]) -> Bool {
        let (shorter, longer) = first.count <= second.count ? (first, second) : (second, first)
        guard shorter.count >= shortestPassage else { return false }
        guard let alignment = WordAlignment(shorter, longer) else {
            // Too long to align: a shared passage decides alone (a partial quote that long has one).
            return !Set(shingles(of: shorter, size: sharedPassage)).isDisjoint(with: shingles(of: longer, size: sharedPassage))
        }
        return alignment.longestRun >= min(sharedPassage, shorter.count)
            || (shorter.count >= sharedPassage && Double(alignment.wordsInRuns) >= nearShare * Double(shorter.count))
    }

    /// Pairs of texts (by position, first < second) of five words or more that share a shingle
    /// not too common to count.
    private static func candidatePairs(_ texts: [[Int]]) -> [(Int, Int)] {
        var index: [UInt64: [Int]] = [:]
        for (text, words) in texts.enumerated() where words.count >= shortestPassage {
            for key in Set(shingles(of: words, size: shingle)) { index[key, default: []].append(text) }
        }
        var pairs = Set<UInt64>()
        for postings in index.values where postings.count > 1 && postings.count <= commonShingle {
            for (offset, first) in postings.enumerated() {
                for second in postings[(offset + 1)...] { pairs.insert(UInt64(first) << 32 | UInt64(second)) }
            }
        }
        // Sorted, so the sets are joined in the same order on every run.
        return pairs.sorted().map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
    }

    /// A hash of every run of `size` consecutive words of `words`.
    static func shingles(of words: [Int], size: Int) -> [UInt64] {
        guard words.count >= size else { return [] }
        return (0...(words.count - size)).map { start in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for word in words[start..<(start + size)] { hash = (hash ^ UInt64(UInt(bitPattern: word))) &* 0x0000_0100_0000_01B3 }
            return hash
        }
    }

    /// Dated reports first, older first; then by article slug and position.
    private static func earlierReport(_ lhs: Quote, _ rhs: Quote) -> Bool {
        earlierReport((lhs.place, lhs.day), (rhs.place, rhs.day))
    }

    /// Whether the report at `lhs.place`, of an article of the ISO day `lhs.day`, comes before the
    /// other: dated reports first, older first; then by article slug and position.
    static func earlierReport(_ lhs: (place: QuotePlace, day: String?), _ rhs: (place: QuotePlace, day: String?)) -> Bool {
        switch (lhs.day, rhs.day) {
        case let (left?, right?) where left != right: return left < right
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (lhs.place.articleSlug, lhs.place.index) < (rhs.place.articleSlug, rhs.place.index)
        }
    }
}

/// Sets of numbers joined pairwise (union–find), for the reports linked to a common report.
struct DisjointSets {
    private var parents: [Int]

    /// `count` numbers, each alone.
    init(count: Int) {
        parents = Array(0..<count)
    }

    /// The number that stands for the set holding `element`.
    mutating func root(_ element: Int) -> Int {
        var root = element
        while parents[root] != root { root = parents[root] }
        // Everything on the way now points at the root, so later look-ups are short.
        var step = element
        while parents[step] != root {
            let next = parents[step]
            parents[step] = root
            step = next
        }
        return root
    }

    /// Puts the sets of `first` and `second` together; the smaller number stands for both.
    mutating func join(_ first: Int, _ second: Int) {
        let (left, right) = (root(first), root(second))
        guard left != right else { return }
        parents[max(left, right)] = min(left, right)
    }
}
