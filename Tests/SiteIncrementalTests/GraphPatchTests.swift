import Articles
import Attribution
import Content
@testable import SiteIncremental
@testable import SiteModel
@testable import SitePages
import Testing

/// A graph patched around the changed articles (`SiteGraph.patched`) must be the graph linking
/// every article gives, node for node, and its patched digest the whole graph's digest.
@Suite struct GraphPatchTests {
    /// Articles sharing speakers and topics in overlapping ways, with undated ones, undeclared
    /// speakers and roles; none teases another.
    static func documents(_ count: Int) -> [Document] {
        (0..<count).map { document($0, speakers: [$0 % 7, $0 % 11, ($0 * 5) % 13]) }
    }

    static func document(_ index: Int, speakers numbers: [Int], date: String? = nil, topics: [String]? = nil) -> Document {
        let speakers = numbers.map {
            Speaker(
                id: "speaker-\($0)", name: "Speaker \($0)", kind: $0 % 5 == 0 ? .organization : .person,
                role: $0 % 3 == 0 ? "Role \($0 + index % 2)" : nil, aliases: $0 % 4 == 0 ? ["S\($0)"] : [])
        }
        var quotes = speakers.enumerated().map { position, speaker in
            DocumentQuote(text: "Words \(index) \(position)", speakerID: speaker.id, index: position, line: 10 + position, paragraph: position)
        }
        if index % 6 == 1 {
            quotes.append(DocumentQuote(text: "Unsigned \(index)", speakerID: "undeclared-\(index % 3)", index: quotes.count, line: 30))
        }
        return Document(
            slug: "article-\(String(format: "%03d", index))", title: "Headline \(index)",
            date: date ?? (index % 9 == 0 ? nil : "2025-0\(index % 9 + 1)-1\(index % 10)"),
            topics: topics ?? ["Topic \(index % 4)", "topic \(index % 6)"], speakers: speakers, body: "", quotes: quotes)
    }

