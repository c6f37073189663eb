import Foundation

extension SiteGraph {
    /// What the data files of the site in `folder`, whose graph had the digest `old` and whose
    /// pieces lie at `pieces`, still hold for this graph (whose digest is `digest`): an article's
    /// pieces (its quotes, its search entry) hold while its whole node and the names and kinds of
    /// the speakers it quotes are unchanged, a speaker's while their name, kind and roles are, an
    /// article's teaser while what other pages show of it is.
    func unchangedPieces(from old: GraphDigest, to digest: GraphDigest, in pieces: DataPieces, folder: URL) -> PieceReuse {
        var speakers = Set<String>()
        for (slug, node) in digest.speakers where old.speakers[slug]?.shown == node.shown { speakers.insert(slug) }
        var unchanged = Set<String>()
        var teasers = Set<String>()
        for article in articles {
            if let node = digest.articles[article.slug], old.articles[article.slug]?.shown == node.shown {
                teasers.insert(article.slug)
            }
            guard let node = digest.articles[article.slug], old.articles[article.slug]?.whole == node.whole,
                article.quotes.allSatisfy({ $0.speakerSlug.map(speakers.contains) ?? true })
            else { continue }
            unchanged.insert(article.slug)
        }
        return PieceReuse(folder: folder, pieces: pieces, articles: unchanged, speakers: speakers, teasers: teasers)
    }
}
