import Articles
import Attribution
import Content

/// Which speakers of different articles are one person or organisation, worked out from every
/// article's speakers at once, with the merges made and the ones left undone for a person to
/// confirm in `people.yml`.
///
/// Articles are annotated one at a time, so one person reaches the site under several ids:
/// "donald-j-trump", "donald-trump", and "trump" in an article that never gives his first name.
/// The rules go by the structure of names, never by lists of people:
/// - `people.yml` wins: a speaker it names is its entry, and so is any spelling that is one
///   person with the entry's name by the rules below.
/// - Organisations are one when their names are, without a leading "The" ("The New York Times").
/// - People are one when surname and first name agree, a short first name standing for the
///   formal one the site knows under that surname ("Len", "Leonard"); a middle initial or a
///   "Jr." written in one spelling and not the other does not tell them apart, two different
///   middle initials do ("George W. Bush", "George H. W. Bush"), and a "Jr." with no middle
///   initial is a son ("Donald Trump Jr." is not "Donald Trump").
/// - A surname alone is the one known person with that surname. Of several ("Clinton"), it is
///   the one whose first name agrees with the pronouns and titles around its quotes in its own
///   articles ("she said", "Mrs. Clinton"), when exactly one does, or else the one quoted in
///   four times as many articles as the others together ("Trump" beside Ivanka and Eric Trump);
///   otherwise it stays on a page of its own and `verbatim people` lists it as a near miss for a
///   person to settle.
/// - Two words that are the end of one known person's name and do not start with a first
///   name are that person's double surname ("Diaz Martinez" for "Julie Diaz Martinez").
/// - The page is titled with the fullest spelling; the others are its aliases.
public struct IdentityResolution: Sendable, Hashable {
    /// A page that gathers speakers written differently in the articles.
    public struct Merge: Sendable, Hashable {
        /// The page's slug.
        public var id: String
        /// The name the page is titled with.
        public var name: String
        /// Person or organisation.
        public var kind: SpeakerKind
        /// The other spellings the articles use, sorted.
        public var aliases: [String]
    }

    /// A speaker left on a page of its own although it may be one of several others.
    public struct NearMiss: Sendable, Hashable {
        /// The speaker's page slug.
        public var id: String
        /// The name it is shown with.
        public var name: String
        /// The pages it could belong to, by slug, with their names.
        public var candidates: [Candidate]
    }

    /// A page a near miss could belong to.
    public struct Candidate: Sendable, Hashable {
        /// The page's slug.
        public var id: String
        /// Its name.
        public var name: String
    }

    /// The identities to link the site with.
    public var identities: SpeakerIdentities
    /// The merges made, by page slug.
    public var merges: [Merge]
    /// The merges not made, by page slug.
    public var nearMisses: [NearMiss]

    private init(identities: SpeakerIdentities, merges: [Merge], nearMisses: [NearMiss]) {
        self.identities = identities
        self.merges = merges
        self.nearMisses = nearMisses
    }

    /// The identities of the speakers of `documents`, `people` first.
    public init(documents: [Document], people: PeopleDirectory) {
        self.init(summaries: documents.map(ArticleSummary.init), people: people)
    }

    /// The identities of the speakers of the articles of `summaries`, `people` first.
    package init(summaries: [ArticleSummary], people: PeopleDirectory) {
        var resolver = Resolver(people: people)
        for summary in summaries.sorted(by: { $0.document.slug < $1.document.slug }) {
            for named in IdentityEvidence(summary).speakers {
                resolver.add(named.speaker, in: summary.document.slug, evidence: named.evidence)
            }
        }
        self = resolver.resolved()
    }
}

/// All that identity resolution reads of one article: its named speakers in the order it
/// declares them, each with the pronouns and titles around its quotes. Two versions of an
/// article with equal evidence leave every identity of the site as it was.
package struct IdentityEvidence: Sendable, Hashable {
    /// One speaker the article names.
    struct Named: Sendable, Hashable {
        var speaker: Speaker
        var evidence: GenderEvidence?
    }

    /// The article's named speakers, in order.
    var speakers: [Named] = []

    /// The evidence of the article `summary` summarises.
    package init(_ summary: ArticleSummary) {
        let document = summary.document
        var evidence: [String: GenderEvidence] = [:]
        for quote in document.quotes {
            guard let id = quote.speakerID, let context = summary.contexts[quote.index] else { continue }
            evidence[id, default: GenderEvidence()].read(context)
        }
        var declared = Set<String>()
        // A speaker the article only describes has no page, so no identity.
        for speaker in document.speakers where declared.insert(speaker.id).inserted && speaker.named {
            speakers.append(Named(speaker: speaker, evidence: evidence[speaker.id]))
        }
        // A quote may credit an id the front matter does not declare (a hand edit).
        for quote in document.quotes {
            guard let id = quote.speakerID, declared.insert(id).inserted else { continue }
            speakers.append(Named(speaker: Speaker(id: id, name: id, kind: .person), evidence: evidence[id]))
        }
    }

    /// The evidence of an article that is not there: nothing.
    package static let none = IdentityEvidence()

    private init() {}
}

/// The working state of `IdentityResolution`: every id seen, then the groups they form.
private struct Resolver {
    /// What the articles say of one speaker id.
    struct Seen {
        var names: [String: Int] = [:]
        var firstName: String
        /// The kind the first article gives, which a page shows unless the site decides otherwise.
        var firstKind: SpeakerKind
        var people = 0
        var organisations = 0
        var articles: Set<String> = []
        var entry: PeopleDirectory.Entry?
        /// The pronouns and titles around the speaker's quotes.
        var evidence = GenderEvidence()

