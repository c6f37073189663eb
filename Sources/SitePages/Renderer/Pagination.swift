import SiteModel

/// A long list split over numbered pages: the first at the list's own address, which is what
/// every link to the list points to, the others at `page/N/index.html` in the same folder.
///
/// Pages link to each other relatively (`SitePath.link`), so the pages work from disk and under
/// any base path, as the rest of the site does.
package struct Pagination: Sendable, Equatable {
    /// The address of the first page ("articles/index.html").
    package let first: String
    /// How many pages there are, at least one.
    package let count: Int

    /// A list of `items` entries, `perPage` to a page, starting at `first`.
    package init(first: String, items: Int, perPage: Int) {
        self.first = first
        self.count = Self.pageCount(items: items, perPage: perPage)
    }

    /// A list of `count` pages starting at `first`.
    package init(first: String, count: Int) {
        self.first = first
        self.count = max(1, count)
    }

    /// How many pages `items` entries take at `perPage` a page; an empty list still has its first page.
    package static func pageCount(items: Int, perPage: Int) -> Int {
        max(1, (items + max(1, perPage) - 1) / max(1, perPage))
    }

    /// The address of page `number` (from 1).
    package func path(_ number: Int) -> String {
        SitePath.page(number, of: first)
    }

    /// Every page's address, in order.
    package var paths: [String] { (1...count).map(path) }

    /// The range of item positions on page `number` of a list of `items` entries, `perPage` to a page.
    package static func items(onPage number: Int, of items: Int, perPage: Int) -> Range<Int> {
        let start = min(items, (number - 1) * perPage)
        return start..<min(items, start + perPage)
    }

    /// One run of an item's entries on a page: which item, and which of its entries.
    package struct Run: Sendable, Equatable {
        /// Position of the item.
        package var item: Int
        /// Which of the item's entries the page lists (empty for an item without entries).
        package var entries: Range<Int>
    }

    /// Items of `sizes` entries each (a group of quotes, a letter of names) laid out over pages
    /// of at most `perPage` entries: a page takes whole items while they fit, and an item longer
    /// than a page is split over pages of its own. An item without entries takes the room of one.
    /// Always at least one page, which may be empty.
    package static func runs(sizes: [Int], perPage: Int) -> [[Run]] {
        let perPage = max(1, perPage)
        var pages: [[Run]] = []
        var page: [Run] = []
        var count = 0
        for (item, size) in sizes.enumerated() {
            var start = 0
            repeat {
                let left = max(1, size - start)
                if count > 0, count + min(left, perPage) > perPage {
                    pages.append(page)
                    page = []
                    count = 0
                }
                let end = min(size, start + perPage - count)
                page.append(Run(item: item, entries: start..<end))
                count += max(1, end - start)
                start = end
            } while start < size
        }
        pages.append(page)
        return pages
    }

    /// The links between the pages as seen from page `number`; nil when the list has one page.
    func pager(on number: Int) -> PagerView? {
        guard count > 1 else { return nil }
        let page = path(number)
        let link = { (target: Int) in SitePath.link(from: page, to: self.path(target)) }
        // The first and last pages, and a few either side of this one, so that the pager stays
        // short and a page's pager changes only when its neighbourhood or the count does.
        let window = Set([1, count] + Array(max(1, number - Self.reach)...min(count, number + Self.reach)))
        var entries: [PagerView.Entry] = []
        for target in window.sorted() {
            if let last = entries.last, target > last.number + 1 {
                entries.append(PagerView.Entry(number: last.number + 1, label: "…", url: nil, isGap: true, isCurrent: false))
            }
            entries.append(
                PagerView.Entry(
                    number: target, label: String(target), url: target == number ? nil : link(target), isGap: false,
                    isCurrent: target == number))
        }
        return PagerView(
            number: number, count: count, previous: number > 1 ? link(number - 1) : nil,
            next: number < count ? link(number + 1) : nil, entries: entries)
    }

    /// How many neighbouring pages either side of the current one the pager links.
    static let reach = 2
}
