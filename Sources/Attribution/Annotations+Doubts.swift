/// An attribution a person should look at, and why.
public struct Doubt: Sendable, Hashable {
    /// The doubtful quote.
    public var quote: Quote
    /// Why it is doubtful, in words for the person reviewing it.
    public var reason: String
}

extension Annotations {
    /// The confidence under which an attributed quote is listed for review.
    public static let reviewThreshold = 0.7

    /// The quotes whose attribution is doubtful: a speaker given with low confidence, or no
    /// speaker although a cue sits next to the quote. Quotes the rules left to nobody without a
    /// cue (scare quotes, titles) are not listed.
    public func doubts() -> [Doubt] {
        quotes.compactMap { quote in
            if quote.speakerID == nil, let cue = quote.cue {
                let mention = quote.mention.map { " (\"\($0.text)\")" } ?? ""
                return Doubt(quote: quote, reason: "no speaker although the cue \"\(cue)\" is next to it\(mention)")
            }
            if let id = quote.speakerID, quote.confidence < Self.reviewThreshold {
                let name = speaker(withID: id)?.name ?? id
                let confidence = (quote.confidence * 100).rounded() / 100
                return Doubt(quote: quote, reason: "\(name) with confidence \(confidence) (rule \(quote.rule))")
            }
            return nil
        }
    }
}
