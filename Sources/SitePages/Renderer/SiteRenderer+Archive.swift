import Articles
import SiteModel

extension SiteRenderer {
    /// How many articles a page of the archive or of a topic lists: about 100 KB of teasers.
    package static let teasersPerPage = 200

    /// The archive's pages, newest articles first.
    var archivePagination: Pagination { Self.archivePagination(of: graph) }

    /// The pages of the archive of `graph`.
    package static func archivePagination(of graph: SiteGraph) -> Pagination {
        Pagination(first: SitePath.articles, items: graph.articles.count, perPage: teasersPerPage)
    }

    /// Page `number` (from 1) of the list of every article, by month of publication.
    func archivePage(_ number: Int = 1) -> ArchivePage {
        let pagination = archivePagination
        let page = pagination.path(number)
        let range = Pagination.items(onPage: number, of: graph.articles.count, perPage: Self.teasersPerPage)
        var layout = layout(for: page, title: number == 1 ? "All articles" : "All articles, page \(number)")
        layout.isArchive = true
        // Only the first page counts the whole site, so that adding a quote changes one page of
        // the archive besides the page listing its article.
        let summary =
            number == 1
            ? "\(Counting.text(graph.articles.count, "article")) with \(Counting.text(graph.quoteCount, "quote")), newest first."
            : "Page \(number) of \(pagination.count), newest first."
        return ArchivePage(
            layout: layout, summary: summary,
            articles: range.map { teaser(graph.articles[$0], from: page) },
            groups: archiveGroups(range).map { group in
                ArchiveGroupView(id: group.id, heading: group.heading, articles: group.articles.map { teaser(graph.articles[$0], from: page) })
            }, pager: pagination.pager(on: number))
    }

    /// The months of the articles at `positions`, each with its anchor, its heading and the
    /// positions of its articles.
    func archiveGroups(_ positions: Range<Int>) -> [(id: String, heading: String, articles: Range<Int>)] {
        // Articles are newest first, so each month's articles are already together.
        var groups: [(id: String, heading: String, articles: Range<Int>)] = []
        for index in positions {
            let heading = graph.articles[index].date?.month ?? "Without a date"
            if groups.last?.heading == heading {
                groups[groups.count - 1].articles = groups[groups.count - 1].articles.lowerBound..<index + 1
            } else {
                groups.append((id: "m-\(Slug.make(heading))", heading: heading, articles: index..<index + 1))
            }
        }
        return groups
    }
}
