import Articles
import Testing

@testable import Attribution

/// The site-wide people file: reading it, its errors, and merging speakers across articles.
@Suite struct PeopleDirectoryTests {
    private let yaml = """
        imran-khan:
          name: Imran Khan
          kind: person
          role: former Prime Minister of Pakistan
          aliases: [Khan, PM Imran Khan]
        ispr:
          name: Inter-Services Public Relations
          kind: organization
          aliases: ISPR
        """

    @Test func readsEntriesSortedById() throws {
        let directory = try PeopleDirectory(yaml: yaml, path: "people.yml")
        #expect(directory.entries.map(\.id) == ["imran-khan", "ispr"])
        #expect(directory.entries[1].kind == .organization)
        #expect(directory.entries[1].aliases == ["ISPR"])
        #expect(directory.entry(matching: ["khan"])?.id == "imran-khan")
    }

    @Test func mergesASurnameSpeakerIntoTheEntry() throws {
        let directory = try PeopleDirectory(yaml: yaml, path: "people.yml")
        let article = ArticleFixture.make([
            "\"My visit to Moscow raised hackles in the US,\" Khan said at a rally."
        ])
        let annotations = Attributor.attribute(article, people: directory)
        #expect(annotations.quotes.first?.speakerID == "imran-khan")
        let speaker = try #require(annotations.speakers.first)
        #expect(speaker.name == "Imran Khan")
        #expect(speaker.role == "former Prime Minister of Pakistan")
    }

    @Test func namesTheFileAndTheEntryInErrors() {
        #expect(throws: AttributionError.invalidPerson(path: "site/people.yml", id: "x", reason: "`name` is missing; add `name: Full Name`")) {
            try PeopleDirectory(yaml: "x:\n  kind: person\n", path: "site/people.yml")
        }
        #expect(throws: AttributionError.self) {
            try PeopleDirectory(yaml: "x:\n  name: X\n  kind: robot\n", path: "people.yml")
        }
        #expect(throws: AttributionError.self) {
            try PeopleDirectory(yaml: "- just\n- a list\n", path: "people.yml")
        }
    }

    @Test func anEmptyFileIsAnEmptyDirectory() throws {
        #expect(try PeopleDirectory(yaml: "", path: "people.yml").entries.isEmpty)
    }
}

@Suite struct PeopleDirectoryMergeTests {
    @Test func twoEntitiesOfOneArticleThatPeopleFileJoinsAreOneSpeaker() throws {
        let text = """
            Rail Line to Reopen After Eight Years

            Transport Minister Per Aldane opened the line on Monday. "We said we would bring it back," Aldane said.
            "It took longer than any of us wanted," the transport minister added.
            """
        let article = try ArticleReader.read(text: text, name: "rail", format: .text)
        let people = try PeopleDirectory(
            yaml: "per-aldane:\n  name: Per Aldane\n  aliases: [Aldane, Transport Minister]\n", path: "people.yml")
        let annotations = Attributor.attribute(article, people: people)
        #expect(annotations.speakers.filter { $0.id == "per-aldane" }.count == 1)
        #expect(Set(annotations.speakers.map(\.id)).count == annotations.speakers.count)
        #expect(annotations.quotes.allSatisfy { $0.speakerID == "per-aldane" })
    }
}
