#if os(Linux)
import Foundation
import Testing

/// The preview server over real loopback HTTP: what it listens on and what it refuses to serve.
@Suite(.serialized) struct PreviewServerTests {
    @Test func listensOnLoopbackOnly() async throws {
        try await RunningPreview.with { preview in
            let table = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
            var listeners: [String] = []
            for line in table.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ")
                // Field 1 is the local address:port in hex, field 3 the state; 0A is LISTEN.
                if fields.count > 3, fields[3] == "0A" { listeners.append(String(fields[1])) }
            }
            let port = String(format: "%04X", preview.port)
            let mine = listeners.filter { $0.hasSuffix(":" + port) }
            #expect(mine == ["0100007F:" + port], "listening sockets on port \(preview.port): \(mine)")
        }
    }

    @Test func servesPagesInsideTheSite() async throws {
        try await RunningPreview.with { preview in
            let home = LoopbackClient.get("/", port: preview.port)
            #expect(home.status == 200)
            #expect(String(decoding: home.body, as: UTF8.self).contains("home"))
            let article = LoopbackClient.get("/articles/a%20b/", port: preview.port)
            #expect(article.status == 200)
            #expect(String(decoding: article.body, as: UTF8.self).contains("article"))
        }
    }

    /// Request targets that try to leave the site, each as a client could send it on the wire.
    static let escapes = [
        "/../secret.txt", "/articles/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
        "/.%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/articles%2f..%2f..%2fsecret.txt", "/..%2Fsecret.txt",
        "/..\\secret.txt", "/%5c..%5csecret.txt", "/articles/..%5c..%5csecret.txt", "/%2e%2e%5csecret.txt",
        "/out.txt", "/outside/secret.txt", "/outside/site/../secret.txt", "/etc/passwd", "/etc/hostname",
        "/%00/secret.txt", "/index.html%00.txt", "/%252e%252e/secret.txt", "//etc/passwd", "/./secret.txt",
        "/%c0%ae%c0%ae/secret.txt", "/articles/a%20b/../../../secret.txt",
    ]

    @Test(arguments: escapes) func neverServesOutsideTheSite(_ target: String) async throws {
        try await RunningPreview.with { preview in
            let reply = LoopbackClient.get(target, port: preview.port)
            let status = try #require(reply.status, "no answer for \(target)")
            #expect(status == 400 || status == 404, "\(target) answered \(status)")
            let body = String(decoding: reply.body, as: UTF8.self)
            #expect(!body.contains(RunningPreview.secret), "\(target) leaked the secret")
            #expect(!body.contains("root:x:0:0"), "\(target) leaked /etc/passwd")
        }
    }
}
#endif
