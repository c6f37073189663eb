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
}
