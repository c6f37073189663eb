import ArgumentParser
import Articles
import Attribution
import Foundation

/// `verbatim annotate`: find every quote and its speaker in article files and write the results.
struct AnnotateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Find the quotes in articles and who said them.",
        discussion: """
            INPUT is article files or folders; in a folder every *.txt, *.md and saved web page (*.html, *.htm, *.html.gz) is read, in \
            name order, and anything else is ignored.

            --format markdown (the default) writes DIR/<slug>.md, annotated Markdown that the site \
            is built from; a file a person has edited is never overwritten (it is named on \
            standard error instead). --format json writes DIR/<file name without extension>.json: \
            title, source, topics, quotes (scalar offsets into the file, speaker, mention, cue, \
            confidence) and speakers. A file that cannot be read is reported and skipped; the \
            others are still written, and the exit status is 1.

            --explain prints each quote with its speaker, rule, cue and confidence instead of \
            writing files.

            Example: verbatim annotate --format json --output out articles/
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// Annotated Markdown, the editable source of the site.
        case markdown
        /// The machine-readable extraction report.
        case json
    }

    /// Article files or folders.
    @Argument(help: "Article files or folders of *.txt, *.md and *.html articles.")
    var inputs: [String]

    /// What to write.
    @Option(help: "Output format: markdown or json.")
    var format: Format = .markdown

    /// Where to write.
    @Option(name: .shortAndLong, help: "Output folder (default: content for markdown, extraction for json).")
    var output: String?

    /// Print explanations instead of writing.
    @Flag(help: "Print each quote with its speaker, rule, cue and confidence instead of writing files.")
    var explain = false

    /// The site-wide people file.
    @Option(help: "A people.yml file that gives speakers site-wide ids, names and aliases.")
    var people: String?

    /// How many articles to annotate at once.
    @Option(help: "Articles annotated at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
    }

    func run() async throws {
        let directory = try loadPeople()
        let (files, inputErrors) = ArticleInputs.collect(inputs)
        for message in inputErrors { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        let folder = URL(fileURLWithPath: output ?? (format == .markdown ? "content" : "extraction"))
        if !explain {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw ValidationError("Cannot create the output folder \(folder.path): \(error.localizedDescription)")
            }
        }
        let job = AnnotationJob(people: directory, format: format, outputFolder: folder, explain: explain)
        let results = await job.run(files, jobs: jobs)
        var failed = !inputErrors.isEmpty
        for result in results {
            switch result {
            case .written: break
            case .kept(let path):
                FileHandle.standardError.write(Data("kept \(path): edited by hand, not overwritten\n".utf8))
            case .explained(let text): FileHandle.standardOutput.write(Data(text.utf8))
            case .failed(let message):
                failed = true
                FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
            }
        }
        if failed { throw ExitCode(1) }
    }

    private func loadPeople() throws -> PeopleDirectory {
        guard let people else { return .empty }
        let text: String
        do {
            text = try String(contentsOfFile: people, encoding: .utf8)
        } catch {
            throw ValidationError("Cannot read the people file \(people): \(error.localizedDescription)")
        }
        do {
            return try PeopleDirectory(yaml: text, path: people)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
