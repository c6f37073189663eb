import Testing

@testable import Articles

@Suite struct SlugTests {
    @Test(arguments: [
        ("Babar Iftikhar", "babar-iftikhar"), ("Müller", "muller"), ("O'Neill", "oneill"), ("O’Neill", "oneill"),
        ("Nguyễn Văn A", "nguyen-van-a"), ("ISPR", "ispr"), ("  Pakistan's Foreign Office ", "pakistans-foreign-office"),
        ("Maj. Gen. Iftikhar", "maj-gen-iftikhar"), ("a/b\\c", "a-b-c"), ("ﬁnance", "finance"),
    ])
    func slugsAreLowercaseAsciiWords(name: String, slug: String) {
        #expect(Slug.make(name) == slug)
    }

    @Test func caseVariantsShareASlug() {
        #expect(Slug.make("IMRAN KHAN") == Slug.make("Imran Khan"))
    }

    @Test(arguments: ["..", "../", "../../etc/passwd", "...", "!!!", "", "/", "日本語", "🙂"])
    func hostileOrEmptyNamesGiveSafeStableSlugs(name: String) {
        let slug = Slug.make(name)
        #expect(!slug.isEmpty)
        #expect(slug != "." && slug != "..")
        #expect(!slug.contains("/") && !slug.contains("\\") && !slug.contains("."))
        #expect(slug.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(Slug.make(name) == slug)
    }

    @Test func differentNamesWithNothingSluggableStayDistinct() {
        #expect(Slug.make("日本語") != Slug.make("中文"))
        #expect(Slug.make("!!!") != Slug.make("???"))
    }

    @Test func uniqueAddsACounterOnCollision() {
        #expect(Slug.unique("khan", avoiding: []) == "khan")
        #expect(Slug.unique("khan", avoiding: ["khan"]) == "khan-2")
        #expect(Slug.unique("khan", avoiding: ["khan", "khan-2"]) == "khan-3")
    }

    @Test func longNamesAreCutWithoutATrailingHyphen() {
        let slug = Slug.make(String(repeating: "word ", count: 40))
        #expect(slug.count <= 80)
        #expect(!slug.hasSuffix("-"))
    }
}
