import Articles
import Foundation
import SiteModel
import SitePages

/// An article file and the slug its pages and content file are named by.
public struct ArticleSource: Sendable, Hashable {
    /// The article file.
    public var url: URL
    /// The slug from the file name, made unique among the folder's articles.
    public var slug: String
}

/// The first step of a build: find the article files and give each a slug.
public enum ArticleSources {
    /// The articles in `folder` (which may be a symlink), sorted by file name. Slugs come from file
    /// names; when two names give the same slug, the later file in sorted order gets `-2`, `-3`…,
    /// so slugs do not change from one build to the next.
    public static func find(in folder: URL) throws(SiteError) -> [ArticleSource] {
        let files: [URL]
        do {
            files = try ArticleReader.articleFiles(in: folder.resolvingSymlinksInPath())
        } catch {
            throw .articlesFolderUnreadable(path: folder.path, reason: error.description)
        }
        var taken = Set<String>()
        return files.map { url in
            // The name's text, not URL operations, and no Unicode folding for names that are
            // slugs already: a large archive has ten thousand files to name on every build.
            let slug = Slug.unique(SlugMemo.slug(ArticleReader.articleName(url.lastPathComponent)), avoiding: taken)
            taken.insert(slug)
            return ArticleSource(url: url, slug: slug)
        }
    }
}
