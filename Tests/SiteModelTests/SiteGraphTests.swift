import Articles
import Attribution
import Content
@testable import SiteModel
import TestSupport
import Testing

@Suite struct SiteGraphTests {
    let graph = SiteGraph(documents: [Fixtures.weather, Fixtures.bases, Fixtures.visit])

    @Test func articlesAreNewestFirstWhateverTheInputOrder() {
        #expect(graph.articles.map(\.slug) == ["no-bases", "army-backed-visit", "storm"])
        let reversed = SiteGraph(documents: [Fixtures.visit, Fixtures.bases, Fixtures.weather])
        #expect(reversed.articles.map(\.slug) == graph.articles.map(\.slug))
    }

    @Test func speakerCollectsQuotesFromEveryArticleNewestFirst() throws {
        let speaker = try #require(graph.speaker("babar-iftikhar"))
        #expect(speaker.quotes.map(\.text) == ["They never asked for bases,", "We told the government that the PM should go ahead with the visit,"])
        #expect(speaker.articleSlugs == ["no-bases", "army-backed-visit"])
        #expect(speaker.roles == ["Pakistani Army spokesperson"])
        #expect(speaker.alongside.map(\.slug) == ["imran-khan", "pentagon"])
    }

    @Test func speakersAreSortedByNameAndKeepTheirKind() {
        #expect(graph.speakers.map(\.slug) == ["babar-iftikhar", "imran-khan", "pentagon"])
        #expect(graph.speaker("pentagon")?.kind == .organization)
    }

    @Test func topicsMergeCaseVariantsAndListTheirArticles() throws {
        #expect(graph.topics.map(\.slug) == ["pakistan", "russia", "weather"])
        let pakistan = try #require(graph.topic("pakistan"))
        #expect(pakistan.articleSlugs == ["no-bases", "army-backed-visit"])
        #expect(pakistan.name == "Pakistan")
        #expect(pakistan.speakers.first == Tally(slug: "babar-iftikhar", count: 2))
    }

    @Test func relatedArticlesShareSpeakersOrTopics() {
        #expect(graph.article("army-backed-visit")?.relatedSlugs == ["no-bases"])
        #expect(graph.article("storm")?.relatedSlugs == [])
    }

    @Test func peopleFileMergesIdsAcrossArticles() throws {
        var other = Fixtures.bases
        other.speakers[1] = Speaker(id: "khan", name: "Khan", kind: .person)
        other.quotes[1].speakerID = "khan"
        let identities = SpeakerIdentities(
            canonicalIDs: ["khan": "imran-khan"],
            profiles: ["imran-khan": Speaker(id: "imran-khan", name: "Imran Khan", kind: .person, role: "former PM")])
        var first = Fixtures.weather
        first.speakers = [Fixtures.khan]
        first.quotes = [DocumentQuote(text: "Hello,", speakerID: "imran-khan", index: 0, line: 1, paragraph: 0)]
        let merged = SiteGraph(documents: [first, other], identities: identities)
        let khan = try #require(merged.speaker("imran-khan"))
        #expect(merged.speaker("khan") == nil)
        #expect(khan.quotes.count == 2)
        #expect(khan.name == "Imran Khan")
        #expect(khan.roles.first == "former PM")
        #expect(merged.article("no-bases")?.speakerLinks["khan"] == "imran-khan")
    }

    @Test func hostileSpeakerIdsBecomeSafeSlugs() {
        var document = Fixtures.weather
        document.speakers = [Speaker(id: "../../etc", name: "<script>", kind: .person)]
        document.quotes = [DocumentQuote(text: "x", speakerID: "../../etc", index: 0, line: 1, paragraph: 0)]
        let hostile = SiteGraph(documents: [document])
        let slug = hostile.speakers.first?.slug ?? ""
        #expect(slug == "etc")
        #expect(!slug.contains("/") && !slug.contains("."))
    }

    @Test func fictionIsRecognisedFromTheKickerOrABodyLine() {
        var invented = Fixtures.weather
        invented.kicker = "Fiction"
        #expect(SiteGraph(documents: [invented]).articles[0].isFiction)
        var marked = Fixtures.weather
        marked.body += "\nFiction: an invented article.\n"
        #expect(SiteGraph(documents: [marked]).articles[0].isFiction)
        #expect(graph.articles.filter(\.isFiction).isEmpty)
    }
}

@Suite struct SpeakerRoleTests {
    @Test func aRoleThatRepeatsTheNameIsDropped() {
        var document = Fixtures.weather
        document.speakers = [Speaker(id: "authority", name: "authority", kind: .organization, role: "Authority")]
        document.quotes = [DocumentQuote(text: "Closed.", speakerID: "authority", index: 0, line: 1, paragraph: 0)]
        #expect(SiteGraph(documents: [document]).speaker("authority")?.roles == [])
    }
}

@Suite struct RelatedArticlesTests {
    @Test func teasedArticlesComeFirst() {
        var teasing = Fixtures.visit
        teasing.related = [RelatedLink(kicker: "Weather", title: "Storm warning"), RelatedLink(kicker: nil, title: "Not on this site")]
        let graph = SiteGraph(documents: [teasing, Fixtures.bases, Fixtures.weather])
        #expect(graph.article("army-backed-visit")?.relatedSlugs == ["storm", "no-bases"])
    }
}
