import Foundation
import Testing

/// `verbatim annotate` run as a program over many articles at once: every article gets its own
/// output in input order, whatever the number of jobs, and a name two inputs share is reported
/// for the later one without costing the others.
@Suite struct AnnotateCommandTests {
    /// The package's sample articles, found from this file's path.
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("articles")

    @Test(.enabled(if: VerbatimProgram.isBuilt, "needs the verbatim program built"))
    func everyArticleIsWrittenAndAClashedNameIsReported() throws {
        let folder = try VerbatimProgram.temporaryFolder("annotate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(samples.count > 10)
        // A second folder holds a copy of the first sample under the same name.
        let other = folder.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.samples.appendingPathComponent(samples[0]), to: other.appendingPathComponent(samples[0]))
        let inputs = samples.map { Self.samples.appendingPathComponent($0).path } + [other.appendingPathComponent(samples[0]).path]

        var outputs: [[String: Data]] = []
        for jobs in ["1", "3"] {
            let output = folder.appendingPathComponent("json-\(jobs)")
            let result = try VerbatimProgram.run(
                ["annotate", "--format", "json", "--jobs", jobs, "--output", output.path] + inputs)
            #expect(result.status != 0)
            #expect(result.standardError.contains("its output name is taken by"))
            #expect(result.standardError.contains(other.path))
            let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
            #expect(names == samples.map { $0.replacingOccurrences(of: ".txt", with: ".json") })
            outputs.append(Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: output.appendingPathComponent($0))) }))
        }
        #expect(outputs[0] == outputs[1])
    }
}
