import Articles
import Attribution
import Content

extension ArticleSummary {
    /// Appends the summary to `writer`; `init(from:)` reads it back equal.
    func write(to writer: inout BinaryWriter) {
        let document = self.document
        writer.write(document.slug)
        writer.write(document.title)
        writer.write(document.kicker)
        writer.write(document.source)
        writer.write(document.date)
        writer.write(document.standfirst)
        writer.write(document.topics)
        writer.write(document.speakers.count)
        for speaker in document.speakers {
            writer.write(speaker.id)
            writer.write(speaker.name)
            writer.write(speaker.kind == .person)
            writer.write(speaker.role)
            writer.write(speaker.aliases)
        }
        writer.write(document.related.count)
        for link in document.related {
            writer.write(link.kicker)
            writer.write(link.title)
        }
        writer.write(document.quotes.count)
        for quote in document.quotes {
            writer.write(quote.text)
            writer.write(quote.speakerID)
            writer.write(quote.index)
            writer.write(quote.line)
            writer.write(quote.paragraph)
            writer.write(quote.isUncertain)
        }
        writer.write(contexts.count)
        for index in contexts.keys.sorted() {
            writer.write(index)
            writer.write(contexts[index]!)
        }
        writer.write(isFiction)
    }

    /// Reads a summary that `write(to:)` wrote.
    init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        let slug = try reader.string()
        let title = try reader.string()
        let kicker = try reader.optionalString()
        let source = try reader.optionalString()
        let date = try reader.optionalString()
        let standfirst = try reader.optionalString()
        let topics = try reader.strings()
        let speakers = try reader.list { reader throws(BinaryReader.Damaged) in
            Speaker(
                id: try reader.string(), name: try reader.string(),
                kind: try reader.bool() ? .person : .organization,
                role: try reader.optionalString(), aliases: try reader.strings())
        }
        let related = try reader.list { reader throws(BinaryReader.Damaged) in
            RelatedLink(kicker: try reader.optionalString(), title: try reader.string())
        }
        let quotes = try reader.list { reader throws(BinaryReader.Damaged) in
            DocumentQuote(
                text: try reader.string(), speakerID: try reader.optionalString(), index: try reader.int(),
                line: try reader.int(), paragraph: try reader.optionalInt(), isUncertain: try reader.bool())
        }
        var contexts: [Int: String] = [:]
        for _ in 0..<max(0, try reader.int()) {
            let index = try reader.int()
            contexts[index] = try reader.string()
        }
        self.init(
            document: Document(
                slug: slug, title: title, kicker: kicker, source: source, date: date, standfirst: standfirst,
                topics: topics, speakers: speakers, related: related, body: "", quotes: quotes),
            contexts: contexts, isFiction: try reader.bool())
    }
}
