#if os(Linux)
import Foundation
import Preview

/// A real preview server on an ephemeral loopback port, serving a small site with a secret file
/// beside it and symlinks that lead out of it.
final class RunningPreview: @unchecked Sendable {
    /// The temporary folder holding the project, the site and the secret.
    let base: URL
    /// The served site.
    let site: URL
    /// The port the server listens on.
    let port: UInt16
    /// What the secret file beside the site holds; no answer may ever contain it.
    static let secret = "secret-\(UUID().uuidString)"
    /// The size of the large page, big enough that a reply takes many socket writes.
    static let largeSize = 4 * 1024 * 1024

    private let server: Task<Void, Error>

    /// Writes the site and starts the server; throws when it does not start listening.
    init() async throws {
        let files = FileManager.default
        base = files.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        site = base.appendingPathComponent("site")
        try files.createDirectory(at: site.appendingPathComponent("articles/a b"), withIntermediateDirectories: true)
        try Data("<html><head></head><body>home</body></html>".utf8).write(to: site.appendingPathComponent("index.html"))
        try Data("<html><head></head><body>not found</body></html>".utf8).write(to: site.appendingPathComponent("404.html"))
        try Data("<p>article</p>".utf8).write(to: site.appendingPathComponent("articles/a b/index.html"))
        try Data(repeating: UInt8(ascii: "x"), count: Self.largeSize).write(to: site.appendingPathComponent("large.txt"))
        try Data(Self.secret.utf8).write(to: base.appendingPathComponent("secret.txt"))
        try files.createSymbolicLink(at: site.appendingPathComponent("out.txt"), withDestinationURL: base.appendingPathComponent("secret.txt"))
        try files.createSymbolicLink(at: site.appendingPathComponent("outside"), withDestinationURL: base)
        try files.createSymbolicLink(at: site.appendingPathComponent("etc"), withDestinationURL: URL(fileURLWithPath: "/etc"))

        guard let port = LoopbackClient.freePort() else { throw PreviewTestError.noFreePort }
        self.port = port
        let preview = PreviewServer(site: site, port: port, pollInterval: .seconds(60))
        let root = base
        server = Task {
            try await preview.run(watching: SourceWatcher(root: root), rebuild: { .built(problems: []) }, log: { _ in })
        }
        // Bounded wait for the listening socket: 200 tries, 25 ms apart.
        for _ in 0..<200 {
            if let fd = LoopbackClient.connect(port: port) {
                close(fd)
                return
            }
            try await Task.sleep(for: .milliseconds(25))
        }
        server.cancel()
        throw PreviewTestError.notListening(port)
    }

    /// Runs `body` against a fresh server, and stops the server afterwards even when `body` throws.
    static func with(_ body: (RunningPreview) async throws -> Void) async throws {
        let preview = try await RunningPreview()
        do {
            try await body(preview)
        } catch {
            await preview.stop()
            throw error
        }
        await preview.stop()
    }

    /// Stops the server and removes the files.
    func stop() async {
        server.cancel()
        _ = await server.result
        try? FileManager.default.removeItem(at: base)
    }

    /// The number of sockets this process has open, from /proc/self/fd. Only sockets count,
    /// because tests of other suites in the same process open and close files meanwhile.
    static func openSockets() -> Int {
        let folder = "/proc/self/fd"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter {
            ((try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + $0)) ?? "").hasPrefix("socket:")
        }.count
    }
}

/// Why a preview test could not set up its server.
enum PreviewTestError: Error {
    /// The kernel gave no free loopback port.
    case noFreePort
    /// The server did not accept connections on the port in time.
    case notListening(UInt16)
}
#endif