        /// Organisation when most articles say so, or when the name ends in a word only
        /// organisations end in ("Varnholm Railways") and does not start with a given name.
        var kind: SpeakerKind {
            if organisations > people { return .organization }
            let words = name.lowercased().split(separator: " ")
            guard let last = words.last, let first = words.first, words.count > 1 else { return .person }
            let given = Lexicon.maleFirstNames.contains(String(first)) || Lexicon.femaleFirstNames.contains(String(first))
            return Lexicon.organizationWords.contains(String(last)) && !given ? .organization : .person
        }

        /// The name most articles use; on a tie the first seen, then the first A–Z.
        var name: String {
            let most = names.values.max() ?? 0
            if names[firstName] == most { return firstName }
            return names.filter { $0.value == most }.keys.min() ?? firstName
        }
    }

    let people: PeopleDirectory
    private let entries: [String: PeopleDirectory.Entry]
    var seen: [String: Seen] = [:]

    init(people: PeopleDirectory) {
        self.people = people
        self.entries = Dictionary(people.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func add(_ speaker: Speaker, in article: String, evidence: GenderEvidence?) {
        var entry = seen[speaker.id] ?? Seen(firstName: speaker.name, firstKind: speaker.kind)
        entry.names[speaker.name, default: 0] += 1
        if speaker.kind == .organization { entry.organisations += 1 } else { entry.people += 1 }
        entry.articles.insert(article)
        if let evidence { entry.evidence.add(evidence) }
        if entry.entry == nil {
            entry.entry = entries[speaker.id] ?? people.entry(matching: [speaker.name] + speaker.aliases)
        }
        seen[speaker.id] = entry
    }

    func resolved() -> IdentityResolution {
        let ids = seen.keys.sorted()
        let organisations = Set(
            ids.filter { seen[$0]!.kind == .organization }.map { PersonName.organisationKey(seen[$0]!.name) })
        // Every id starts as a group of its own; the people file's entries are groups too, so
        // that another spelling of an entry's name joins it.
        var groups: [GroupMerger.Group] = ids.map { id in
            let item = seen[id]!
            let kind = item.entry?.kind ?? item.kind
            let person = kind == .person ? PersonName(item.name, organisations: organisations) : nil
            return GroupMerger.Group(
                ids: [id], entry: item.entry, kind: kind, names: [item.name: item.articles.count], person: person,
                evidence: item.evidence)
        }
        for entry in people.entries where entry.kind == .person {
            groups.append(
                GroupMerger.Group(
                    ids: [], entry: entry, kind: .person, names: [:], person: PersonName(entry.name), evidence: GenderEvidence()))
        }
        var merger = GroupMerger(groups: groups)
        merger.mergeEntries()
        merger.mergeOrganisations()
        merger.mergeFullNames()
        merger.mergeSurnames()
        merger.mergeDoubleSurnames()
        return IdentityResolution(merger, seen: seen)
    }
}

extension IdentityResolution {
    /// The identities the groups of `merger` make, with their merges and near misses.
    fileprivate init(_ merger: GroupMerger, seen: [String: Resolver.Seen]) {
        let groups = merger.groups.enumerated().compactMap { index, group in group.map { (index, $0) } }.filter { !$1.ids.isEmpty }
        // A group that is one id under its own name keeps its slug; the others take their title's.
        let unchanged = groups.filter { _, group in
            group.entry == nil && group.ids.count == 1 && group.title == seen[group.ids[0]]!.name
                && group.kind == seen[group.ids[0]]!.firstKind
        }
        var taken = Set(unchanged.map { $1.ids[0] })
        var slugs: [Int: String] = [:]
        for (index, group) in unchanged { slugs[index] = group.ids[0] }
        for (index, group) in groups where slugs[index] == nil {
            let slug = group.entry?.id ?? Slug.unique(Slug.make(group.title), avoiding: taken)
            taken.insert(slug)
            slugs[index] = slug
        }
        var canonicalIDs: [String: String] = [:]
        var profiles: [String: Speaker] = [:]
        var merges: [Merge] = []
        let kept = Set(unchanged.map(\.0))
        for (index, group) in groups {
            let slug = slugs[index]!
            for id in group.ids where id != slug { canonicalIDs[id] = slug }
            let names = Set(group.ids.flatMap { seen[$0]!.names.keys })
            if let entry = group.entry {
                profiles[slug] = Speaker(id: slug, name: entry.name, kind: entry.kind, role: entry.role, aliases: entry.aliases)
                // Spellings the entry does not list were merged by the rules, and are worth confirming.
                let listed = Set(([entry.name] + entry.aliases).map { $0.lowercased() })
                let new = names.filter { !listed.contains($0.lowercased()) }.sorted()
                if !new.isEmpty { merges.append(Merge(id: slug, name: entry.name, kind: entry.kind, aliases: entry.aliases + new)) }
            } else if !kept.contains(index) {
                let aliases = names.subtracting([group.title]).sorted()
                profiles[slug] = Speaker(id: slug, name: group.title, kind: group.kind, aliases: aliases)
                if !aliases.isEmpty { merges.append(Merge(id: slug, name: group.title, kind: group.kind, aliases: aliases)) }
            }
        }
        let nearMisses = merger.undecided.compactMap { undecided -> NearMiss? in
            guard let group = merger.groups[undecided.group], let slug = slugs[undecided.group] else { return nil }
            let candidates = undecided.candidates.compactMap { position in
                merger.groups[position].flatMap { candidate in slugs[position].map { Candidate(id: $0, name: candidate.title) } }
            }
            return NearMiss(id: slug, name: group.title, candidates: candidates)
        }
        self.init(
            identities: SpeakerIdentities(canonicalIDs: canonicalIDs, profiles: profiles),
            merges: merges.sorted { $0.id < $1.id }, nearMisses: nearMisses.sorted { $0.id < $1.id })
    }
}
