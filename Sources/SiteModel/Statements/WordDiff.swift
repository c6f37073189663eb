/// How one report of a statement words it against another (the first report), word by word.
///
/// Inside the passage both quote, words are the same, added, dropped or changed. Outside it a
/// report quotes less (the reference's words it leaves out are elided) or more (words beyond
/// the reference): that is the extent of a partial quote, not a change of wording. The passage
/// both quote starts and ends with two shared words in a row: a lone common word ("in", "the")
/// at its edge is a coincidence, and a report sharing no two words in a row with the reference
/// quotes another part of the statement (it is linked to it through other reports).
package struct WordDiff: Sendable, Equatable {
    /// A run of words of one kind.
    package enum Segment: Sendable, Equatable {
        /// Words both reports give.
        case same(String)
        /// Words this report has and the reference does not, inside the shared passage.
        case added(String)
        /// Words the reference has and this report does not, inside the shared passage.
        case dropped(String)
        /// Words of the reference given differently here.
        case changed(from: String, to: String)
        /// Words of the reference before or after all this report quotes.
        case elided(String)
        /// Words this report quotes before or after all the reference quotes.
        case beyond(String)
    }

    /// The report's words against the reference, in reading order.
    package var segments: [Segment]

    /// The diff of `report` against `reference`, or nil when the two are too long to align
    /// (`WordAlignment`).
    package init?(report: String, reference: String) {
        let mine = QuoteWords(report)
        let theirs = QuoteWords(reference)
        var numbers: [String: Int] = [:]
        let number = { (key: String) -> Int in
            if let known = numbers[key] { return known }
            numbers[key] = numbers.count
            return numbers.count - 1
        }
        let referenceWords = theirs.keys.map(number)
        let reportWords = mine.keys.map(number)
        // The same words (most reports): nothing to align. A single word shared is no passage.
        if reportWords == referenceWords, reportWords.count > 1 {
            segments = [.same(mine.shown.joined(separator: " "))]
            return
        }
        guard let alignment = WordAlignment(referenceWords, reportWords) else { return nil }
        var shared = alignment.pairs[...]
        let joined = { (pair: (first: Int, second: Int), next: (first: Int, second: Int)?) in
            next.map { $0 == (pair.first + 1, pair.second + 1) } ?? false
        }
        while let first = shared.first, !joined(first, shared.dropFirst().first) { shared = shared.dropFirst() }
        while let last = shared.last, !joined(shared.dropLast().last ?? (-2, -2), last) { shared = shared.dropLast() }
        var segments: [Segment] = []
        let join = { (words: ArraySlice<String>) in words.joined(separator: " ") }
        guard let first = shared.first, let last = shared.last else {
            self.segments = [.elided(join(theirs.shown[...])), .beyond(join(mine.shown[...]))].filter { $0 != .elided("") && $0 != .beyond("") }
            return
        }
        segments += Self.edge(dropped: theirs.shown[..<first.first], added: mine.shown[..<first.second])
        var previous = (first: first.first - 1, second: first.second - 1)
        for pair in shared {
            let dropped = theirs.shown[(previous.first + 1)..<pair.first]
            let added = mine.shown[(previous.second + 1)..<pair.second]
            switch (dropped.isEmpty, added.isEmpty) {
            case (false, false): segments.append(.changed(from: join(dropped), to: join(added)))
            case (false, true): segments.append(.dropped(join(dropped)))
            case (true, false): segments.append(.added(join(added)))
            case (true, true): break
            }
            if case .same(let words) = segments.last {
                segments[segments.count - 1] = .same(words + " " + mine.shown[pair.second])
            } else {
                segments.append(.same(mine.shown[pair.second]))
            }
            previous = pair
        }
        segments += Self.edge(dropped: theirs.shown[(last.first + 1)...], added: mine.shown[(last.second + 1)...])
        self.segments = segments
    }

    /// The segment before the first shared word or after the last: words of both reports there
    /// are a change of wording; of one alone, the extent of what it quotes.
    private static func edge(dropped: ArraySlice<String>, added: ArraySlice<String>) -> [Segment] {
        let (from, to) = (dropped.joined(separator: " "), added.joined(separator: " "))
        switch (dropped.isEmpty, added.isEmpty) {
        case (false, false): return [.changed(from: from, to: to)]
        case (false, true): return [.elided(from)]
        case (true, false): return [.beyond(to)]
        case (true, true): return []
        }
    }

    /// Whether the wording differs inside the passage both quote.
    package var changesWording: Bool {
        segments.contains {
            switch $0 {
            case .added, .dropped, .changed: true
            case .same, .elided, .beyond: false
            }
        }
    }
}
