import Articles
import Attribution
import Foundation
import SiteModel

extension SiteRenderer {
    /// How many speakers a page of the A–Z index lists: about 100 KB.
    package static let speakersPerPage = 500

    /// The A–Z index of speakers, split over its pages.
    var peopleIndex: PeopleIndex {
        PeopleIndex(speakers: graph.speakers, perPage: Self.speakersPerPage) { SpeakerOrder.initial(name: $0.name, kind: $0.kind) }
    }

    /// Page `number` (from 1) of the A–Z index of people, then of organisations; every page
    /// links every letter. `index` is `peopleIndex`, passed in when it is already at hand.
    func peoplePage(_ number: Int = 1, index: PeopleIndex? = nil) -> PeoplePage {
        let index = index ?? peopleIndex
        let pagination = Pagination(first: SitePath.people, count: index.pages.count)
        let page = pagination.path(number)
        var layout = layout(for: page, title: number == 1 ? "People and organisations" : "People and organisations, page \(number)")
        layout.isPeople = true
        let runs = index.pages[number - 1]
        let groups = PeopleIndex.groups.map { group in
            PeopleGroupView(
                id: group.id, heading: group.heading,
                index: index.letters.filter { $0.group == group.id }.map { letter in
                    let here = letter.page == number ? "" : SitePath.link(from: page, to: pagination.path(letter.page))
                    return LinkView(name: letter.letter, url: here + "#" + letter.id)
                },
                letters: runs.filter { index.letters[$0.item].group == group.id }.map { run in
                    let letter = index.letters[run.item]
                    return LetterView(
                        id: letter.id, letter: letter.letter,
                        speakers: letter.speakers[run.entries].map { position in
                            let speaker = graph.speakers[position]
                            return SpeakerItemView(
                                name: speaker.name, url: SitePath.link(from: page, to: SitePath.person(speaker.slug)),
                                role: speaker.roles.first, countText: Counting.text(speaker.quotes.count, "quote"))
                        })
                })
        }
        let quoted = graph.speakers.filter { !$0.quotes.isEmpty }.count
        return PeoplePage(
            layout: layout,
            summary: "\(Counting.text(graph.speakers.count, "speaker")) named, \(quoted) of them quoted, in \(Counting.text(graph.articles.count, "article")).",
            groups: groups, pager: pagination.pager(on: number))
    }
}
