import Foundation
import SiteModel

extension SiteRenderer {
    /// Files that the site in `folder` has and this render does not make among those that are
    /// not one node's: pages of the archive and of the A–Z index past their last one, and files
    /// of the search index other than `made` (its shards follow the words of the whole site).
    package func staleIndexFiles(in folder: URL, made searchFiles: [String]) -> Set<String> {
        var stale = Set<String>()
        for pagination in [archivePagination, Pagination(first: SitePath.people, count: peopleIndex.pages.count)] {
            var number = pagination.count + 1
            while FileManager.default.fileExists(atPath: folder.path + "/" + SitePath.page(number, of: pagination.first)) {
                stale.insert(SitePath.page(number, of: pagination.first))
                number += 1
            }
        }
        let made = Set(searchFiles)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/" + SearchIndex.folder)) ?? [] {
            if !made.contains(SearchIndex.folder + name) { stale.insert(SearchIndex.folder + name) }
        }
        return stale
    }
}
