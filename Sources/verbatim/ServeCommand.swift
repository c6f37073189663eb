import ArgumentParser
import Foundation
import Preview
import Site

/// `verbatim serve`: build, serve the site locally, and rebuild when the sources change.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, preview it over HTTP and rebuild on every change.",
        discussion: """
            Builds like `verbatim build`, then serves the output folder on http://HOST:PORT/ \
            (127.0.0.1 by default, so only this machine can see it). It watches articles/, \
            content/, templates/ and people.yml, rebuilds when they change, and pages open in a \
            browser reload once the new build is complete. Stop it with Ctrl-C.

            Example: verbatim serve --root . --port 8000
            """
    )

    /// The project folder.
    @Option(help: "The project folder with articles/ (and optionally content/, templates/, people.yml).")
    var root: String = "."

    /// The output folder.
    @Option(help: "The folder to write the site to (default: ROOT/site).")
    var output: String?

    /// The port.
    @Option(help: "The port to listen on.")
    var port: UInt16 = 8000

    /// The address to listen on.
    @Option(help: "The address to listen on; 0.0.0.0 makes the preview visible to other machines.")
    var host: String = "127.0.0.1"

    /// The site name.
    @Option(help: "The site's name, shown in every page header.")
    var title: String = "Verbatim"

    /// Build without statements.
    @Flag(name: .customLong("no-statements"), help: "Do not group quotes into statements, as build --no-statements does.")
    var noStatements = false

    func run() async throws {
        var configured = SiteBuild.fromArguments(root: root, output: output, baseURL: nil, title: title)
        configured.options.groupsStatements = !noStatements
        // Rebuilds annotate only the articles that changed.
        configured.cache = AnnotationCache()
        let build = configured
        let server = PreviewServer(site: build.output, host: host, port: port)
        do {
            try server.validate()
        } catch {
            printError("error: \(error.description)")
            throw ExitCode.failure
        }
        if case .failed = await Self.rebuild(build), !FileManager.default.fileExists(atPath: build.output.path) {
            throw ExitCode.failure
        }
        do {
            try await server.run(
                watching: SourceWatcher(root: build.root), rebuild: { await Self.rebuild(build) },
                log: { Self.printLine($0) })
        } catch let error as PreviewError {
            printError("error: \(error.description)")
            throw ExitCode.failure
        }
    }

    /// Writes a line to standard output at once: the server runs until it is stopped, so
    /// buffered output might never reach a log file.
    static func printLine(_ message: String) {
        FileHandle.standardOutput.write(Data((message + "\n").utf8))
    }

    /// Builds once, reporting problems in the terminal; the outcome goes to the open pages too.
    static func rebuild(_ build: SiteBuild) async -> BuildOutcome {
        do {
            let report = try await build.run()
            for problem in report.problems { printError("warning: \(problem.description)") }
            Self.printLine(report.summary(output: build.output.path))
            return .built(problems: report.problems.map(\.description))
        } catch {
            printError("error: \(error.description); still serving the previous build.")
            return .failed(message: error.description)
        }
    }
}
