import FlyingFox
import FlyingSocks
import Foundation

/// Why the preview could not start.
public enum PreviewError: Error, Equatable, CustomStringConvertible {
    /// The host is not an IPv4 or IPv6 address.
    case invalidHost(String)
    /// The server could not listen on the address (the port is taken, or not allowed).
    case cannotListen(host: String, port: UInt16, reason: String)

    /// A message that says what to change.
    public var description: String {
        switch self {
        case .invalidHost(let host):
            return "\(host) is not an IP address; pass --host 127.0.0.1 (the default), ::1, or 0.0.0.0 to listen on every interface."
        case .cannotListen(let host, let port, let reason):
            return "cannot listen on \(host) port \(port) (\(reason)); choose another --port, or stop the program using it."
        }
    }
}

/// Serves a built site over HTTP and rebuilds it when its sources change.
public struct PreviewServer: Sendable {
    /// The folder of the built site.
    public let site: URL
    /// The address to listen on (loopback by default, so the preview is not on the network).
    public let host: String
    /// The port to listen on.
    public let port: UInt16
    /// How often the sources are looked at.
    public let pollInterval: Duration

    /// Creates a server for the site in `site`.
    public init(site: URL, host: String = "127.0.0.1", port: UInt16, pollInterval: Duration = .milliseconds(500)) {
        self.site = site
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
    }

    /// Serves until cancelled; when `watcher` sees a change, runs `rebuild`; open pages reload
    /// after a successful one and show the messages of a failed one.
    public func run(
        watching watcher: SourceWatcher, rebuild: @escaping @Sendable () async -> BuildOutcome,
        log: @escaping @Sendable (String) -> Void
    ) async throws {
        let status = BuildStatus()
        let server = HTTPServer(
            address: try address(), logger: .disabled, handler: SiteRequestHandler(root: site, status: status))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await server.run()
                } catch is CancellationError {
                    throw CancellationError()
                } catch {
                    throw PreviewError.cannotListen(host: host, port: port, reason: "\(error)")
                }
            }
            group.addTask {
                try await server.waitUntilListening()
                log("Serving \(site.path) at http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
                var seen = watcher.snapshot()
                while !Task.isCancelled {
                    try await Task.sleep(for: pollInterval)
                    let now = watcher.snapshot()
                    guard now != seen else { continue }
                    log("Sources changed; rebuilding.")
                    await status.record(await rebuild())
                    seen = watcher.baseline(before: now, after: watcher.snapshot())
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Checks the host before anything is built, so a typo fails at once.
    public func validate() throws(PreviewError) {
        _ = try address()
    }

    private func address() throws(PreviewError) -> any SocketAddress {
        if let ip4 = try? sockaddr_in.inet(ip4: host, port: port) { return ip4 }
        if let ip6 = try? sockaddr_in6.inet6(ip6: host, port: port) { return ip6 }
        throw .invalidHost(host)
    }
}
