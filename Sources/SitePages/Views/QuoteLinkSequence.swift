import Content

/// Tells, link by link in reading order, which body quote a link belongs to, the same way
/// `AnnotatedMarkdown.read` counts them: a quote that continues over paragraphs is one quote made
/// of several links, and its last piece may be a plain speaker link or a `#` link.
struct QuoteLinkSequence {
    /// What one link is.
    enum Role: Equatable {
        /// The first link of body quote `position` (counting body quotes from 0).
        case quoteStart(Int)
        /// A later piece of body quote `position`.
        case quotePiece(Int)
        /// A mention of speaker `id`.
        case mention(String)
        /// Any other link.
        case other
    }

    /// The speaker (nil: nobody) of a quote still waiting for its next piece, if one is.
    private var pending: String??
    private var count = 0

    /// Whether the last link began or continued a quote that goes on in a later link.
    var continues: Bool { pending != nil }

    /// The role of the next link.
    mutating func next(destination: String, text: String) -> Role {
        let meaning = AnnotatedLink(destination: destination, text: text)
        if let waiting = pending {
            switch meaning {
            case .quote(let id, let ending) where id == waiting:
                if ending != .continues { pending = nil }
                return .quotePiece(count - 1)
            case .mention(let id) where id == waiting:
                pending = nil
                return .quotePiece(count - 1)
            case nil where waiting == nil && destination == "#":
                pending = nil
                return .quotePiece(count - 1)
            default:
                if case .quote = meaning { pending = nil }
            }
        }
        switch meaning {
        case .quote(let id, let ending):
            if ending == .continues { pending = .some(id) }
            count += 1
            return .quoteStart(count - 1)
        case .mention(let id):
            return .mention(id)
        case nil:
            return .other
        }
    }
}
