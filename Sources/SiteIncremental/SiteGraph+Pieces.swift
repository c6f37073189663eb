import Foundation
import SiteModel
import SitePages

extension SiteGraph {
    /// What the data files of the site in `folder`, whose graph had the digest `old` and whose
    /// pieces lie at `pieces`, still hold for this graph (whose digest is `digest`): an article's
    /// pieces (its quotes, its search entry) hold while its whole node and the names and kinds of
    /// the speakers it quotes are unchanged, a speaker's label while their name, kind and roles are,
    /// a speaker's line while their whole node is.
    package func unchangedPieces(from old: GraphDigest, to digest: GraphDigest, in pieces: DataPieces, folder: URL) -> PieceReuse {
        var speakers = Set<String>()
        // The few speakers whose pieces do not hold, so that each article's quotes are looked
        // up only when there are any: an edit rarely renames someone.
        var relabelled = Set<String>()
        var wholeSpeakers = Set<String>()
        for (slug, node) in digest.speakers {
            if old.speakers[slug]?.shown == node.shown { speakers.insert(slug) } else { relabelled.insert(slug) }
            if old.speakers[slug]?.whole == node.whole { wholeSpeakers.insert(slug) }
        }
        for slug in old.speakers.keys where digest.speakers[slug] == nil { relabelled.insert(slug) }
        var unchanged = Set<String>()
        unchanged.reserveCapacity(articles.count)
        for article in articles {
            guard let node = digest.articles[article.slug], let before = old.articles[article.slug],
                before.whole == node.whole,
                relabelled.isEmpty || !article.quotes.contains(where: { $0.speakerSlug.map(relabelled.contains) ?? false })
            else { continue }
            unchanged.insert(article.slug)
        }
        return PieceReuse(folder: folder, pieces: pieces, articles: unchanged, speakers: speakers, wholeSpeakers: wholeSpeakers)
    }
}
