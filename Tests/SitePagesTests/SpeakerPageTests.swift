import Articles
import Attribution
import Content
import Foundation
@testable import SiteModel
@testable import SitePages
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A speaker's page: timeline, own feed and data, context of each quote, unsure attributions.
@Suite struct SpeakerPageTests {
    /// An undated article quoting Iftikhar, with a guess marked unsure.
    static let undated = Document(
        slug: "undated-briefing", title: "A Briefing Without a Date", speakers: [Fixtures.iftikhar],
        body: """
            Reporters gathered at the ministry. [“Nothing has changed,”][babar-iftikhar unsure] a voice said.

            [babar-iftikhar unsure]: ../people/babar-iftikhar/ "Babar Iftikhar (unsure)"
            """,
        quotes: [
            DocumentQuote(
                text: "Nothing has changed,", speakerID: "babar-iftikhar", index: 0, line: 1, paragraph: 0,
                isUncertain: true)
        ],
        paragraphs: ["Reporters gathered at the ministry. “Nothing has changed,” a voice said."])

    static func visit() -> Document {
        var document = Fixtures.visit
        document.paragraphs = [
            "Major General Babar Iftikhar spoke on Thursday.",
            "“We told the government that the PM should go ahead with the visit,” Iftikhar said.",
            "The Pentagon said it expects a “healthy relationship”.",
        ]
        document.quotes[0].paragraph = 1
        document.quotes[1].paragraph = 2
        return document
    }

    let site: SiteFiles

    init() throws {
        let graph = SiteGraph(documents: [Self.visit(), Fixtures.bases, Fixtures.weather, Self.undated])
        site = try SiteRenderer(graph: graph, templates: SiteTemplates()).render()
    }

