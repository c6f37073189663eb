import Foundation
import Testing

/// Every page of the built sample site has the structure assistive technology relies on.
@Suite(.serialized) struct PageStructureTests {
    /// Problems with `html`'s landmarks, headings and charts, in words.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        for landmark in [#"<html lang="en">"#, "<header", "<nav", #"<main id="main""#, "<footer", ##"<a class="skip" href="#main">"##]
        where !html.contains(landmark) {
            problems.append("no \(landmark)")
        }
        let levels = BuildCommandTests.matches(#"<h([1-6])[\s>]"#, in: html).map { Int($0[1])! }
        if levels.filter({ $0 == 1 }).count != 1 { problems.append("\(levels.filter { $0 == 1 }.count) h1 elements") }
        if levels.first != 1 { problems.append("the first heading is h\(levels.first ?? 0), not h1") }
        for (previous, next) in zip(levels, levels.dropFirst()) where next > previous + 1 {
            problems.append("h\(previous) is followed by h\(next)")
        }
        for svg in BuildCommandTests.matches(#"<svg\b([^>]*)>(.*?)</svg>"#, in: html) {
            if !svg[1].contains("aria-labelledby=") { problems.append("an svg without a label") }
            if !svg[2].contains("<title") { problems.append("an svg without a title") }
        }
        return problems
    }

    @Test(.enabled(if: BuildCommandTests.verbatim != nil, "needs the verbatim program built"))
    func everyPageHasLandmarksOneH1AndHeadingsInOrder() throws {
        let project = try BuildCommandTests.Project()
        let result = try project.build()
        #expect(result.status == 0, "\(result.stderr)")
        let site = BuildCommandTests.files(in: project.output)
        let pages = site.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 40)
        for (path, data) in pages.sorted(by: { $0.key < $1.key }) {
            let problems = Self.problems(in: String(decoding: data, as: UTF8.self))
            #expect(problems.isEmpty, "\(path): \(problems.joined(separator: "; "))")
        }
    }

    @Test func theCheckNoticesSkippedHeadingsAndUnlabelledCharts() {
        let page = ##"<html lang="en"><header><nav></nav></header><main id="main"><a class="skip" href="#main"></a>"##
            + "<h1>A</h1><h3>B</h3><svg><rect/></svg></main><footer></footer>"
        #expect(Self.problems(in: page) == ["h1 is followed by h3", "an svg without a label", "an svg without a title"])
    }
}
