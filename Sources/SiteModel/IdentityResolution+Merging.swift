import Articles
import Attribution

/// The merging passes of `IdentityResolution`, over groups of speaker ids that start one id each.
struct GroupMerger {
    /// One speaker as far as the passes so far can tell: the ids merged, and what they say.
    struct Group {
        var ids: [String]
        var entry: PeopleDirectory.Entry?
        var kind: SpeakerKind
        /// The spellings, cleaned, with how many articles use each.
        var names: [String: Int]
        var person: PersonName?
        /// The pronouns and titles around the group's quotes.
        var evidence: GenderEvidence

        /// The people file's name, else the fullest spelling, else the most used.
        var title: String {
            if let entry { return entry.name }
            if let person { return person.display }
            return names.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ids[0]
        }

        mutating func absorb(_ other: Group) {
            ids += other.ids
            entry = entry ?? other.entry
            for (name, count) in other.names { names[name, default: 0] += count }
            evidence.add(other.evidence)
            if let theirs = other.person, (person?.fullness ?? -1) < theirs.fullness { person = theirs }
        }
    }

    /// A group left apart although it may be one of `candidates` (group positions).
    struct Undecided {
        var group: Int
        var candidates: [Int]
    }

    /// The groups, by position; a merged group's position holds nil.
    private(set) var groups: [Group?]
    /// The groups left apart so far.
    private(set) var undecided: [Undecided] = []

    init(groups: [Group]) {
        self.groups = groups
    }

    private var live: [Int] { groups.indices.filter { groups[$0] != nil } }

    /// Merges the group at `other` into the one at `target`; false when the people file says
    /// they are two (two different entries).
    @discardableResult
    private mutating func merge(_ other: Int, into target: Int) -> Bool {
        guard other != target, let absorbed = groups[other], var kept = groups[target] else { return false }
        if let left = kept.entry, let right = absorbed.entry, left.id != right.id { return false }
        kept.absorb(absorbed)
        groups[target] = kept
        groups[other] = nil
        return true
    }

    /// Merges every list of positions in `buckets` into its first.
    private mutating func mergeBuckets(_ buckets: [[Int]]) {
        for bucket in buckets where bucket.count > 1 {
            for other in bucket.dropFirst() { merge(other, into: bucket[0]) }
        }
    }

    /// Ids the people file gives one entry are one speaker.
    mutating func mergeEntries() {
        var buckets: [String: [Int]] = [:]
        for index in live { if let id = groups[index]!.entry?.id { buckets[id, default: []].append(index) } }
        mergeBuckets(buckets.keys.sorted().map { buckets[$0]! })
    }

    /// Organisations whose names are one without "The" and case are one.
    mutating func mergeOrganisations() {
        var buckets: [String: [Int]] = [:]
        for index in live where groups[index]!.kind == .organization {
            buckets[PersonName.organisationKey(groups[index]!.title), default: []].append(index)
        }
        mergeBuckets(buckets.keys.sorted().map { buckets[$0]! })
    }

    /// People with one surname and first name are one, unless their middle initials or
    /// suffixes say otherwise (see `IdentityResolution`).
    mutating func mergeFullNames() {
        var bySurname: [String: [Int]] = [:]
        for index in live {
            guard let name = groups[index]!.person, name.given != nil else { continue }
            bySurname[name.surname, default: []].append(index)
        }
        for surname in bySurname.keys.sorted() {
            let members = bySurname[surname]!
            let givens = Set(members.compactMap { groups[$0]!.person?.given })
            var byGiven: [String: [Int]] = [:]
            for index in members {
                let given = groups[index]!.person!.given!
                // A short form stands for the formal name when the site knows exactly one it may be.
                let formal = GivenNames.formal(of: given).filter(givens.contains)
                byGiven[formal.count == 1 ? formal[0] : given, default: []].append(index)
            }
            for given in byGiven.keys.sorted() { mergeVariants(byGiven[given]!) }
        }
    }

