import ArgumentParser
import Foundation
import Site

/// `verbatim init DIR`: start a new site folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new site folder for your own articles.",
        discussion: """
            Creates DIR with articles/ (holding one example article), content/, templates/, an \
            annotated people.yml and a README.md that says what goes where. DIR must be new or empty.

            Example: verbatim init my-quotes && verbatim build --root my-quotes
            """
    )

    /// The folder to create.
    @Argument(help: "The folder to create.")
    var folder: String

    func run() throws {
        let starter = SiteStarter(folder: URL(fileURLWithPath: folder))
        do {
            try starter.create()
        } catch {
            printError("error: \(error.description)")
            throw ExitCode.failure
        }
        print("Started a Verbatim site in \(folder). Put articles in \(folder)/articles/ and run: verbatim build --root \(folder)")
    }
}
