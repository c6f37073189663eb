import Content
import Testing

/// Broken files fail with an error that names the file and line and says what to fix.
@Suite struct ContentErrorTests {
    private func error(reading markdown: String) -> ContentError? {
        do {
            _ = try AnnotatedMarkdown.read(markdown, slug: "x", path: "content/x.md")
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFrontMatter() {
        #expect(error(reading: "Just a paragraph.\n") == .missingFrontMatter(path: "content/x.md"))
        #expect(error(reading: "") == .missingFrontMatter(path: "content/x.md"))
    }

    @Test func unterminatedFrontMatter() {
        let found = error(reading: "---\ntitle: 'x'\n\nBody.\n")
        #expect(found == .unterminatedFrontMatter(path: "content/x.md", line: 1))
        #expect(found?.description.contains("Add a line '---'") == true)
    }

    @Test func invalidYAMLNamesTheFileLine() throws {
        let found = try #require(error(reading: "---\ntitle: 'x'\nspeakers: [unclosed\n---\n"))
        guard case .invalidYAML(let path, let line, _) = found else {
            Issue.record("expected invalid YAML, got \(found)")
            return
        }
        #expect(path == "content/x.md")
        #expect((3...5).contains(line))
        #expect(found.description.hasPrefix("content/x.md:\(line): "))
    }

    @Test func missingTitle() {
        #expect(error(reading: "---\nsource: S\n---\n\nBody.\n") == .missingField(path: "content/x.md", field: "title"))
    }

    @Test func badSpeakerEntries() {
        let badKind = error(reading: "---\ntitle: T\nspeakers:\n  a: {name: A, kind: robot}\n---\n")
        #expect(
            badKind
                == .invalidField(
                    path: "content/x.md", line: 4, field: "speakers: a: kind", expected: "person or organization"))
        let noName = error(reading: "---\ntitle: T\nspeakers:\n  a: {kind: person}\n---\n")
        guard case .invalidField(_, 4, "speakers: a", _) = noName else {
            Issue.record("expected a missing name on line 4, got \(String(describing: noName))")
            return
        }
        #expect(error(reading: "---\ntitle: T\ntopics: {a: b}\n---\n") != nil)
    }

    @Test func namedIsTrueOrFalse() {
        let found = error(reading: "---\ntitle: T\nspeakers:\n  a: {name: a spokesman, named: perhaps}\n---\n")
        #expect(
            found == .invalidField(path: "content/x.md", line: 4, field: "speakers: a: named", expected: "true or false"))
    }

    @Test func linkToUndeclaredSpeaker() {
        let markdown =
            "---\ntitle: T\nspeakers:\n  a: {name: A}\n---\n\nFine [“x”][a].\n\nBad [“y”](../people/b/).\n\n[a]: ../people/a/\n"
        let found = error(reading: markdown)
        #expect(found == .unknownSpeaker(path: "content/x.md", line: 9, id: "b"))
        #expect(found?.description.contains("content/x.md:9") == true)
        #expect(found?.description.contains("speakers:") == true)
    }
}