    /// Patches the graph of `before` into that of `after` and checks it against linking `after` whole.
    static func expectPatchEqualsLink(_ before: [Document], _ after: [Document], _ label: String) async throws {
        let identities = SpeakerIdentities()
        let oldSummaries = before.map(ArticleSummary.init)
        let old = await SiteGraph.linked(summaries: oldSummaries, documents: [:], identities: identities, jobs: 2)
        let oldDigest = await old.digest(jobs: 2)
        let newSummaries = after.map(ArticleSummary.init)
        let oldBySlug = Dictionary(uniqueKeysWithValues: oldSummaries.map { ($0.document.slug, $0) })
        let newBySlug = Dictionary(uniqueKeysWithValues: newSummaries.map { ($0.document.slug, $0) })
        let changed = Set(oldBySlug.keys).union(newBySlug.keys).filter { oldBySlug[$0] != newBySlug[$0] }
        let patched = try #require(
            await SiteGraph.patched(
                summaries: newSummaries, previous: oldBySlug.filter { changed.contains($0.key) }, changed: changed,
                links: GraphLinks(old, identities: identities), identities: identities, jobs: 2),
            "\(label): not patched")
        let linked = await SiteGraph.linked(summaries: newSummaries, documents: [:], identities: identities, jobs: 2)
        // Compared first and expected after, so a failure names the nodes rather than printing the graphs.
        let graph = patched.graph
        let articles = zip(graph.articles, linked.articles).filter { $0 != $1 }.map(\.0.slug)
        let speakers = zip(graph.speakers, linked.speakers).filter { $0 != $1 }.map(\.0.slug)
        let topics = zip(graph.topics, linked.topics).filter { $0 != $1 }.map(\.0.slug)
        #expect(graph.articles.count == linked.articles.count && articles.isEmpty, "\(label): articles differ: \(articles)")
        #expect(graph.speakers.count == linked.speakers.count && speakers.isEmpty, "\(label): speakers differ: \(speakers)")
        #expect(graph.topics.count == linked.topics.count && topics.isEmpty, "\(label): topics differ: \(topics)")
        #expect(graph.statements == linked.statements, "\(label): statements differ")
        #expect(graph.unattributedClaims == linked.unattributedClaims, "\(label): claims on quotes credited to nobody differ")
        let indexes = graph.articleIndex == linked.articleIndex && graph.speakerIndex == linked.speakerIndex
        #expect(indexes, "\(label): indexes differ")
        let digests = graph.digest(updating: oldDigest, patch: patched.patch) == (await linked.digest(jobs: 2))
        #expect(digests, "\(label): digests differ")
    }

    @Test func patchedGraphsEqualLinkedOnes() async throws {
        let base = Self.documents(60)
        var edited = base
        edited[17].quotes.append(DocumentQuote(text: "One more", speakerID: "speaker-3", index: edited[17].quotes.count, line: 40))
        try await Self.expectPatchEqualsLink(base, edited, "a quote added")

        var moved = base
        moved[20] = Self.document(20, speakers: [1, 12])
        try await Self.expectPatchEqualsLink(base, moved, "speakers changed")

        var newSpeaker = base
        newSpeaker[5] = Self.document(5, speakers: [5, 40])
        try await Self.expectPatchEqualsLink(base, newSpeaker, "a new speaker")

        var redated = base
        redated[30] = Self.document(30, speakers: [30 % 7, 30 % 11, 150 % 13], date: "2021-01-01")
        try await Self.expectPatchEqualsLink(base, redated, "a date changed")

        var refiled = base
        refiled[41] = Self.document(41, speakers: [41 % 7, 41 % 11, 205 % 13], topics: ["Topic 9", "Topic 1"])
        try await Self.expectPatchEqualsLink(base, refiled, "topics changed")

        var renamed = base
        renamed[8].speakers[0].name = "Speaker Renamed"
        renamed[8].speakers[0].role = "New role"
        try await Self.expectPatchEqualsLink(base, renamed, "a speaker renamed")

        try await Self.expectPatchEqualsLink(base, base + [Self.document(60, speakers: [2, 3, 50])], "an article added")
        try await Self.expectPatchEqualsLink(base, base.filter { $0.slug != base[13].slug }, "an article removed")
        try await Self.expectPatchEqualsLink(
            base, Array(base.dropFirst(3)) + [Self.document(70, speakers: [1]), Self.document(71, speakers: [])],
            "several articles added and removed")
    }

    @Test func statementsAreKeptOrGroupedAgainAsAWholeLinkGroupsThem() async throws {
        // Speaker 1 says the same words in three articles that also quote others.
        let words = "The harbour must stay open to every boat that needs it tonight"
        var base = Self.documents(30)
        for index in [8, 15, 22] {
            base[index].quotes.append(DocumentQuote(text: words, speakerID: "speaker-1", index: base[index].quotes.count, line: 50))
        }
        let linked = await SiteGraph.linked(summaries: base.map(ArticleSummary.init), documents: [:], identities: SpeakerIdentities(), jobs: 2)
        #expect(linked.statements.contains { $0.speakerSlug == "speaker-1" && $0.reports.count == 3 })

        var beside = base
        beside[15].quotes.append(DocumentQuote(text: "Another matter", speakerID: "speaker-4", index: beside[15].quotes.count, line: 60))
        try await Self.expectPatchEqualsLink(base, beside, "a quote added beside a report of a statement")
        var moved = base
        moved[22].quotes = [DocumentQuote(text: "First of all", speakerID: "speaker-1", index: 0, line: 5)]
            + base[22].quotes.map { quote in
                var quote = quote
                quote.index += 1
                return quote
            }
        try await Self.expectPatchEqualsLink(base, moved, "a report of a statement moved in its article")
        var reworded = base
        reworded[8].quotes[reworded[8].quotes.count - 1].text = "The harbour must close to every boat"
        try await Self.expectPatchEqualsLink(base, reworded, "a report of a statement reworded")
        var redated = base
        redated[15].date = "2024-01-01"
        try await Self.expectPatchEqualsLink(base, redated, "a report of a statement dated anew")
    }

    @Test func onlySpeakersWhoseQuotesChangedAreGroupedAgain() async throws {
        let base = Self.document(8, speakers: [1, 4, 6])
        let node = { (document: Document) in
            var memo = SlugMemo()
            return SpeakerAccumulator.node(ArticleSummary(document), document: document, identities: SpeakerIdentities(), slugs: &memo)
        }
        var added = base
        added.quotes.append(DocumentQuote(text: "More", speakerID: "speaker-4", index: added.quotes.count, line: 60))
        #expect(SiteGraph.requotedSpeakers(node(base), node(added)) == ["speaker-4"])
        var retitled = base
        retitled.title = "Another headline"
        #expect(SiteGraph.requotedSpeakers(node(base), node(retitled)).isEmpty)
        var redated = base
        redated.date = "2020-02-02"
        #expect(SiteGraph.requotedSpeakers(node(base), node(redated)) == ["speaker-1", "speaker-4", "speaker-6"])
        #expect(SiteGraph.requotedSpeakers(nil, node(base)) == ["speaker-1", "speaker-4", "speaker-6"])
    }

    @Test func quotesEditedWhileArticlesTeaseOthersArePatched() async throws {
        var base = Self.documents(40)
        base[4].related = [RelatedLink(kicker: nil, title: "Headline 7"), RelatedLink(kicker: nil, title: "Headline 11")]
        base[9].related = [RelatedLink(kicker: nil, title: "Headline 4")]
        var edited = base
        edited[7] = Self.document(7, speakers: [3, 12], date: base[7].date)
        edited[7].related = base[7].related
        try await Self.expectPatchEqualsLink(base, edited, "speakers changed beside teasers")
    }

    @Test func teasersOrOtherIdentitiesAreNotPatched() async throws {
        var base = Self.documents(20)
        base[4].related = [RelatedLink(kicker: nil, title: "Headline 7")]
        let old = await SiteGraph.linked(summaries: base.map(ArticleSummary.init), documents: [:], identities: SpeakerIdentities(), jobs: 2)
        var retitled = base
        retitled[7].title = "Another headline"
        let summaries = retitled.map(ArticleSummary.init)
        let previous = [base[7].slug: ArticleSummary(base[7])]
        let links = GraphLinks(old, identities: SpeakerIdentities())
        let patched = await SiteGraph.patched(
            summaries: summaries, previous: previous, changed: [base[7].slug], links: links, identities: SpeakerIdentities(),
            jobs: 2)
        #expect(patched?.patch == nil)
        let merged = SpeakerIdentities(canonicalIDs: ["speaker-1": "speaker-2"])
        let otherIdentities = await SiteGraph.patched(
            summaries: base.map(ArticleSummary.init), previous: [:], changed: [], links: links, identities: merged, jobs: 2)
        #expect(otherIdentities?.patch == nil)
    }

    /// `documents(count)` with speaker 1 saying `words` in article 8, a banner quoting them
    /// (credited to nobody) in articles 12 and 19, and speaker 2 saying words of their own in
    /// article 25 that a banner in article 27 quotes in part.
    static func withBanners(_ count: Int, words: String) -> [Document] {
        var documents = Self.documents(count)
        let add = { (index: Int, text: String, speaker: String?) in
            documents[index].quotes.append(
                DocumentQuote(text: text, speakerID: speaker, index: documents[index].quotes.count, line: 70))
        }
        add(8, words, "speaker-1")
        add(12, "They said: " + words, nil)
        add(19, words, nil)
        add(25, "Every boat in this harbour will be counted before the storm comes in tonight", "speaker-2")
        add(27, "every boat in this harbour will be counted before the storm", nil)
        return documents
    }

    /// `document` with `text` quoted at its end, credited to `speaker` (nobody when nil).
    static func adding(_ text: String, by speaker: String?, to document: Document) -> Document {
        var document = document
        document.quotes.append(DocumentQuote(text: text, speakerID: speaker, index: document.quotes.count, line: 90))
        return document
    }

    @Test func quotesCreditedToNobodyJoinAndLeaveStatementsAsAWholeLinkJoinsThem() async throws {
        let words = "The harbour must stay open to every boat that needs it tonight"
        let base = Self.withBanners(30, words: words)
        let linked = await SiteGraph.linked(
            summaries: base.map(ArticleSummary.init), documents: [:], identities: SpeakerIdentities(), jobs: 2)
        let joined = try #require(linked.statements.first { $0.speakerSlug == "speaker-1" })
        #expect(Set(joined.reports.map(\.articleSlug)) == [base[8].slug, base[12].slug, base[19].slug])
        #expect(linked.statements.contains { $0.speakerSlug == "speaker-2" && $0.reports.count == 2 })

        var moved = base
        moved[12].quotes.insert(DocumentQuote(text: "Before the banner", speakerID: "speaker-4", index: 0, line: 1), at: 0)
        for at in moved[12].quotes.indices { moved[12].quotes[at].index = at }
        try await Self.expectPatchEqualsLink(base, moved, "a quote added before a banner, which moves its place")
        var beside = base
        beside[19] = Self.adding("An aside", by: "speaker-3", to: base[19])
        try await Self.expectPatchEqualsLink(base, beside, "a quote added after a banner, which keeps its words and place")
        var unsaid = base
        unsaid[8].quotes[unsaid[8].quotes.count - 1].text = "The harbour will close tonight"
        try await Self.expectPatchEqualsLink(base, unsaid, "the speaker's words changed, so the banners leave")
        try await Self.expectPatchEqualsLink(unsaid, base, "the speaker's words back, so the banners join")
        var secondSpeaker = base
        secondSpeaker[3] = Self.adding(words, by: "speaker-6", to: base[3])
        try await Self.expectPatchEqualsLink(base, secondSpeaker, "a second speaker of the words")
        var reworded = base
        reworded[27].quotes[reworded[27].quotes.count - 1].text = "Nobody asked the people who work on the quay at night"
        try await Self.expectPatchEqualsLink(base, reworded, "a banner reworded")
        var newBanner = base
        newBanner[5] = Self.adding("will be counted before the storm comes in tonight, they were told", by: nil, to: base[5])
        try await Self.expectPatchEqualsLink(base, newBanner, "a banner added to another article")
        try await Self.expectPatchEqualsLink(base, base.filter { $0.slug != base[8].slug }, "the speaker's article removed")
        try await Self.expectPatchEqualsLink(base, base.filter { $0.slug != base[19].slug }, "a banner's article removed")
        try await Self.expectPatchEqualsLink(Self.documents(30), base, "banners and speakers' words added at once")
    }

    @Test func linksReadBackEqual() async throws {
        let graph = await SiteGraph.linked(
            summaries: Self.documents(30).map(ArticleSummary.init), documents: [:],
            identities: SpeakerIdentities(
                canonicalIDs: ["speaker-1": "speaker-2"],
                profiles: ["speaker-2": Speaker(id: "speaker-2", name: "Two", kind: .organization, role: "Office", aliases: ["II"])]),
            jobs: 2)
        let links = GraphLinks(graph, identities: SpeakerIdentities(canonicalIDs: ["speaker-1": "speaker-2"]))
        let banners = GraphLinks(
            await SiteGraph.linked(
                summaries: Self.withBanners(30, words: "The harbour must stay open to every boat that needs it tonight")
                    .map(ArticleSummary.init), documents: [:], identities: SpeakerIdentities(), jobs: 2),
            identities: SpeakerIdentities())
        #expect(!banners.claims.claims.isEmpty && !banners.claims.passages.isEmpty)
        var bannerWriter = BinaryWriter()
        banners.write(to: &bannerWriter)
        var bannerReader = BinaryReader(bannerWriter.bytes)
        #expect(try GraphLinks(from: &bannerReader) == banners)
        var writer = BinaryWriter()
        links.write(to: &writer)
        var reader = BinaryReader(writer.bytes)
        #expect(try GraphLinks(from: &reader) == links)
        #expect(reader.isAtEnd)
        #expect(!links.speakers.isEmpty && links.speakers.allSatisfy(\.quotes.isEmpty))
    }
}