    /// One first name and surname: spellings with the same middle initials and suffix are one;
    /// a spelling with neither joins the one spelling with a middle initial, when there is one.
    private mutating func mergeVariants(_ members: [Int]) {
        var full: [String: [Int]] = [:]
        var bare: [Int] = []
        for index in members {
            let name = groups[index]!.person!
            if name.middleInitials.isEmpty && name.generation == nil {
                bare.append(index)
            } else {
                full[name.middleInitials + "|" + (name.generation ?? ""), default: []].append(index)
            }
        }
        let keys = full.keys.sorted()
        mergeBuckets(keys.map { full[$0]! } + [bare])
        guard let plain = bare.first else { return }
        // "Donald Trump Jr." with no middle initial is a son, not "Donald Trump" written fully.
        let compatible = keys.filter { !$0.hasPrefix("|") }.map { full[$0]![0] }
        if compatible.count == 1 {
            merge(plain, into: compatible[0])
        } else if compatible.count > 1 {
            undecided.append(Undecided(group: plain, candidates: compatible))
        }
    }

    /// A surname alone is the one person the site knows with that surname and a first name.
    /// Of several, the one whose first name agrees with the pronouns and titles around the
    /// surname's quotes ("she said", "Mrs. Clinton"), when only one does.
    mutating func mergeSurnames() {
        var bySurname: [String: [Int]] = [:]
        for index in live {
            guard let name = groups[index]!.person, name.given != nil else { continue }
            bySurname[name.surname, default: []].append(index)
        }
        for index in live {
            guard let group = groups[index], let name = group.person, name.given == nil, group.entry == nil,
                var candidates = bySurname[name.surname]
            else { continue }
            if candidates.count > 1, let leaning = group.evidence.leaning {
                // A first name of unknown gender may be either, so it still counts as a candidate.
                let agreeing = candidates.filter { (GenderEvidence.gender(ofGiven: groups[$0]!.person!.given!) ?? leaning) == leaning }
                if agreeing.count == 1 { candidates = agreeing }
            }
            if candidates.count > 1, let dominant = dominant(among: candidates) { candidates = [dominant] }
            decide(index, among: candidates)
        }
    }

    /// Of several people sharing a surname, the one a bare surname means in articles that never
    /// spell it out: the one the site quotes in at least `dominance` times as many articles as
    /// all the others together ("Trump" beside Donald, Ivanka and Eric Trump), and in three at least.
    private func dominant(among candidates: [Int]) -> Int? {
        let articles = candidates.map { index in groups[index]!.names.values.reduce(0, +) }
        guard let most = articles.max(), let top = articles.firstIndex(of: most), most >= 3 else { return nil }
        let others = articles.reduce(0, +) - most
        return most >= Self.dominance * others ? candidates[top] : nil
    }

    /// How many times as many articles the person a bare surname goes to must have as the
    /// others with that surname together.
    static let dominance = 4

    /// Two words whose first is no known first name may be a double surname without its first
    /// name ("Diaz Martinez", "Guajardo Villarreal"): they are the one person whose name ends in them.
    mutating func mergeDoubleSurnames() {
        var byTail: [String: [Int]] = [:]
        for index in live {
            guard let name = groups[index]!.person, name.given != nil, !name.tail.isEmpty else { continue }
            byTail[name.tail, default: []].append(index)
        }
        for index in live {
            guard let group = groups[index], group.entry == nil, let name = group.person, let given = name.given,
                name.middleInitials.isEmpty, name.generation == nil, GenderEvidence.gender(ofGiven: given) == nil,
                GivenNames.formal(of: given).isEmpty, let candidates = byTail[name.whole]
            else { continue }
            decide(index, among: candidates.filter { $0 != index && groups[$0] != nil })
        }
    }

    /// Merges the group at `index` into the one candidate, or notes it undecided among several.
    private mutating func decide(_ index: Int, among candidates: [Int]) {
        if candidates.count == 1 {
            merge(index, into: candidates[0])
        } else if candidates.count > 1 {
            undecided.append(Undecided(group: index, candidates: candidates))
        }
    }
}
