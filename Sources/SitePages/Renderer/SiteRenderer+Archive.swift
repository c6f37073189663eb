import Foundation
import SiteModel

extension SiteRenderer {
    /// The archive page (`articles/index.html`), which lists every article.
    ///
    /// With the built-in archive and teaser templates the page is put together from one piece
    /// per teaser, like the data files (`PiecedFile`): the page is rendered with one marker teaser
    /// per month, and each marker is replaced by that month's teasers, copied from the previous
    /// page where `pieceReuse` vouches for them, otherwise rendered alone. The built-in teaser
    /// reads nothing but its own fields, so the bytes are those of the page rendered whole; a
    /// site with its own archive or teaser template gets its page rendered whole.
    func archiveHTML() throws(SiteError) -> String {
        guard !templates.overridden.contains("articles"), !templates.overridden.contains("article-teaser"),
            let pieced = try piecedArchive()
        else {
            return try templates.render("articles", archivePage())
        }
        return pieced
    }

    /// The pieced archive page, nil when a marker does not come out of the template as it does
    /// alone (then the page is rendered whole).
    private func piecedArchive() throws(SiteError) -> String? {
        let page = SitePath.articles
        let groups = archiveGroups()
        let markers = groups.indices.map { index in
            TeaserView(
                title: "\u{E000}\(index)\u{E001}", url: "", kicker: nil, source: nil, date: nil, standfirst: nil,
                quoteCountText: "", isFiction: false)
        }
        let skeleton = Array(
            try templates.render(
                "articles",
                archivePage(
                    groups: zip(groups, markers).map { ArchiveGroupView(id: $0.id, heading: $0.heading, articles: [$1]) },
                    articles: [])
            ).utf8)
        let previous = pieceReuse?.file(page)
        let old = pieceReuse?.pieces.places[.archiveTeasers] ?? [:]
        let same = pieceReuse?.teasers ?? []
        var bytes: [UInt8] = []
        bytes.reserveCapacity(previous?.count ?? skeleton.count)
        var places: [String: DataPieces.Place] = [:]
        places.reserveCapacity(graph.articles.count)
        var cursor = 0
        for (group, marker) in zip(groups, markers) {
            let rendered = Array(try templates.render("article-teaser", marker).utf8)
            guard let found = Self.find(rendered, in: skeleton, from: cursor) else { return nil }
            bytes.append(contentsOf: skeleton[cursor..<found])
            for index in group.articles {
                let article = graph.articles[index]
                let start = bytes.count
                if let previous, same.contains(article.slug), let place = old[article.slug] {
                    previous[place.start..<place.start + place.count].withUnsafeBytes { bytes.append(contentsOf: $0) }
                } else {
                    bytes.append(contentsOf: try templates.render("article-teaser", teaser(article, from: page)).utf8)
                }
                places[article.slug] = DataPieces.Place(start: start, count: bytes.count - start)
            }
            cursor = found + rendered.count
        }
        bytes.append(contentsOf: skeleton[cursor...])
        pieceRecorder?.record(path: page, size: bytes.count, places: [.archiveTeasers: places])
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where `needle` first starts in `haystack` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var position = start
        while position + needle.count <= haystack.count {
            if haystack[position] == first, haystack[position..<position + needle.count].elementsEqual(needle) {
                return position
            }
            position += 1
        }
        return nil
    }
}
