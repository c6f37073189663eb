import CmarkGFM
import Foundation
import Testing

/// Rendering many documents must not grow the process: every cmark object is freed.
@Suite struct MemoryTests {
    /// Resident memory in bytes from `/proc/self/statm`, or nil where there is no `/proc`.
    static func residentBytes() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Over three kilobytes of Markdown with links, emphasis, a table and footnotes; a leak of any
    /// per-document object would add this much or more per call.
    static let document = (0..<20).map { index in
        "Paragraph \(index) with *emphasis*, `code` and [“a quote,”][s\(index)] said [Someone][s\(index)].[^\(index)]\n\n"
            + "| a | b |\n| - | - |\n| ~x~ | www.example.org |\n\n[s\(index)]: ../people/s\(index)/ \"S\"\n\n[^\(index)]: Note.\n\n"
    }.joined()

    /// Renders in a child process of its own, so memory that tests running alongside allocate
    /// cannot be mistaken for a leak.
    @Test(.enabled(if: residentBytes() != nil, "needs /proc/self/statm"))
    func twentyThousandRendersDoNotGrowMemory() async {
        #expect(Self.document.utf8.count > 3_000)
        await #expect(processExitsWith: .success) {
            let all = Set(GFMExtension.allCases)
            let wrapper = LinkWrapper(open: "<q>", close: "</q>")
            func renderAll(_ count: Int) {
                for index in 0..<count {
                    _ = CmarkGFM.renderHTML(MemoryTests.document, options: [.footnotes], extensions: all)
                    _ = CmarkGFM.renderHTML(MemoryTests.document, options: [.footnotes], extensions: all) { _ in wrapper }
                    if index.isMultiple(of: 5) {
                        _ = CmarkGFM.parseTree(MemoryTests.document, options: [.footnotes], extensions: all)
                    }
                }
            }
            renderAll(200)
            let before = MemoryTests.residentBytes() ?? 0
            renderAll(10_000)
            let after = MemoryTests.residentBytes() ?? Int.max
            // 20,000 renders of over 3 KB: leaking the source, the tree or the output of each
            // render would add 60 MB or more.
            if after - before >= 24 << 20 {
                FileHandle.standardError.write(Data("resident memory grew by \((after - before) >> 20) MB\n".utf8))
                exit(1)
            }
        }
    }
}
