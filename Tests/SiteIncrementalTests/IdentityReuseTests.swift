import Articles
import Attribution
import Content
import Testing

@testable import SiteIncremental
@testable import SiteModel

/// A rebuild keeps the previous speaker identities only while the changed articles tell
/// identity resolution what they told it before; whenever it keeps them, they are the identities
/// that resolving every article again gives.
@Suite struct IdentityReuseTests {
    /// An article quoting `name` once, in `paragraph`, beside a speaker it only describes.
    static func quoting(_ slug: String, _ name: String, in paragraph: String) -> Document {
        let speaker = Speaker(id: Slug.make(name), name: name, kind: .person)
        let described = Speaker(id: "a-spokesman", name: "a spokesman", kind: .person, named: false)
        return Document(
            slug: slug, title: slug, speakers: [speaker, described], body: "",
            quotes: [
                DocumentQuote(text: "I have a plan,", speakerID: speaker.id, index: 0, line: 1, paragraph: 0),
                DocumentQuote(text: "We agree,", speakerID: described.id, index: 1, line: 2, paragraph: 1),
            ],
            paragraphs: [paragraph, "“We agree,” a spokesman said."])
    }

    /// Two known Clintons and an article that names only the surname: the words around its
    /// quote decide which of them it is.
    static let site = [
        quoting("a", "Hillary Clinton", in: "“I have a plan,” Hillary Clinton said."),
        quoting("b", "Bill Clinton", in: "“I have a plan,” Bill Clinton said."),
        quoting("c", "Clinton", in: "“I have a plan,” Clinton said at a rally in Ohio."),
    ]

    /// The identities a rebuild from `before` to `after` keeps (nil when it works them out
    /// again), those of `before`, and those resolving every article of `after` gives.
    static func rebuild(
        _ before: [Document], _ after: [Document]
    ) async -> (kept: SpeakerIdentities?, previous: SpeakerIdentities, resolved: SpeakerIdentities) {
        let old = Dictionary(uniqueKeysWithValues: before.map { ($0.slug, ArticleSummary($0)) })
        let new = Dictionary(uniqueKeysWithValues: after.map { ($0.slug, ArticleSummary($0)) })
        let previous = SpeakerIdentities(people: .empty, summaries: Array(old.values))
        let graph = await SiteGraph.linked(summaries: Array(old.values), documents: [:], identities: previous, jobs: 2)
        let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
        let kept = GraphLinks(graph, identities: previous).keptIdentities(
            unchangedBy: changed, before: old.filter { changed.contains($0.key) }, after: new.filter { changed.contains($0.key) })
        return (kept, previous, SpeakerIdentities(people: .empty, summaries: Array(new.values)))
    }

    @Test func anEditThatTellsNothingNewKeepsTheIdentities() async throws {
        var reworded = Self.site
        reworded[2] = Self.quoting("c", "Clinton", in: "“I have a plan,” Clinton said at a rally in Iowa on Monday.")
        let result = await Self.rebuild(Self.site, reworded)
        let kept = try #require(result.kept, "the identities were worked out again")
        #expect(kept == result.resolved)

        // An article that names nobody, added or removed, tells nothing either.
        var described = Self.site
        described.append(
            Document(
                slug: "d", title: "d", speakers: [Speaker(id: "an-aide", name: "an aide", kind: .person, named: false)],
                body: "", quotes: [DocumentQuote(text: "No comment,", speakerID: "an-aide", index: 0, line: 1, paragraph: 0)],
                paragraphs: ["“No comment,” an aide said."]))
        for (before, after) in [(Self.site, described), (described, Self.site)] {
            let change = await Self.rebuild(before, after)
            #expect(change.kept != nil && change.kept == change.resolved)
        }
    }

    @Test func anEditThatTellsWhoASpeakerIsResolvesAgain() async throws {
        var pointed = Self.site
        pointed[2] = Self.quoting("c", "Clinton", in: "“I have a plan,” Mrs. Clinton said at a rally in Ohio, where she campaigned.")
        let result = await Self.rebuild(Self.site, pointed)
        #expect(result.kept == nil)
        // Keeping them would have been wrong: the words now point to one of the two.
        #expect(result.previous.slug(for: "clinton") == "clinton")
        #expect(result.resolved.slug(for: "clinton") == "hillary-clinton")
    }

    @Test func namingSomeoneElseOrRemovingANamedSpeakerResolvesAgain() async throws {
        var added = Self.site
        added.append(Self.quoting("d", "Hillary Clinton", in: "“I have a plan,” Hillary Clinton said."))
        var renamed = Self.site
        renamed[2] = Self.quoting("c", "Chelsea Clinton", in: "“I have a plan,” Chelsea Clinton said at a rally in Ohio.")
        let removed = Array(Self.site.prefix(2))
        for after in [added, renamed, removed] {
            #expect(await Self.rebuild(Self.site, after).kept == nil)
        }
    }
}
