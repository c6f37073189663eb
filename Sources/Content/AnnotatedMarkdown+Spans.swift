import Articles
import Attribution

extension AnnotatedMarkdown {
    /// A stretch of one text block that becomes a link: a quote piece or a mention.
    struct Span {
        /// The first scalar, counted from the start of the block.
        var start: Int
        /// One past the last scalar.
        var end: Int
        /// The quoted speaker or the mentioned one; nil for a quote attributed to nobody.
        var speakerID: String?
        /// How a quote piece ends; `.closed` for mentions, whose labels are plain too.
        var ending: AnnotatedLink.QuoteEnding
        /// Whether the quote's attribution is below `Annotations.reviewThreshold`.
        var isUncertain = false

        /// The reference label the link points to.
        var label: String { AnnotatedLink.label(speakerID: speakerID, ending: ending, unsure: isUncertain) }
    }

    /// The quotes and mentions of one article, sorted once so that each block finds its own by
    /// binary search instead of walking every quote: writing an article stays linear in its size.
    struct SpanSource {
        /// Quotes in range order.
        let quotes: [Quote]
        /// `furthestEnd[i]`: the largest end among `quotes[0...i]`, which never decreases.
        let furthestEnd: [Int]
        /// Mentions of attributed quotes by start, each with its quote's position in the
        /// annotations (earlier quotes' mentions win overlaps) and speaker.
        let mentions: [(order: Int, range: TextRange, speakerID: String)]

        /// Sorts the quotes and mentions of `annotations`.
        init(_ annotations: Annotations) {
            quotes = annotations.quotes.sorted { $0.range < $1.range }
            var furthest = Int.min
            furthestEnd = quotes.map { quote in
                furthest = max(furthest, quote.range.end)
                return furthest
            }
            mentions = annotations.quotes.enumerated().compactMap { order, quote in
                guard let id = quote.speakerID, let mention = quote.mention else { return nil }
                return (order, mention.range, id)
            }.sorted { ($0.range.start, $0.order) < ($1.range.start, $1.order) }
        }

        /// The quotes that may touch `start..<end` (some may not; the caller checks), in range order.
        func quotes(near start: Int, _ end: Int) -> ArraySlice<Quote> {
            let first = Self.firstIndex(in: furthestEnd.count) { furthestEnd[$0] >= start }
            let last = Self.firstIndex(in: quotes.count) { quotes[$0].range.start > end }
            return first < last ? quotes[first..<last] : []
        }

        /// The mentions that start in `start..<end`, in the order of their quotes.
        func mentions(in start: Int, _ end: Int) -> [(order: Int, range: TextRange, speakerID: String)] {
            let first = Self.firstIndex(in: mentions.count) { mentions[$0].range.start >= start }
            let last = Self.firstIndex(in: mentions.count) { mentions[$0].range.start >= end }
            guard first < last else { return [] }
            return mentions[first..<last].sorted { $0.order < $1.order }
        }

        /// The first index in `0..<count` for which `isAfter` holds, given that it holds for
        /// every index after one where it holds.
        static func firstIndex(in count: Int, where isAfter: (Int) -> Bool) -> Int {
            var low = 0
            var high = count
            while low < high {
                let middle = (low + high) / 2
                if isAfter(middle) { high = middle } else { low = middle + 1 }
            }
            return low
        }
    }

    /// The links to write in `block`: the pieces of quotes that fall in it, with their marks,
    /// and the mentions of quoted speakers, in order and without overlaps.
    ///
    /// A quote that overlaps one already placed is left out (links cannot nest), as is a mention
    /// inside a quote.
    static func spans(in block: TextBlock, scalars: [Unicode.Scalar], source: SpanSource) -> [Span] {
        let blockStart = block.range.start
        let blockEnd = block.range.start + scalars.count
        var spans: [Span] = []
        for quote in source.quotes(near: blockStart, blockEnd) {
            let range = quote.range
            let touches =
                range.isEmpty
                ? (blockStart...blockEnd).contains(range.start)
                : range.start < blockEnd && range.end > blockStart
            guard touches else { continue }
            var start = max(range.start, blockStart) - blockStart
            var end = min(range.end, blockEnd) - blockStart
            if range.start >= blockStart, let mark = QuoteMarks.closing(of: scalars[..<start]) {
                start -= mark
            }
            let ending: AnnotatedLink.QuoteEnding
            if range.end > blockEnd {
                ending = .continues
            } else if let mark = QuoteMarks.opening(of: scalars[end...]) {
                end += mark
                ending = .closed
            } else {
                // Without a closing mark, a mark ending the words themselves must not be taken for one.
                ending = QuoteMarks.closing(of: scalars[start..<end]) == nil ? .closed : .unclosed
            }
            let isUncertain = quote.speakerID != nil && quote.confidence < Annotations.reviewThreshold
            insert(
                Span(start: start, end: end, speakerID: quote.speakerID, ending: ending, isUncertain: isUncertain),
                into: &spans)
        }
        var seenMentions: Set<TextRange> = []
        for mention in source.mentions(in: blockStart, blockEnd) {
            guard seenMentions.insert(mention.range).inserted, mention.range.end <= blockEnd,
                mention.range.start != mention.range.end
            else { continue }
            let span = Span(
                start: mention.range.start - blockStart, end: mention.range.end - blockStart,
                speakerID: mention.speakerID, ending: .closed)
            insert(span, into: &spans)
        }
        return spans
    }

    /// Adds `span` in order unless it overlaps a span already there (or is the same empty span).
    ///
    /// `spans` is sorted and its spans do not overlap, so only the neighbours of the place
    /// `span` would go need checking: a binary search, not a walk over every span.
    private static func insert(_ span: Span, into spans: inout [Span]) {
        let index = SpanSource.firstIndex(in: spans.count) { spans[$0].start >= span.end }
        if index > 0 {
            let before = spans[index - 1]
            if before.start < span.end && span.start < before.end { return }
            if before.start == span.start && before.end == span.end { return }
        }
        if index < spans.count, spans[index].start == span.start, spans[index].end == span.end { return }
        spans.insert(span, at: index)
    }

    /// The block's text as one line of Markdown with its spans as reference links.
    static func inline(_ scalars: [Unicode.Scalar], spans: [Span]) -> String {
        var line = ""
        var position = 0
        for span in spans {
            if position < span.start {
                line += MarkdownEscaping.escape(
                    scalars[position..<span.start], atLineStart: position == 0, atLineEnd: false)
            }
            let text = MarkdownEscaping.escape(scalars[span.start..<span.end], atLineStart: false, atLineEnd: false)
            line += "[\(text)][\(span.label)]"
            position = span.end
        }
        if position < scalars.count {
            line += MarkdownEscaping.escape(scalars[position...], atLineStart: position == 0, atLineEnd: true)
        }
        return line
    }
}

extension TextRange {
    /// True when the range holds no scalars.
    fileprivate var isEmpty: Bool { start == end }
}
