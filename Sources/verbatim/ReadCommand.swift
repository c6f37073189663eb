import ArgumentParser
import Articles
import Foundation

/// `verbatim read`: show what the reader made of article files, before any attribution.
struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Show the title, standfirst, outlet, author, date and paragraphs read from articles.",
        discussion: """
            INPUT is article files or folders (*.txt, *.md, *.html, *.htm, *.html.gz). For each \
            file, prints what Verbatim reads from it: the headline, standfirst, outlet, author, \
            date and the paragraphs of the body, so that you can see why an article came out as \
            it did. For a web page, the text printed is the text that quotes point into.

            --format json prints one JSON object a line: {"file", "title", "standfirst", \
            "outlet", "author", "date", "paragraphs": [...]}. A file that cannot be read is \
            named on standard error with the reason, the others are still printed, and the exit \
            status is 1.

            Example: verbatim read articles/saved-page.html
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// Labelled lines for a person.
        case text
        /// One JSON object per file, one a line.
        case json
    }

    /// Article files or folders.
    @Argument(help: "Article files or folders (default: articles).")
    var inputs: [String] = ["articles"]

    /// How to print.
    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() async throws {
        let (files, inputErrors) = ArticleInputs.collect(inputs)
        var failed = !inputErrors.isEmpty
        for message in inputErrors { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        let output = FileHandle.standardOutput
        for file in files {
            do {
                let reading = ArticleReading(file: file.path, article: try ArticleReader.read(fileAt: file))
                output.write(Data((format == .json ? reading.json() : reading.text()).utf8))
            } catch {
                failed = true
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
