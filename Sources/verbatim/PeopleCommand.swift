import ArgumentParser
import Attribution
import Foundation
import Site
import SiteModel

/// `verbatim people`: the speakers the site merged across articles, and those it did not.
struct PeopleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the speakers merged across articles, as people.yml entries to confirm.",
        discussion: """
            Reads the annotated articles in ROOT/content (run `verbatim build` first) and \
            ROOT/people.yml, and prints, as people.yml entries, every page that gathers speakers \
            the articles name differently ("Donald J. Trump", "Donald Trump", "Trump"), then, \
            commented out, the speakers left on a page of their own although they may be one of \
            several others (a "Clinton" where the site knows Bill and Hillary Clinton). Copy the \
            entries you agree with into people.yml: it wins over the merges the site works out.

            Example: verbatim people --root . >> people.yml
            """
    )

    /// The project folder.
    @Option(help: "The project folder with content/ and optionally people.yml.")
    var root: String = "."

    func run() async throws {
        let rootURL = URL(fileURLWithPath: root)
        let content = rootURL.appendingPathComponent("content")
        let people: PeopleDirectory
        do {
            people = try BuildSteps.readPeople(at: rootURL.appendingPathComponent("people.yml"))
        } catch {
            throw ValidationError(error.description)
        }
        let read = await BuildSteps.readContent(in: content, jobs: ProcessInfo.processInfo.activeProcessorCount)
        for error in read.errors { printError("warning: \(error.description)") }
        guard !read.documents.isEmpty else {
            throw ValidationError("No annotated articles in \(content.path); run `verbatim build --root \(root)` first.")
        }
        let yaml = IdentityResolution(documents: read.documents, people: people).peopleYAML
        print(yaml.isEmpty ? "# No speakers merged across articles, and no near misses.\n" : yaml, terminator: "")
    }
}
