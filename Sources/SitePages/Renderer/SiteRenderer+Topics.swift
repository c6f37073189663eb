import SiteModel

extension SiteRenderer {
    /// The list of topics.
    func topicsPage() -> TopicsPage {
        let page = SitePath.topics
        var layout = layout(for: page, title: "Topics")
        layout.isTopics = true
        return TopicsPage(
            layout: layout,
            topics: graph.topics.map {
                TopicItemView(
                    name: $0.name, url: SitePath.link(from: page, to: SitePath.topic($0.slug)),
                    countText: Counting.text($0.articleSlugs.count, "article"))
            })
    }

    /// The page of one topic: its articles and who is quoted most in them.
    func topicPage(_ topic: TopicNode) -> TopicPage {
        let page = SitePath.topic(topic.slug)
        return TopicPage(
            layout: layout(for: page, title: topic.name, description: "Articles and quotes about \(topic.name)."),
            name: topic.name,
            articles: topic.articleSlugs.compactMap(graph.article).map { teaser($0, from: page) },
            speakers: topic.speakers.prefix(Self.mostQuotedLimit).compactMap { speakerItem($0, noun: "quote", from: page) },
            chartHTML: chart(of: Array(topic.speakers.prefix(Self.mostQuotedLimit)), from: page))
    }
}
