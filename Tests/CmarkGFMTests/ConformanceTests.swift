import CmarkGFM
import Foundation
import Testing
import TestSupport

/// Every example of cmark-gfm's own spec files, rendered through the wrapper.
///
/// Options follow cmark-gfm's test runner: raw HTML on (`--unsafe`), extension names on an
/// example's fence line enabled for that example ("footnotes" is an option, not an extension);
/// extensions.txt runs with every extension and footnotes on, smart_punct.txt with smart
/// punctuation; examples marked "disabled" are skipped and an expected `<IGNORE>` only asks
/// that rendering finishes, as in the runner.
@Suite struct ConformanceTests {
    /// A spec file and the options its examples run with.
    struct SpecFile: Sendable, CustomTestStringConvertible {
        var name: String
        var options: RenderOptions
        var extensions: Set<GFMExtension>
        var testDescription: String { name }
    }

    static let files = [
        SpecFile(name: "spec.txt", options: [.unsafe], extensions: []),
        SpecFile(name: "regression.txt", options: [.unsafe], extensions: []),
        SpecFile(name: "extensions.txt", options: [.unsafe, .footnotes], extensions: Set(GFMExtension.allCases)),
        SpecFile(name: "smart_punct.txt", options: [.unsafe, .smart], extensions: []),
    ]

    /// A few expected texts in the spec files differ from what this cmark-gfm release writes:
    /// the footnote examples expect the older `#fn1` anchors where the library writes `#fn-1`
    /// with `data-footnote-ref`. For those, the installed `cmark-gfm` program with the same flags
    /// is the reference: the wrapper must match the library, and such examples must stay rare.
    @Test(.enabled(if: SharedData.isPresent, "needs ../shared/testdata/cmark-gfm"), arguments: files)
    func everyExampleMatches(_ file: SpecFile) throws {
        let examples = try SpecExample.examples(inFile: SharedData.path("testdata/cmark-gfm/\(file.name)"))
        #expect(examples.count > 10, "found no examples in \(file.name)")
        var matched = 0
        var matchedReference = 0
        var skipped = 0
        for example in examples {
            if example.flags.contains("disabled") {
                skipped += 1
                continue
            }
            let (options, extensions) = flags(of: example, in: file)
            let html = CmarkGFM.renderHTML(example.markdown, options: options, extensions: extensions)
            if html == example.html || example.html == "<IGNORE>\n" {
                matched += 1
                continue
            }
            try #require(
                ReferenceCLI.path != nil, "\(example.testDescription) differs and no cmark-gfm program to compare")
            let reference = try ReferenceCLI.render(example.markdown, arguments: arguments(options, extensions))
            #expect(html == reference, "\(example.testDescription) differs from the spec and from cmark-gfm")
            if html == reference { matchedReference += 1 }
        }
        print(
            "\(file.name): \(examples.count) examples, \(matched) match the spec, \(matchedReference) match the cmark-gfm program where the spec text differs, \(skipped) disabled"
        )
        #expect(matchedReference <= 3, "\(file.name): more examples than the known footnote ones differ from the spec")
    }

    /// Without `--unsafe`, the examples that hold raw HTML or URLs render exactly as the
    /// `cmark-gfm` program renders them in its default safe mode.
    @Test(.enabled(if: SharedData.isPresent && ReferenceCLI.path != nil, "needs ../shared and the cmark-gfm program"))
    func safeModeMatchesTheProgram() throws {
        let examples = try SpecExample.examples(inFile: SharedData.path("testdata/cmark-gfm/spec.txt"))
            .filter { $0.markdown.contains("<") || $0.markdown.contains(":") }
        #expect(examples.count > 100)
        for example in examples {
            let html = CmarkGFM.renderHTML(example.markdown)
            #expect(!html.contains("<script"), "\(example.testDescription) let raw HTML through")
            #expect(html == (try ReferenceCLI.render(example.markdown, arguments: [])), "\(example.testDescription)")
        }
    }

    private func flags(of example: SpecExample, in file: SpecFile) -> (RenderOptions, Set<GFMExtension>) {
        var options = file.options
        var extensions = file.extensions
        for flag in example.flags {
            if flag == "footnotes" {
                options.insert(.footnotes)
            } else if let named = GFMExtension(rawValue: flag) {
                extensions.insert(named)
            }
        }
        return (options, extensions)
    }

    private func arguments(_ options: RenderOptions, _ extensions: Set<GFMExtension>) -> [String] {
        var arguments = options.contains(.unsafe) ? ["--unsafe"] : []
        arguments += extensions.sorted().flatMap { ["-e", $0.rawValue] }
        // The program enables footnotes through its extension flag, not an option of its own.
        if options.contains(.footnotes) { arguments += ["-e", "footnotes"] }
        if options.contains(.smart) { arguments.append("--smart") }
        return arguments
    }
}
