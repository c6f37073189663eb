import Articles
@testable import SiteModel
import Testing

/// The memo's shortcut for names that are slugs already must give what `Slug.make` gives.
@Suite struct SlugMemoTests {
    static let names = [
        "babar-iftikhar", "imran-khan-2", "a", "9", "a--b", "-a", "a-", "ab-9-c", "Russia", "russia",
        "Müller", "O'Neill", "Nguyễn", "ISPR", "../x", "a_b", "a b", "a.b", "", "---", "ﬁnance", "x\u{301}",
        String(repeating: "a", count: 80), String(repeating: "a", count: 81), String(repeating: "ab-", count: 30) + "c",
    ]

    @Test func memoEqualsSlugMake() {
        var memo = SlugMemo()
        for name in Self.names + Self.names {
            #expect(memo.slug(name) == Slug.make(name), "\(name)")
            #expect(SlugMemo.slug(name) == Slug.make(name), "\(name)")
        }
    }
}
