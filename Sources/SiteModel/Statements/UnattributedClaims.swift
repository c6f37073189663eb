/// Which quotes of speakers share a passage with each quote credited to nobody: what
/// `UnattributedReports` joins statements by, kept with the graph cache so that a rebuild finds
/// it again only for the quotes of the articles that changed.
///
/// Finding it reads the words of every quote of the site; keeping it, a rebuild reads only the
/// changed articles' quotes: their speakers' quotes are looked up among the passages of the
/// quotes credited to nobody, and a quote credited to nobody keeps what it had when its words
/// and place are as they were. Only a quote credited to nobody with words new to its place is
/// looked for among every speaker's quotes again.
package struct UnattributedClaims: Sendable, Equatable {
    /// A quote of a speaker holding a passage of a quote credited to nobody, in another article.
    package struct Claim: Sendable, Hashable, Comparable {
        /// Where the speaker's quote is.
        package var place: QuotePlace
        /// The site-wide slug of its speaker.
        package var speaker: String

        /// The quote at `place`, credited to `speaker`.
        package init(place: QuotePlace, speaker: String) {
            self.place = place
            self.speaker = speaker
        }

        package static func < (lhs: Claim, rhs: Claim) -> Bool {
            (lhs.place.articleSlug, lhs.place.index, lhs.speaker) < (
                rhs.place.articleSlug, rhs.place.index, rhs.speaker
            )
        }
    }

    /// Each quote credited to nobody long enough to hold a passage: the hashes of its passages,
    /// sorted, each once.
    package var passages: [QuotePlace: [UInt64]]
    /// For each of those that any speaker's quote shares a passage with: those quotes, sorted.
    package var claims: [QuotePlace: [Claim]]

    /// Claims as they were read back from a cache.
    package init(passages: [QuotePlace: [UInt64]], claims: [QuotePlace: [Claim]]) {
        self.passages = passages
        self.claims = claims
    }

    /// The claims of every quote in `articles`, found by reading every quote's words.
    package init(articles: [ArticleNode]) {
        var passages: [QuotePlace: [UInt64]] = [:]
        // Articles and quotes are read in place: copying each node cost more than reading its words.
        for position in articles.indices {
            for at in articles[position].quotes.indices where articles[position].quotes[at].speakerSlug == nil {
                let hashes = Self.passages(of: articles[position].quotes[at].text)
                if !hashes.isEmpty { passages[articles[position].quotes[at].place] = hashes }
            }
        }
        self.passages = passages
        claims = [:]
        claims = Self.claims(on: passages, by: articles, at: articles.indices)
    }

    /// These claims after the articles named in `changed` changed (added, edited or removed);
    /// `articles` are the new graph's, their positions by slug in `order`.
    package func updated(changed: Set<String>, articles: [ArticleNode], order: [String: Int]) -> UnattributedClaims {
        guard !changed.isEmpty else { return self }
        var next = self
        var previous: [QuotePlace: (passages: [UInt64], claims: [Claim])] = [:]
        for (place, hashes) in passages where changed.contains(place.articleSlug) {
            previous[place] = (hashes, [])
            next.passages[place] = nil
        }
        // What the changed articles' quotes claimed goes; what they claim now is found below.
        for (place, list) in claims {
            let kept = list.filter { !changed.contains($0.place.articleSlug) }
            if changed.contains(place.articleSlug) {
                previous[place]?.claims = kept
                next.claims[place] = nil
            } else if kept.count != list.count {
                next.claims[place] = kept.isEmpty ? nil : kept
            }
        }
        let positions = changed.compactMap { order[$0] }.sorted()
        // The changed articles' quotes credited to nobody: those with their words at their place
        // keep what the unchanged articles claimed of them; the others are looked for anew.
        var fresh: [QuotePlace: [UInt64]] = [:]
        for position in positions {
            for quote in articles[position].quotes where quote.speakerSlug == nil {
                let hashes = Self.passages(of: quote.text)
                guard !hashes.isEmpty else { continue }
                next.passages[quote.place] = hashes
                if let before = previous[quote.place], before.passages == hashes {
                    if !before.claims.isEmpty { next.claims[quote.place] = before.claims }
                } else {
                    fresh[quote.place] = hashes
                }
            }
        }
        if !fresh.isEmpty {
            let unchanged = articles.indices.filter { !changed.contains(articles[$0].slug) }
            for (place, found) in Self.claims(on: fresh, by: articles, at: unchanged) { next.claims[place] = found }
        }
        // The changed articles' speakers' quotes, against the quotes credited to nobody that hold
        // one of their passages (found by hash, without indexing every such quote).
        var wanted = Set<UInt64>()
        for position in positions {
            for quote in articles[position].quotes where quote.speakerSlug != nil {
                wanted.formUnion(
                    StatementGrouping.shingles(
                        of: QuoteWords.hashes(of: quote.text), size: StatementGrouping.sharedPassage))
            }
        }
        let held = wanted.isEmpty ? [:] : next.passages.filter { $0.value.contains(where: wanted.contains) }
        for (place, found) in Self.claims(on: held, by: articles, at: positions) {
            next.claims[place] = ((next.claims[place] ?? []) + found).sorted()
        }
        return next
    }

    /// The quotes of speakers in `articles` at `positions` that share a passage with a quote of
    /// `passages` in another article, by the place of that quote, each list sorted.
    private static func claims(
        on passages: [QuotePlace: [UInt64]], by articles: [ArticleNode], at positions: some Sequence<Int>
    ) -> [QuotePlace: [Claim]] {
        guard !passages.isEmpty else { return [:] }
        let index = PassageIndex(passages)
        var claims: [QuotePlace: [Claim]] = [:]
        for position in positions {
            for at in articles[position].quotes.indices {
                guard let speaker = articles[position].quotes[at].speakerSlug else { continue }
                for holder in index.holders(ofPassagesIn: articles[position].quotes[at].text)
                where holder.articleSlug != articles[position].slug {
                    claims[holder, default: []].append(
                        Claim(place: articles[position].quotes[at].place, speaker: speaker))
                }
            }
        }
        return claims.mapValues { $0.sorted() }
    }

    /// The hashes of every passage of `text`, sorted, each once; words are hashed by the
    /// letters and digits statement matching compares, so the hashes of one passage are the
    /// same in every quote.
    static func passages(of text: String) -> [UInt64] {
        Set(StatementGrouping.shingles(of: QuoteWords.hashes(of: text), size: StatementGrouping.sharedPassage)).sorted()
    }
}

/// The passages of some quotes credited to nobody, indexed by hash, to find which of them
/// another quote's words hold.
private struct PassageIndex {
    private var index: [UInt64: [QuotePlace]] = [:]
    /// One bit for each value of a passage hash's top `filterBits` bits that some indexed
    /// passage has: most passages of other quotes are ruled out here, without a look-up.
    private var filter = [UInt64](repeating: 0, count: 1 << (Self.filterBits - 6))
    private static let filterBits = 20

    /// The passages of `quotes`, each quote's hashes by its place.
    init(_ quotes: [QuotePlace: [UInt64]]) {
        for (place, hashes) in quotes {
            for passage in hashes {
                index[passage, default: []].append(place)
                let bit = Int(passage >> (64 - Self.filterBits))
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    /// The indexed quotes sharing a passage with `text`, each once.
    func holders(ofPassagesIn text: String) -> Set<QuotePlace> {
        var holders = Set<QuotePlace>()
        for passage in StatementGrouping.shingles(
            of: QuoteWords.hashes(of: text), size: StatementGrouping.sharedPassage)
        {
            let bit = Int(passage >> (64 - Self.filterBits))
            guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let found = index[passage] else { continue }
            holders.formUnion(found)
        }
        return holders
    }
}
