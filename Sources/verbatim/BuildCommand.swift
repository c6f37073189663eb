import ArgumentParser
import Foundation
import Site
import SitePages

/// `verbatim build`: annotate the articles, then build the whole site from `content/`.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Annotate articles and build the static site.",
        discussion: """
            Reads DIR/articles/*.txt, *.md and saved web pages (*.html, *.htm, *.html.gz), writes DIR/content/<slug>.md for each article \
            (never over a file a person has edited), then builds the site from DIR/content into \
            the output folder: article, speaker and topic pages, indexes, feed, sitemap and \
            data/quotes.jsonl. DIR/templates/NAME.mustache and DIR/templates/style.css replace the \
            built-in ones; DIR/people.yml merges speakers across articles.

            The new site is written next to the output folder and swapped in whole, so a failed \
            build leaves the previous site as it was. An article that cannot be read is reported \
            and left out; the rest is built and the command exits with status 1. With --strict \
            the build stops before writing anything instead.

            Example: verbatim build --root . --output site --base-url https://example.org/news/
            """
    )

    /// The project folder.
    @Option(help: "The project folder with articles/ (and optionally content/, templates/, people.yml).")
    var root: String = "."

    /// The output folder.
    @Option(help: "The folder to write the site to (default: ROOT/site).")
    var output: String?

    /// The public address of the site.
    @Option(name: .customLong("base-url"), help: "The address the site is published at, for the sitemap, feed and canonical links.")
    var baseURL: String?

    /// The site name.
    @Option(help: "The site's name, shown in every page header.")
    var title: String = "Verbatim"

    /// Refuse to build with any article left out.
    @Flag(help: "Stop before writing anything when an article cannot be read, instead of leaving it out.")
    var strict = false

    /// Build without statements.
    @Flag(
        name: .customLong("no-statements"),
        help: """
            Do not group quotes of one speaker in different articles into statements: no statement pages, \
            no "also reported" links, no statement lists on speaker pages.
            """)
    var noStatements = false

    /// How many articles or pages are worked on at once.
    @Option(help: "Articles or pages worked on at once (default: the number of cores); the site is the same for any number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must be an absolute http:// or https:// address, such as https://example.org/news/")
        }
    }

    func run() async throws {
        var build = SiteBuild.fromArguments(root: root, output: output, baseURL: baseURL, title: title)
        build.options.groupsStatements = !noStatements
        build.strict = strict
        build.jobs = jobs
        // Progress only on a terminal; logs and pipes get the summary alone.
        let line = ProgressLine.isTerminal ? ProgressLine() : nil
        if let line { build.progress = { line.show($0) } }
        let report: BuildReport
        do {
            report = try await build.run()
            line?.clear()
        } catch {
            line?.clear()
            printError("error: \(error.description)")
            throw ExitCode.failure
        }
        for problem in report.problems { printError("warning: \(problem.description)") }
        for slug in report.keptEdited {
            printError("note: content/\(slug).md was edited by hand; kept it and did not re-annotate its article.")
        }
        print(report.summary(output: build.output.path))
        if report.leftOut > 0 {
            printError("error: \(report.leftOut == 1 ? "1 article was" : "\(report.leftOut) articles were") left out of the site; see the warnings above.")
            throw ExitCode.failure
        }
        if !report.problems.isEmpty {
            printError("error: the site was built, but with \(report.problems.count == 1 ? "1 problem" : "\(report.problems.count) problems"); see the warnings above.")
            throw ExitCode.failure
        }
    }
}

extension SiteBuild {
    /// A build from command-line values: `output` defaults to ROOT/site, relative paths are from the working folder.
    static func fromArguments(root: String, output: String?, baseURL: String?, title: String) -> SiteBuild {
        let rootURL = URL(fileURLWithPath: root)
        let outputURL = output.map { URL(fileURLWithPath: $0) } ?? rootURL.appendingPathComponent("site")
        return SiteBuild(root: rootURL, output: outputURL, options: SiteOptions(title: title, baseURL: baseURL))
    }
}

extension BuildReport {
    /// One line for the terminal.
    func summary(output: String) -> String {
        "Built \(articleCount) articles, \(speakerCount) speakers and \(topicCount) topics (\(fileCount) files) into \(output)."
    }
}

/// Writes `message` to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
