import Articles
import Attribution
import Content

/// Small annotated documents written the way `content/*.md` holds them, for graph and page tests.
enum Fixtures {
    static let iftikhar = Speaker(
        id: "babar-iftikhar", name: "Babar Iftikhar", kind: .person, role: "Pakistani Army spokesperson",
        aliases: ["Iftikhar"])
    static let khan = Speaker(id: "imran-khan", name: "Imran Khan", kind: .person, role: "former Prime Minister")
    static let pentagon = Speaker(id: "pentagon", name: "Pentagon", kind: .organization)

    static let visit = Document(
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

    static let bases = Document(
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

    static let weather = Document(
        slug: "storm", title: "Storm Warning", kicker: "Weather", date: "2021-01-02", topics: ["Weather"],
        body: "Rain is expected.\n")
}
