import Articles
import Attribution
import Content
import SiteModel
import SitePages

// The parts of a document that both the graph cache stores and the graph digests hash, written
// one way so the two cannot drift apart.

extension BinaryWriter {
    /// Speakers with id, name, kind, role, aliases and whether they are named, after their count.
    mutating func write(_ speakers: [Speaker]) {
        write(speakers.count)
        for speaker in speakers {
            write(speaker.id)
            write(speaker.name)
            write(speaker.kind == .person)
            write(speaker.role)
            write(speaker.aliases)
            write(speaker.named)
        }
    }

    /// Related-article teasers, after their count.
    mutating func write(_ related: [RelatedLink]) {
        write(related.count)
        for link in related {
            write(link.kicker)
            write(link.title)
        }
    }

    /// Every field of the quotes, after their count.
    mutating func write(_ quotes: [DocumentQuote]) {
        write(quotes.count)
        for quote in quotes {
            write(quote.text)
            write(quote.speakerID)
            write(quote.index)
            write(quote.line)
            write(quote.paragraph)
            write(quote.isUncertain)
        }
    }

    /// Slugs with their counts, after their number.
    mutating func write(_ tallies: [Tally]) {
        write(tallies.count)
        for tally in tallies {
            write(tally.slug)
            write(tally.count)
        }
    }
}

extension BinaryReader {
    /// Speakers as `BinaryWriter.write(_: [Speaker])` wrote them.
    mutating func speakers() throws(Damaged) -> [Speaker] {
        try list { reader throws(Damaged) in
            Speaker(
                id: try reader.string(), name: try reader.string(),
                kind: try reader.bool() ? .person : .organization,
                role: try reader.optionalString(), aliases: try reader.strings(), named: try reader.bool())
        }
    }

    /// Related-article teasers as `BinaryWriter.write(_: [RelatedLink])` wrote them.
    mutating func related() throws(Damaged) -> [RelatedLink] {
        try list { reader throws(Damaged) in
            RelatedLink(kicker: try reader.optionalString(), title: try reader.string())
        }
    }

    /// Quotes as `BinaryWriter.write(_: [DocumentQuote])` wrote them.
    mutating func quotes() throws(Damaged) -> [DocumentQuote] {
        try list { reader throws(Damaged) in
            DocumentQuote(
                text: try reader.string(), speakerID: try reader.optionalString(), index: try reader.int(),
                line: try reader.int(), paragraph: try reader.optionalInt(), isUncertain: try reader.bool())
        }
    }
}
