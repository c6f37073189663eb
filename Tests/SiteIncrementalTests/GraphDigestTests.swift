import Articles
import Attribution
import Content
@testable import SiteIncremental
@testable import SiteModel
@testable import SitePages
import TestSupport
import Testing

/// The digests decide which pages a rebuild renders, so they must cover every field of the
/// nodes (a field they missed would leave pages stale) and change when a shown field does.
@Suite struct GraphDigestTests {
    static func fields(_ value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap(\.label)
    }

    /// The fields the digests write; a new field on a node must be added to its digest and here.
    @Test func digestsCoverEveryField() throws {
        let graph = SiteGraph(documents: [Fixtures.visit, Fixtures.bases, Fixtures.weather])
        let article = try #require(graph.articles.first)
        let speaker = try #require(graph.speakers.first)
        #expect(
            Self.fields(article) == [
                "slug", "document", "date", "topicSlugs", "speakerSlugs", "speakerLinks", "quotes", "relatedSlugs", "isFiction",
            ])
        #expect(
            Self.fields(try #require(article.quotes.first)) == [
                "articleSlug", "index", "text", "speakerSlug", "line", "inBody", "isUncertain", "context", "statement",
            ])
        #expect(Self.fields(speaker) == ["slug", "name", "kind", "roles", "aliases", "articleSlugs", "quotes", "alongside"])
        #expect(Self.fields(try #require(graph.topics.first)) == ["slug", "name", "articleSlugs", "speakers"])
        // Body, paragraphs and mentions belong to the article's own page, covered by the file's hash.
        #expect(
            Self.fields(article.document) == [
                "slug", "title", "kicker", "source", "date", "standfirst", "topics", "speakers", "related", "body",
                "quotes", "paragraphs", "mentions",
            ])
        #expect(Self.fields(try #require(article.document.quotes.first)) == ["text", "speakerID", "index", "line", "paragraph", "isUncertain"])
        #expect(
            Self.fields(try #require(article.document.speakers.first)) == ["id", "name", "kind", "role", "aliases", "named"])
    }

    @Test func shownAndWholeDigestsFollowTheirFields() async {
        let before = await SiteGraph(documents: [Fixtures.visit, Fixtures.bases]).digest(jobs: 2)
        var retitled = Fixtures.visit
        retitled.title += " (updated)"
        let after = await SiteGraph(documents: [retitled, Fixtures.bases]).digest(jobs: 2)
        let slug = Fixtures.visit.slug
        #expect(before.articles[slug]?.shown != after.articles[slug]?.shown)
        #expect(before.articles[Fixtures.bases.slug] == after.articles[Fixtures.bases.slug])

        var rebodied = Fixtures.visit
        rebodied.body += "\n\nOne more paragraph.\n"
        #expect(await SiteGraph(documents: [rebodied, Fixtures.bases]).digest(jobs: 2) == before)
    }

    @Test func digestReadsBackEqual() async throws {
        let digest = await SiteGraph(documents: [Fixtures.visit, Fixtures.bases, Fixtures.weather]).digest(jobs: 2)
        var writer = BinaryWriter()
        digest.write(to: &writer)
        var reader = BinaryReader(writer.bytes)
        #expect(try GraphDigest(from: &reader) == digest)
        #expect(reader.isAtEnd)
    }

    /// A rebuild lists the site's pages from the digest and makes jobs only for the chosen ones:
    /// the lists must be those of every page a whole render makes.
    @Test func nodePagesCountedFromTheDigestAreThoseTheRendererMakes() async throws {
        let words = "The harbour must stay open to every boat that needs it tonight"
        let graph = await SiteGraph.linked(
            summaries: GraphPatchTests.withBanners(400, words: words).map(ArticleSummary.init), documents: [:],
            identities: SpeakerIdentities(), jobs: 2)
        let digest = await graph.digest(jobs: 2)
        let renderer = SiteRenderer(graph: graph, templates: try SiteTemplates())
        let every = renderer.pageJobs().map(\.path)
        #expect(Set(every).count == every.count)
        let archive = SiteRenderer.archivePagination(of: graph).paths
        let nodePages = Set(every).subtracting(renderer.indexPagePaths).subtracting(archive)
        #expect(Set(digest.nodePagePaths) == nodePages && digest.nodePagePaths.count == nodePages.count)
        #expect(digest.speakers.values.contains { $0.pages > 1 }, "no speaker with pages enough to test")
        #expect(!graph.statements.isEmpty)

        // A choice makes the chosen pages' jobs and no others.
        let busiest = try #require(graph.speakers.max { $0.quotes.count < $1.quotes.count })
        let chosen: Set<String> = [
            SitePath.page(2, of: SitePath.person(busiest.slug)), SitePath.personFeed(busiest.slug),
            SitePath.article(graph.articles[3].slug), SitePath.statement(graph.statements[0].id), archive[0],
        ]
        let choice = SiteRenderer.PageChoice(indexes: false, paths: chosen, speakers: [busiest.slug])
        #expect(Set(renderer.pageJobs(only: choice).map(\.path)) == chosen)
        let withIndexes = SiteRenderer.PageChoice(indexes: true, paths: chosen, speakers: [busiest.slug])
        #expect(Set(renderer.pageJobs(only: withIndexes).map(\.path)) == chosen.union(renderer.indexPagePaths))
    }
}
