import Articles
import Attribution
import SiteModel

/// The A–Z index of speakers split over pages: people, then organisations, each by initial, a
/// page holding whole letters until it has `perPage` speakers (a letter with more than that is
/// split over pages of its own). Every page links every letter, at the page that starts it.
struct PeopleIndex: Sendable {
    /// The speakers under one initial of one group.
    struct Letter: Sendable {
        /// The group's id ("people", "organisations").
        var group: String
        /// The initial, or "#" for names that start with no letter.
        var letter: String
        /// The id of its heading, unique on the page.
        var id: String
        /// Positions of its speakers in the graph's list, in order.
        var speakers: [Int]
        /// The page that lists its first speakers, from 1.
        var page = 1
    }

    /// The groups, in order, with their ids and headings.
    static let groups: [(kind: SpeakerKind, id: String, heading: String)] = [
        (.person, "people", "People"), (.organization, "organisations", "Organisations"),
    ]

    /// Every letter of every group, in order.
    private(set) var letters: [Letter] = []
    /// For each page, the runs of letters it lists.
    private(set) var pages: [[Pagination.Run]] = []

    /// The index of `speakers` (already A–Z), `perPage` speakers a page at most, each speaker's
    /// initial as `initial` gives it.
    init(speakers: [SpeakerNode], perPage: Int, initial: (SpeakerNode) -> String) {
        for group in Self.groups {
            for (position, speaker) in speakers.enumerated() where speaker.kind == group.kind {
                let letter = initial(speaker)
                if let last = letters.last, last.group == group.id, last.letter == letter {
                    letters[letters.count - 1].speakers.append(position)
                } else {
                    let id = "\(group.id)-\(letter == "#" ? "other" : Slug.make(letter))"
                    letters.append(Letter(group: group.id, letter: letter, id: id, speakers: [position]))
                }
            }
        }
        pages = Pagination.runs(sizes: letters.map(\.speakers.count), perPage: perPage)
        for (number, runs) in pages.enumerated().reversed() {
            for run in runs where run.entries.lowerBound == 0 { letters[run.item].page = number + 1 }
        }
    }
}
