import Foundation
import Testing

/// `verbatim render` run as a program, compared with the `cmark-gfm` program on spec examples.
@Suite struct RenderCommandTests {
    /// The package root, found from this file's path.
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The cmark-gfm spec, or nil without `../shared`.
    private static let specPath: String? = {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata/cmark-gfm/spec.txt")
            .path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// The built `verbatim` program, next to the test bundle in the build products folder.
    private static let verbatim: URL? = VerbatimProgram.url

    /// The installed `cmark-gfm` program, or nil.
    private static let reference: URL? = [
        "/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm", "/opt/homebrew/bin/cmark-gfm",
    ]
    .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// Flag sets that both programs understand the same way.
    static let flagSets: [[String]] = [
        [],
        ["--unsafe"],
        ["--smart", "-e", "table", "-e", "strikethrough"],
        ["--sourcepos", "-e", "autolink", "-e", "tagfilter", "--unsafe"],
        ["--hardbreaks", "-e", "tasklist", "-e", "footnotes"],
        ["--nobreaks", "--github-pre-lang", "--validate-utf8"],
    ]

    @Test(
        .enabled(if: verbatim != nil, "needs the built verbatim program next to the tests"),
        .enabled(if: reference != nil, "needs the cmark-gfm program to compare with"),
        .enabled(if: specPath != nil, "needs ../shared/testdata/cmark-gfm/spec.txt"),
        arguments: flagSets)
    func matchesTheCmarkGFMProgram(_ flags: [String]) throws {
        let spec = try String(contentsOfFile: try #require(Self.specPath), encoding: .utf8)
        let samples = Self.examples(in: spec).enumerated().filter { $0.offset.isMultiple(of: 12) }.map(\.element)
        #expect(samples.count > 40)
        for markdown in samples {
            let ours = try Self.run(try #require(Self.verbatim), ["render"] + flags, input: markdown)
            let theirs = try Self.run(try #require(Self.reference), flags, input: markdown)
            #expect(ours.status == 0)
            #expect(ours.output == theirs.output, "\(flags) on \(markdown.debugDescription)")
        }
    }

    @Test(.enabled(if: verbatim != nil, "needs the built verbatim program next to the tests"))
    func readsFilesInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.md")
        let second = folder.appendingPathComponent("b.md")
        try "# One\n".write(to: first, atomically: true, encoding: .utf8)
        try "two *2*\n".write(to: second, atomically: true, encoding: .utf8)
        let result = try Self.run(try #require(Self.verbatim), ["render", first.path, second.path], input: "ignored")
        #expect(result.output == "<h1>One</h1>\n<p>two <em>2</em></p>\n")
        let missing = try Self.run(
            try #require(Self.verbatim), ["render", folder.appendingPathComponent("none.md").path], input: "")
        #expect(missing.status != 0)
        #expect(missing.error.contains("none.md"))
    }

    @Test(.enabled(if: verbatim != nil, "needs the built verbatim program next to the tests"))
    func rejectsUnknownExtensionsAndExplainsItself() throws {
        let verbatim = try #require(Self.verbatim)
        let unknown = try Self.run(verbatim, ["render", "-e", "tables"], input: "x")
        #expect(unknown.status != 0)
        #expect(unknown.error.contains("Unknown extension 'tables'"))
        let help = try Self.run(verbatim, ["render", "--help"], input: "")
        #expect(help.output.contains("Render Markdown as HTML with cmark-gfm."))
        #expect(help.output.contains("--unsafe"))
        #expect(help.output.contains("standard input"))
    }

    // MARK: - Helpers

    /// The Markdown of every example in a spec file (fences of 32 backticks, `→` for tabs).
    private static func examples(in spec: String) -> [String] {
        let fence = String(repeating: "`", count: 32)
        var examples: [String] = []
        var current: [Substring]?
        for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(fence + " example") {
                current = []
            } else if line == ".", let lines = current {
                examples.append(lines.map { $0.replacingOccurrences(of: "→", with: "\t") + "\n" }.joined())
                current = nil
            } else {
                current?.append(line)
            }
        }
        return examples
    }

    /// Runs `program` with `arguments` and `input` on standard input.
    private static func run(_ program: URL, _ arguments: [String], input: String) throws -> (
        status: Int32, output: String, error: String
    ) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self)
        )
    }
}
