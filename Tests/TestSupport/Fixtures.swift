import Articles
import Attribution
import Content
import Foundation

/// Small annotated documents written the way `content/*.md` holds them, for graph and page tests.
public enum Fixtures {
    public static let iftikhar = Speaker(
        id: "babar-iftikhar", name: "Babar Iftikhar", kind: .person, role: "Pakistani Army spokesperson",
        aliases: ["Iftikhar"])
    public static let khan = Speaker(id: "imran-khan", name: "Imran Khan", kind: .person, role: "former Prime Minister")
    public static let pentagon = Speaker(id: "pentagon", name: "Pentagon", kind: .organization)

    public static let visit = Document(
        slug: "army-backed-visit", title: "Army Backed the Visit", kicker: "Russia", source: "Sputnik",
        date: "2022-04-14", standfirst: "The army says it supported the trip.", topics: ["Russia", "Pakistan"],
        speakers: [iftikhar, pentagon],
        body: """
            Major General [Babar Iftikhar][babar-iftikhar] spoke on Thursday.

            [“We told the government that the PM should go ahead with the visit,”][babar-iftikhar] [Iftikhar][babar-iftikhar] said.

            The [Pentagon][pentagon] said it expects a [“healthy relationship”][pentagon].

            [babar-iftikhar]: ../people/babar-iftikhar/ "Babar Iftikhar"
            [pentagon]: ../people/pentagon/ "Pentagon"
            """,
        quotes: [
            DocumentQuote(text: "We told the government that the PM should go ahead with the visit,", speakerID: "babar-iftikhar", index: 0, line: 3, paragraph: 2),
            DocumentQuote(text: "healthy relationship", speakerID: "pentagon", index: 1, line: 5, paragraph: 4),
        ])

    public static let bases = Document(
        slug: "no-bases", title: "No Bases for the US", kicker: "Pakistan", source: "Sputnik", date: "2022-04-15",
        topics: ["pakistan"], speakers: [iftikhar, khan],
        body: """
            [“They never asked for bases,”][babar-iftikhar] [Iftikhar][babar-iftikhar] added.

            [“Absolutely not,”][imran-khan] said [Khan][imran-khan].

            [babar-iftikhar]: ../people/babar-iftikhar/ "Babar Iftikhar"
            [imran-khan]: ../people/imran-khan/ "Imran Khan"
            """,
        quotes: [
            DocumentQuote(text: "They never asked for bases,", speakerID: "babar-iftikhar", index: 0, line: 1, paragraph: 0),
            DocumentQuote(text: "Absolutely not,", speakerID: "imran-khan", index: 1, line: 3, paragraph: 2),
        ])

    public static let weather = Document(
        slug: "storm", title: "Storm Warning", kicker: "Weather", date: "2021-01-02", topics: ["Weather"],
        body: "Rain is expected.\n")

    /// The package's sample articles (`articles/`).
    public static let samples = SharedData.packageRoot.appendingPathComponent("articles")

    /// The first `limit` sample articles annotated and read back the way a build reads its content
    /// files, so that quotes have their contexts. Slugs are the file names, which are slugs already.
    public static func sampleDocuments(limit: Int = .max) throws -> [Document] {
        try ArticleReader.articleFiles(in: samples).prefix(limit).map { url in
            let article = try ArticleReader.read(fileAt: url)
            let annotations = Attributor.attribute(article, people: .empty)
            let markdown = AnnotatedMarkdown.write(article: article, annotations: annotations)
            return try AnnotatedMarkdown.read(markdown, slug: url.deletingPathExtension().lastPathComponent, path: url.path)
        }
    }
}
