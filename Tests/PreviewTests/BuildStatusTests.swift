import Preview
import Testing

/// What open preview pages learn about rebuilds: reload after a new site, messages after a failure.
@Suite struct BuildStatusTests {
    @Test func aFailedBuildKeepsTheIdAndCarriesItsMessage() async {
        let status = BuildStatus()
        await status.record(.built(problems: []))
        #expect(await status.report == "1")
        await status.record(.failed(message: "articles/a.md:3: the YAML front matter does not parse\n(details)"))
        #expect(await status.id == 1)
        #expect(await status.report == "1\narticles/a.md:3: the YAML front matter does not parse (details)")
    }

    @Test func aGoodBuildClearsTheMessagesAndMovesTheId() async {
        let status = BuildStatus()
        await status.record(.failed(message: "articles/a.md:3: broken"))
        await status.record(.built(problems: ["articles/b.txt: the file is empty", "articles/c.txt: binary"]))
        #expect(await status.report == "1\narticles/b.txt: the file is empty\narticles/c.txt: binary")
        await status.record(.built(problems: []))
        #expect(await status.report == "2")
    }

    @Test func pagesShowMessagesAsTextNeverAsHTML() {
        let page = LiveReload.inject(into: "<html><body>x</body></html>")
        #expect(page.contains("panel.textContent"))
        #expect(!page.contains("innerHTML"))
        #expect(page.contains("location.reload()"))
    }
}
