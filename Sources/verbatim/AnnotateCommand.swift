import ArgumentParser

struct AnnotateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "annotate", abstract: "TODO")
    func run() async throws {}
}
