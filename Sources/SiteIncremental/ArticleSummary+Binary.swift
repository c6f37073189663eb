import Articles
import Attribution
import Content
import SiteModel
import SitePages

extension ArticleSummary {
    /// Appends the summary to `writer`; `init(from:)` reads it back equal.
    package func write(to writer: inout BinaryWriter) {
        let document = self.document
        writer.write(document.slug)
        writer.write(document.title)
        writer.write(document.kicker)
        writer.write(document.source)
        writer.write(document.date)
        writer.write(document.standfirst)
        writer.write(document.topics)
        writer.write(document.speakers)
        writer.write(document.related)
        writer.write(document.quotes)
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
        let speakers = try reader.speakers()
        let related = try reader.related()
        let quotes = try reader.quotes()
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
