import Foundation

/// The built `verbatim` program and a way to run it, shared by the tests that drive the command line.
enum VerbatimProgram {
    /// The program, next to the test bundle in the build products folder.
    static let url: URL? = {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        for test in Bundle.allBundles where test.bundlePath.hasSuffix(".xctest") {
            folders.append(test.bundleURL.deletingLastPathComponent())
        }
        return folders.map { $0.appendingPathComponent("verbatim") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// True when the program is built, for `.enabled(if:)`.
    static var isBuilt: Bool { url != nil }

    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs `verbatim` with `arguments` and waits for it.
    static func run(_ arguments: [String]) throws -> Result {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        // Output goes to files, not pipes, so a chatty run can never fill a pipe and stall.
        let folder = try temporaryFolder("run")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputURL = folder.appendingPathComponent("stdout")
        let errorURL = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
            standardError: try String(contentsOf: errorURL, encoding: .utf8))
    }

    /// A new empty temporary folder.
    static func temporaryFolder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
