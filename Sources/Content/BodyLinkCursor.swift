/// Matches the links of a document's body, met one by one in document order while rendering,
/// to the quotes and mentions `AnnotatedMarkdown.read` found.
///
/// A renderer that wraps links (`CmarkGFM.renderHTML(_:wrappingLinks:)` visits them in document
/// order) asks the cursor about each link. Quote links are matched to the body's quotes in order,
/// every piece of a quote over several paragraphs to the same quote, by the same rules the reader
/// uses; quotes in the title and standfirst are skipped, as they are not in the body.
public struct BodyLinkCursor: Sendable {
    /// What one link of the body is.
    public enum Link: Sendable, Hashable {
        /// A quote link, or one piece of a quote over several paragraphs; `isLastPiece` is false
        /// for every piece but the last.
        case quote(DocumentQuote, isLastPiece: Bool)
        /// A link to a speaker that is not a quote.
        case mention(speakerID: String)
    }

    /// The body's quotes in reading order.
    private let quotes: [DocumentQuote]
    /// The index in `quotes` of the next quote link's quote.
    private var nextQuote = 0
    /// The speaker (nil: nobody) of a quote waiting for its next piece.
    private var continuing: String??

    /// Starts before the first link of `document`'s body.
    public init(document: Document) {
        quotes = document.quotes.filter { $0.paragraph != nil }
    }

    /// The meaning of the next link of the body, or nil for an ordinary link.
    public mutating func next(destination: String, text: String) -> Link? {
        let meaning = AnnotatedLink(destination: destination, text: text)
        if let speaker = continuing {
            switch meaning {
            case .quote(let id, let ending) where id == speaker:
                return piece(last: ending != .continues)
            case .mention(let id) where id == speaker:
                return piece(last: true)
            case nil where speaker == nil && destination == "#":
                return piece(last: true)
            case .quote:
                // The reader ends a waiting quote when a quote of someone else comes first.
                continuing = nil
                nextQuote += 1
            default:
                break
            }
        }
        switch meaning {
        case .quote(let id, let ending):
            if ending == .continues {
                continuing = .some(id)
                return current(last: false)
            }
            defer { nextQuote += 1 }
            return current(last: true)
        case .mention(let id):
            return .mention(speakerID: id)
        case nil:
            return nil
        }
    }

    private mutating func piece(last: Bool) -> Link? {
        let link = current(last: last)
        if last {
            continuing = nil
            nextQuote += 1
        }
        return link
    }

    private func current(last: Bool) -> Link? {
        guard nextQuote < quotes.count else { return nil }
        return .quote(quotes[nextQuote], isLastPiece: last)
    }
}
