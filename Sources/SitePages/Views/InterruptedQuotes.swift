import SiteModel

/// A sentence that an article interrupts with its cue (“We will walk out,” said Wren, “and
/// we will win.”) is two quotes in the article, and one sentence to a reader: a speaker page
/// shows it whole, with the cue in the middle as the article has it.
enum InterruptedQuotes {
    /// One quote as a speaker page shows it: the quote, and when an article's cue interrupts
    /// its sentence, the cue and the rest of the sentence; the context is of the whole.
    struct Shown {
        var quote: QuoteNode
        var continuation: Continuation?
        var context: String?
        var isUncertain: Bool
    }

    /// The rest of an interrupted sentence: the cue as the article has it ("said Wren,"), then
    /// the quote that finishes the sentence.
    struct Continuation {
        var cue: String
        var quote: QuoteNode
    }

    /// The longest cue, in characters, that is taken for an interruption rather than a sentence.
    static let cueLimit = 60

    /// `quotes` (one speaker's, in one article, in reading order) with every sentence
    /// interrupted by a cue joined into one.
    static func joined(_ quotes: [QuoteNode]) -> [Shown] {
        var shown: [Shown] = []
        var position = 0
        while position < quotes.count {
            let quote = quotes[position]
            if position + 1 < quotes.count, let whole = joined(quote, quotes[position + 1]) {
                shown.append(whole)
                position += 2
            } else {
                shown.append(Shown(quote: quote, continuation: nil, context: quote.context, isUncertain: quote.isUncertain))
                position += 1
            }
        }
        return shown
    }

    /// `first` and `second` as one, when they are the two halves of one sentence: next to each
    /// other in the article, the first ending in a comma, with the same context that holds
    /// them both and only a short cue between them.
    private static func joined(_ first: QuoteNode, _ second: QuoteNode) -> Shown? {
        let mark = QuoteContext.placeholder
        guard second.index == first.index + 1, second.articleSlug == first.articleSlug,
            first.text.hasSuffix(","), let context = first.context, second.context == context
        else { return nil }
        let pieces = context.components(separatedBy: mark)
        guard pieces.count == 3 else { return nil }
        let cue = QuoteContext.trimmed(Substring(pieces[1]))
        guard !cue.isEmpty, cue.count <= cueLimit, !cue.contains(where: { ".!?…“”\"".contains($0) }) else { return nil }
        let around = QuoteContext.trimmed(Substring(pieces[0] + mark + pieces[2]))
        return Shown(
            quote: first, continuation: Continuation(cue: cue, quote: second), context: around == mark ? nil : around,
            isUncertain: first.isUncertain || second.isUncertain)
    }
}