    func page(_ path: String) throws -> String { try #require(site.text(path), "no \(path)") }

    @Test func timelineShowsDatedArticlesAndSaysWhatIsLeftOut() throws {
        let page = try page("people/babar-iftikhar/index.html")
        let svg = try #require(page.range(of: #"(?s)<svg class="timeline-chart".*?</svg>"#, options: .regularExpression).map { String(page[$0]) })
        #expect(svg.contains(#"role="img" aria-labelledby="timeline-title timeline-desc""#))
        #expect(svg.contains(#"<title id="timeline-title">When Babar Iftikhar was quoted</title>"#))
        #expect(svg.contains("2 quotes on 2 days from 14 April 2022 to 15 April 2022"))
        #expect(svg.contains("1 quote from undated articles not shown"))
        #expect(svg.components(separatedBy: #"<circle class="dot""#).count - 1 == 2)
        #expect(!svg.contains("<script"))
        #expect(page.contains("1 quote from articles without a date is not on the timeline."))
        #expect(page.contains("<span>14 April 2022</span><span>15 April 2022</span>"))
    }

    @Test func aSpeakerWithOnlyUndatedQuotesSaysThereIsNoTimeline() throws {
        let graph = SiteGraph(documents: [Self.undated])
        let site = try SiteRenderer(graph: graph, templates: SiteTemplates()).render()
        let page = try #require(site.text("people/babar-iftikhar/index.html"))
        #expect(!page.contains("<svg"))
        #expect(page.contains("None of the articles quoting Babar Iftikhar gives a date, so there is no timeline."))
    }

    @Test func timelineDaysAreCountedFromTheEpoch() {
        #expect(QuoteTimeline.dayNumber("1970-01-01") == 0)
        #expect(QuoteTimeline.dayNumber("2000-03-01") == 11_017)
        #expect(QuoteTimeline.dayNumber("2022-04-15") - QuoteTimeline.dayNumber("2022-04-14") == 1)
        #expect(QuoteTimeline.dayNumber("2024-03-01") - QuoteTimeline.dayNumber("2024-02-28") == 2)
    }

    @Test func speakerFeedIsLinkedAndListsEachQuoteWithItsAnchor() throws {
        let page = try page("people/babar-iftikhar/index.html")
        #expect(page.contains(#"<link rel="alternate" type="application/atom+xml" title="Quotes by Babar Iftikhar" href="feed.xml">"#))
        #expect(page.contains(#"<a href="feed.xml">Feed of these quotes</a>"#))
        #expect(page.contains(#"<a href="../../data/quotes.jsonl">Every quote as JSON Lines</a>"#))
        let feed = try self.page("people/babar-iftikhar/feed.xml")
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "the feed is not well-formed XML")
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 3)
        #expect(feed.contains(#"href="../../articles/no-bases/index.html#q-1""#))
        #expect(feed.contains("<title>“They never asked for bases,”</title>"))
        #expect(feed.contains("<author><name>Babar Iftikhar</name></author>"))
    }

    @Test func speakerFeedTitlesJoinLinesAndCutLongQuotesAtAWord() throws {
        var document = Fixtures.visit
        let long = String(repeating: "word ", count: 30) + "end"
        // 60 accented letters: 120 bytes, but short enough to show whole.
        let accented = String(repeating: "é", count: 60)
        document.quotes = [
            DocumentQuote(text: "first line\nsecond line", speakerID: "babar-iftikhar", index: 0, line: 3, paragraph: 2),
            DocumentQuote(text: long, speakerID: "babar-iftikhar", index: 1, line: 3, paragraph: 2),
            DocumentQuote(text: accented, speakerID: "babar-iftikhar", index: 2, line: 3, paragraph: 2),
        ]
        let graph = SiteGraph(documents: [document])
        let speaker = try #require(graph.speaker("babar-iftikhar"))
        let feed = SpeakerFeed(speaker: speaker, graph: graph, options: SiteOptions()).xml()
        #expect(feed.contains("<title>“first line second line”</title>"))
        #expect(feed.contains("<title>“" + String(repeating: "word ", count: 17) + "word…”</title>"))
        #expect(feed.contains("<title>“\(accented)”</title>"))
        // Entries are short: the title and the link to the quote, which holds the rest.
        #expect(!feed.contains("<summary>") && !feed.contains(long))
        #expect(feed.contains(#"<link href="../../articles/army-backed-visit/index.html#q-2"/>"#))
    }

    @Test func speakerFeedIsAbsoluteWithABaseURL() throws {
        let graph = SiteGraph(documents: [Self.visit()])
        let options = SiteOptions(baseURL: "https://example.org/news")
        let site = try SiteRenderer(graph: graph, templates: SiteTemplates(), options: options).render()
        let feed = try #require(site.text("people/babar-iftikhar/feed.xml"))
        #expect(feed.contains(#"<link rel="self" href="https://example.org/news/people/babar-iftikhar/feed.xml"/>"#))
        #expect(feed.contains("<id>https://example.org/news/articles/army-backed-visit/#q-1</id>"))
    }

    @Test func theirQuotesAreInTheDataFilesWithContext() throws {
        #expect(site.files["people/babar-iftikhar/quotes.json"] == nil)
        let lines = try #require(site.files[SitePath.quotesJSONLines]).split(separator: UInt8(ascii: "\n"))
        let quotes = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]) }
            .filter { $0["speaker"] as? String == "babar-iftikhar" }
        #expect(quotes.count == 3)
        let people = try #require(site.files[SitePath.peopleJSONLines]).split(separator: UInt8(ascii: "\n"))
        let person = try people.map { try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]) }
            .first { $0["slug"] as? String == "babar-iftikhar" }
        #expect(person?["quotes"] as? Int == quotes.count)
        #expect(person?["feed"] as? String == "people/babar-iftikhar/feed.xml")
        #expect(Set(quotes.compactMap { $0["speaker"] as? String }) == ["babar-iftikhar"])
        let visit = try #require(quotes.first { $0["article"] as? String == "army-backed-visit" })
        #expect(visit["context"] as? String == "“…” Iftikhar said.")
        #expect(visit["url"] as? String == "articles/army-backed-visit/index.html#q-1")
        let unsure = try #require(quotes.first { $0["article"] as? String == "undated-briefing" })
        #expect(unsure["uncertain"] as? Bool == true)
    }

    @Test func eachQuoteShowsTheSentenceAroundIt() throws {
        let page = try page("people/babar-iftikhar/index.html")
        #expect(page.contains(#"<p class="context">“…” Iftikhar said.</p>"#))
        #expect(page.contains(#"<p class="context">Reporters gathered at the ministry. “…” a voice said.</p>"#) == false)
        #expect(page.contains(#"<p class="context">“…” a voice said.</p>"#))
    }

    @Test func unsureAttributionsAreMarkedOnArticleAndSpeakerPages() throws {
        let article = try page("articles/undated-briefing/index.html")
        #expect(article.contains(#"<q id="q-1" class="uncertain" typeof="Quotation"><a href="../../people/babar-iftikhar/index.html""#))
        #expect(article.contains("Babar Iftikhar, Pakistani Army spokesperson (attribution unsure)</span></a></q>"))
        #expect(article.contains(#"</q><span class="unsure" title="The speaker of this quote was found automatically with low confidence and may be wrong.">unsure</span>"#))
        #expect(article.contains(#"<p class="meta unsure-legend"><span class="unsure">unsure</span> The speaker of this quote was found automatically"#))
        let sure = try page("articles/army-backed-visit/index.html")
        #expect(!sure.contains("unsure"))
        let person = try page("people/babar-iftikhar/index.html")
        #expect(person.contains(#"<li class="uncertain"><blockquote id="undated-briefing-q-1""#))
        #expect(person.contains(">Attribution unsure</span>"))
        // One mark on the quote, one in the note that explains it for readers without hover.
        #expect(person.components(separatedBy: ">Attribution unsure<").count - 1 == 2)
        #expect(!(try page("people/imran-khan/index.html")).contains("unsure"))
    }

    @Test func eachQuotesWordsLinkToTheirPlace() throws {
        let page = try page("people/babar-iftikhar/index.html")
        #expect(page.contains(#"<blockquote id="army-backed-visit-q-1"><a class="said" href="../../articles/army-backed-visit/index.html#q-1">“We told the government that the PM should go ahead with the visit,”</a></blockquote>"#))
    }

    @Test func speakerJSONLDDescribesTheSpeakerAndNotTheirQuotesAgain() throws {
        let page = try page("people/babar-iftikhar/index.html")
        let json = try #require(
            page.range(of: #"(?<=<script type="application/ld\+json">).*?(?=</script>)"#, options: .regularExpression)
                .map { String(page[$0]) })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@type"] as? String == "ProfilePage")
        let entity = try #require(object["mainEntity"] as? [String: Any])
        #expect(entity["@type"] as? String == "Person")
        #expect(entity["name"] as? String == "Babar Iftikhar")
        #expect(entity["jobTitle"] as? String == "Pakistani Army spokesperson")
        // Each quote is described once, as microdata on its article page.
        #expect(object["hasPart"] == nil && !json.contains("Quotation") && !json.contains("the visit"))
    }
}

