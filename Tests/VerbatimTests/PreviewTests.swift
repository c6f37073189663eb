import Foundation
import Preview
import Testing

/// The preview server's file mapping: only files inside the site, whatever the request path says.
@Suite struct PreviewTests {
    /// A site folder with a page, a folder page, and symlinks pointing in and out, plus a secret beside it.
    final class Fixture {
        let base: URL
        let site: URL

        init() throws {
            let files = FileManager.default
            base = files.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
            site = base.appendingPathComponent("site")
            try files.createDirectory(at: site.appendingPathComponent("articles/a b"), withIntermediateDirectories: true)
            try Data("<html><body>home</body></html>".utf8).write(to: site.appendingPathComponent("index.html"))
            try Data("<p>article</p>".utf8).write(to: site.appendingPathComponent("articles/a b/index.html"))
            try Data("secret".utf8).write(to: base.appendingPathComponent("secret.txt"))
            try files.createSymbolicLink(
                at: site.appendingPathComponent("out.txt"), withDestinationURL: base.appendingPathComponent("secret.txt"))
            try files.createSymbolicLink(
                at: site.appendingPathComponent("outside"), withDestinationURL: base)
        }

        deinit { try? FileManager.default.removeItem(at: base) }
    }

    @Test func servesFilesAndFolderIndexes() throws {
        let fixture = try Fixture()
        let resolver = StaticFileResolver(root: fixture.site)
        let root = resolver.root
        #expect(resolver.resolve("/") == .file(root.appendingPathComponent("index.html")))
        #expect(resolver.resolve("/index.html") == .file(root.appendingPathComponent("index.html")))
        #expect(resolver.resolve("/articles/a%20b/") == .file(root.appendingPathComponent("articles/a b/index.html")))
        #expect(resolver.resolve("/articles/a%20b") == .redirect(location: "/articles/a%20b/"))
        #expect(resolver.resolve("/missing.html") == .notFound)
        #expect(resolver.resolve("/index.html/") == .notFound)
    }

    @Test func neverServesAFileOutsideTheSite() throws {
        let fixture = try Fixture()
        let resolver = StaticFileResolver(root: fixture.site)
        for path in [
            "/../secret.txt", "/articles/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/..%2fsecret.txt", "/..%2Fsecret.txt", "/articles%2f..%2f..%2fsecret.txt", "/%2e%2e%5csecret.txt",
            "/index.html%00", "/./index.html", "secret.txt",
        ] {
            #expect(resolver.resolve(path) == .badRequest, "\(path)")
        }
        #expect(resolver.resolve("/out.txt") == .notFound)
        #expect(resolver.resolve("/outside/secret.txt") == .notFound)
        #expect(resolver.resolve("/outside/") == .notFound)
    }

    @Test func liveReloadScriptGoesBeforeTheBodyCloses() {
        let page = LiveReload.inject(into: "<html><body><p>x</p></body></html>")
        #expect(page.hasSuffix("</script>\n</body></html>"))
        #expect(page.contains(LiveReload.buildIDPath))
        #expect(LiveReload.inject(into: "<p>fragment</p>").hasPrefix("<p>fragment</p><script>"))
    }

    @Test func contentTypesFollowTheExtension() {
        #expect(ContentTypes.type(forFileNamed: "index.html") == "text/html; charset=utf-8")
        #expect(ContentTypes.type(forFileNamed: "style.CSS") == "text/css; charset=utf-8")
        #expect(ContentTypes.type(forFileNamed: "feed.xml") == "application/xml")
        #expect(ContentTypes.type(forFileNamed: "quotes.json") == "application/json")
        #expect(ContentTypes.type(forFileNamed: "README") == "application/octet-stream")
    }

    @Test func watcherSeesAChangedArticle() throws {
        let fixture = try Fixture()
        let articles = fixture.base.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let file = articles.appendingPathComponent("a.txt")
        try Data("Title\n\nBody.\n".utf8).write(to: file)
        let watcher = SourceWatcher(root: fixture.base)
        let before = watcher.snapshot()
        #expect(watcher.snapshot() == before)
        try Data("Title\n\nA longer body.\n".utf8).write(to: file)
        #expect(watcher.snapshot() != before)
    }

    @Test func changesDuringABuildAreNotLostButTheBuildsOwnContentIs() throws {
        let fixture = try Fixture()
        let articles = fixture.base.appendingPathComponent("articles")
        let content = fixture.base.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let article = articles.appendingPathComponent("a.txt")
        try Data("Title\n\nBody.\n".utf8).write(to: article)
        let watcher = SourceWatcher(root: fixture.base)
        let before = watcher.snapshot()
        // During the build: the build writes content, and a person edits the article.
        try Data("---\ntitle: Title\n---\n".utf8).write(to: content.appendingPathComponent("a.md"))
        try Data("Title\n\nA longer body.\n".utf8).write(to: article)
        let baseline = watcher.baseline(before: before, after: watcher.snapshot())
        let next = watcher.snapshot()
        #expect(next != baseline)
        #expect(next.files.filter { $0.key.contains("/content/") } == baseline.files.filter { $0.key.contains("/content/") })
    }
}
