import ArgumentParser

/// The `verbatim` command: a thin layer that parses arguments and calls the libraries.
@main
struct Verbatim: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Find who said what in news articles and publish it as a cross-linked static site.",
        subcommands: [
            AnnotateCommand.self, CheckCommand.self, ReadCommand.self, BuildCommand.self, RenderCommand.self,
            ServeCommand.self, InitCommand.self, PeopleCommand.self,
        ]
    )
}