/// The sentence around a quote.
@Suite struct QuoteContextTests {
    static func document(_ paragraphs: [String], quote: String, in paragraph: Int) -> (Document, DocumentQuote) {
        let found = DocumentQuote(text: quote, speakerID: "x", index: 0, line: 1, paragraph: paragraph)
        return (Document(slug: "d", title: "T", body: "", quotes: [found], paragraphs: paragraphs), found)
    }

    @Test func keepsTheWordsAroundTheQuoteInItsSentence() {
        let (document, quote) = Self.document(
            ["First sentence here. Mr. Holt said the offer was “fair and final” on Monday. Then more."],
            quote: "fair and final", in: 0)
        #expect(QuoteContext.all(in: document)[quote.index] == "Mr. Holt said the offer was “…” on Monday.")
    }

    @Test func aQuoteThatIsItsOwnSentenceTakesTheSentenceBefore() {
        let (document, quote) = Self.document(
            ["The minister spoke. She told reporters outside:", "“We will not move.”"],
            quote: "We will not move.", in: 1)
        #expect(QuoteContext.all(in: document)[quote.index] == "She told reporters outside: “…”")
    }

    @Test func aQuotedSentenceBeforeIsNoContext() {
        var (document, quote) = Self.document(
            ["“We waited a year.", "“Then we walked out.”"], quote: "Then we walked out.", in: 1)
        document.quotes.append(DocumentQuote(text: "We waited a year.", speakerID: "x", index: 1, line: 1, paragraph: 0))
        #expect(QuoteContext.all(in: document)[quote.index] == nil)
    }

    @Test func theOtherHalfOfASplitQuoteIsElidedToo() {
        var (document, quote) = Self.document(
            ["“It used to be rare,” said Wren, “and now it is every summer.”"], quote: "It used to be rare,", in: 0)
        document.quotes.append(
            DocumentQuote(text: "and now it is every summer.", speakerID: "x", index: 1, line: 1, paragraph: 0))
        #expect(QuoteContext.all(in: document)[quote.index] == "“…” said Wren, “…”")
        #expect(QuoteContext.all(in: document)[1] == "“…” said Wren, “…”")
    }

    @Test func longContextIsShortenedAtAWord() throws {
        let long = String(repeating: "word ", count: 80)
        let (document, quote) = Self.document(["He said “yes” " + long + "end."], quote: "yes", in: 0)
        let context = try #require(QuoteContext.all(in: document)[quote.index])
        #expect(context.hasPrefix("He said “…” word"))
        #expect(context.hasSuffix("word…"))
        #expect(context.count < 200)
    }

    @Test func repeatedWordsAreFoundWhereEachQuoteStands() {
        var (document, quote) = Self.document(
            ["Holt called it “fair” on Monday. Brekke called it “fair” too, but late."], quote: "fair", in: 0)
        document.quotes.append(DocumentQuote(text: "fair", speakerID: "y", index: 1, line: 1, paragraph: 0))
        let contexts = QuoteContext.all(in: document)
        #expect(contexts[quote.index] == "Holt called it “…” on Monday.")
        #expect(contexts[1] == "Brekke called it “…” too, but late.")
    }

    @Test func aQuoteIsFoundWhenItsWordsEndInsideACharacterOrAreSpelledDecomposed() {
        // "cafe" ends inside "cafe\u{301}" (one character): the quote is the later, whole word.
        let (partial, first) = Self.document(
            ["At the cafe\u{301} he said “cafe” twice."], quote: "cafe", in: 0)
        #expect(QuoteContext.all(in: partial)[first.index] == "At the cafe\u{301} he said “…” twice.")
        // The same words written composed in the paragraph and decomposed in the quote.
        let (spelled, second) = Self.document(
            ["She said “caf\u{E9} au lait” and left."], quote: "cafe\u{301} au lait", in: 0)
        #expect(QuoteContext.all(in: spelled)[second.index] == "She said “…” and left.")
    }

    @Test func headlineQuotesHaveNoContext() {
        let quote = DocumentQuote(text: "x", speakerID: nil, index: 0, line: 1, paragraph: nil)
        #expect(QuoteContext.all(in: Document(slug: "d", title: "“x”", body: "", quotes: [quote]))[quote.index] == nil)
    }
}
