import Foundation
import Testing

/// `verbatim build` shows progress on a terminal and stays quiet in a pipe or a log.
@Suite(.serialized) struct BuildProgressLineTests {
    static let script = URL(fileURLWithPath: "/usr/bin/script")
    static let hasScript = FileManager.default.isExecutableFile(atPath: script.path)

    @Test(.enabled(if: BuildCommandTests.verbatim != nil, "needs the verbatim program built"))
    func aPipeGetsNoProgress() throws {
        let project = try BuildCommandTests.Project()
        let result = try project.build()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("annotating"))
        #expect(!result.stderr.contains("\u{1B}["))
        #expect(!result.stderr.contains("\r"))
    }

    @Test(.enabled(if: BuildCommandTests.verbatim != nil && hasScript, "needs the verbatim program and script(1) for a terminal"))
    func aTerminalSeesTheStagesAndTheCount() throws {
        let project = try BuildCommandTests.Project()
        let verbatim = try #require(BuildCommandTests.verbatim)
        let log = project.root.appendingPathComponent("terminal.log")
        let process = Process()
        process.executableURL = Self.script
        // script(1) runs the build on a pseudo-terminal and copies what it printed to the log.
        let command = [verbatim.path, "build", "--root", project.root.path, "--output", project.output.path]
            .map { "'\($0)'" }.joined(separator: " ")
        process.arguments = ["-qec", command, log.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let screen = String(decoding: try Data(contentsOf: log), as: UTF8.self)
        let articles = try FileManager.default.contentsOfDirectory(atPath: BuildCommandTests.samples.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.count
        #expect(screen.contains("\r\u{1B}[2Kreading articles"))
        #expect(screen.contains("annotating \(articles)/\(articles) articles"))
        #expect(screen.contains("rendering and writing pages"))
        // The line is cleared before the summary, which starts on a clean line.
        #expect(screen.contains("\r\u{1B}[2KBuilt \(articles) articles"))
    }
}
