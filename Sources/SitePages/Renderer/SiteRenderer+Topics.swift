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

    /// The pages of one topic, as many as its articles take.
    func topicPagination(_ topic: TopicNode) -> Pagination {
        Pagination(first: SitePath.topic(topic.slug), items: topic.articleSlugs.count, perPage: Self.teasersPerPage)
    }

    /// Page `number` (from 1) of one topic: its articles and who is quoted most in them.
    func topicPage(_ topic: TopicNode, _ number: Int = 1) -> TopicPage {
        let pagination = topicPagination(topic)
        let page = pagination.path(number)
        let range = Pagination.items(onPage: number, of: topic.articleSlugs.count, perPage: Self.teasersPerPage)
        return TopicPage(
            layout: layout(
                for: page, title: number == 1 ? topic.name : "\(topic.name), page \(number)",
                description: "Articles and quotes about \(topic.name)."),
            name: topic.name,
            articles: topic.articleSlugs[range].compactMap(graph.article).map { teaser($0, from: page) },
            speakers: topic.speakers.prefix(Self.mostQuotedLimit).compactMap { speakerItem($0, noun: "quote", from: page) },
            chartHTML: chart(of: Array(topic.speakers.prefix(Self.mostQuotedLimit)), from: page),
            pager: pagination.pager(on: number))
    }
}
