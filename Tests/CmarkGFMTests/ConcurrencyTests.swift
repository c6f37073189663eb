import CmarkGFM
import Testing

/// cmark-gfm keeps some parser tables in global memory; the wrapper must stay correct under load.
@Suite struct ConcurrencyTests {
    /// Without the wrapper's lock around inline parsing this fails now and then, because a
    /// document parsed with extensions changes how a concurrent one without them is parsed.
    @Test func rendersFromManyTasksAtOnceDeterministically() async {
        let all = Set(GFMExtension.allCases)
        let expected = CmarkGFM.renderHTML(MemoryTests.document, options: [.footnotes], extensions: all)
        let plain = CmarkGFM.renderHTML(MemoryTests.document)
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<256 {
                group.addTask {
                    // Alternating extension sets races cmark-gfm's global inline tables if unguarded.
                    if index.isMultiple(of: 2) {
                        return CmarkGFM.renderHTML(MemoryTests.document, options: [.footnotes], extensions: all)
                            == expected
                    }
                    return CmarkGFM.renderHTML(MemoryTests.document) == plain
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 256)
        #expect(results.allSatisfy { $0 })
    }
}
