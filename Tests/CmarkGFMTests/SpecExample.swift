import Foundation
import Testing

/// One example of a cmark-gfm spec file: Markdown, the expected HTML and the extensions it asks for.
struct SpecExample: Sendable, CustomTestStringConvertible {
    /// The spec file's name.
    var file: String
    /// The 1-based line of the opening fence.
    var line: Int
    /// The Markdown input, tabs restored.
    var markdown: String
    /// The expected HTML, tabs restored.
    var html: String
    /// The words after `example` on the fence line ("table", "footnotes", "disabled"…).
    var flags: [String]

    var testDescription: String { "\(file):\(line)" }

    /// The fence that opens and closes an example: 32 backticks.
    private static let fence = String(repeating: "`", count: 32)

    /// Reads every example of the spec file at `path`.
    static func examples(inFile path: String) throws -> [SpecExample] {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let lines = try String(contentsOfFile: path, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        var examples: [SpecExample] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix(fence + " example") else {
                index += 1
                continue
            }
            let flags = line.dropFirst(fence.count + " example".count).split(separator: " ").map(String.init)
            let start = index + 1
            var separator = start
            while lines[separator] != "." { separator += 1 }
            var end = separator + 1
            while lines[end] != fence { end += 1 }
            examples.append(
                SpecExample(
                    file: name, line: index + 1,
                    markdown: restoringTabs(lines[start..<separator]),
                    html: restoringTabs(lines[(separator + 1)..<end]),
                    flags: flags))
            index = end + 1
        }
        return examples
    }

    /// Joins example lines, each ending in a newline, with `→` turned back into a tab.
    private static func restoringTabs(_ lines: ArraySlice<Substring>) -> String {
        lines.map { $0.replacingOccurrences(of: "→", with: "\t") + "\n" }.joined()
    }
}
