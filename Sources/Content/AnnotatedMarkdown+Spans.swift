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

    /// The links to write in `block`: the pieces of quotes that fall in it, with their marks,
    /// and the mentions of quoted speakers, in order and without overlaps.
    ///
    /// A quote that overlaps one already placed is left out (links cannot nest), as is a mention
    /// inside a quote.
    static func spans(in block: TextBlock, scalars: [Unicode.Scalar], annotations: Annotations) -> [Span] {
        let blockStart = block.range.start
        let blockEnd = block.range.start + scalars.count
        var spans: [Span] = []
        for quote in annotations.quotes.sorted(by: { $0.range < $1.range }) {
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
        for quote in annotations.quotes {
            guard let id = quote.speakerID, let mention = quote.mention, seenMentions.insert(mention.range).inserted,
                mention.range.start >= blockStart, mention.range.end <= blockEnd, !mention.range.isEmpty
            else { continue }
            let span = Span(
                start: mention.range.start - blockStart, end: mention.range.end - blockStart,
                speakerID: id, ending: .closed)
            insert(span, into: &spans)
        }
        return spans
    }

    /// Adds `span` in order unless it overlaps a span already there.
    private static func insert(_ span: Span, into spans: inout [Span]) {
        let overlaps = spans.contains {
            $0.start < span.end && span.start < $0.end || ($0.start == span.start && $0.end == span.end)
        }
        guard !overlaps else { return }
        let index = spans.firstIndex { $0.start >= span.end } ?? spans.count
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
