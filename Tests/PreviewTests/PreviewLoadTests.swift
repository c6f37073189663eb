#if os(Linux)
import Foundation
import Testing

/// The preview server under a bounded load on loopback: many concurrent clients, and clients that
/// hang up halfway through a reply. It must keep answering and give back every socket. (Part of
/// the serialized server suite, so no other server test opens sockets meanwhile.)
extension PreviewServerTests {
    /// Runs `work` for each of `count` items on `threads` plain threads (blocking sockets must not
    /// sit on the cooperative pool the in-process server runs on).
    static func onThreads(_ threads: Int, count: Int, _ work: @escaping @Sendable (Int) -> Void) async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let group = DispatchGroup()
            for thread in 0..<threads {
                group.enter()
                Thread.detachNewThread {
                    var item = thread
                    while item < count {
                        work(item)
                        item += threads
                    }
                    group.leave()
                }
            }
            group.notify(queue: .global()) { done.resume() }
        }
    }

    /// Waits (at most 10 s, polling) until the process holds no more sockets than `limit`.
    static func settledSockets(atMost limit: Int) async throws -> Int {
        var count = RunningPreview.openSockets()
        for _ in 0..<200 where count > limit {
            try await Task.sleep(for: .milliseconds(50))
            count = RunningPreview.openSockets()
        }
        return count
    }

    @Test func thousandRequestsFromFiftyClientsAndHangUps() async throws {
        try await RunningPreview.with { preview in
            let port = preview.port
            #expect(LoopbackClient.get("/", port: port).status == 200)
            let before = RunningPreview.openSockets()

            let targets = ["/", "/articles/a%20b/", "/missing", "/../secret.txt", "/articles/a%20b", "/404.html"]
            let expected = [200, 200, 404, 400, 301, 200]
            let failures = ProblemList()
            await Self.onThreads(50, count: 1000) { item in
                let which = item % targets.count
                let reply = LoopbackClient.get(targets[which], port: port)
                if reply.status != expected[which] { failures.add("\(targets[which]) → \(reply.status.map(String.init) ?? "no answer")") }
            }
            #expect(failures.items.isEmpty, "\(failures.items.count) bad answers, first: \(failures.items.prefix(5))")

            await Self.onThreads(20, count: 200) { _ in LoopbackClient.abandon("/large.txt", port: port) }

            let large = LoopbackClient.get("/large.txt", port: port)
            #expect(large.status == 200)
            #expect(large.body.count == RunningPreview.largeSize)
            let after = try await Self.settledSockets(atMost: before)
            #expect(after <= before, "sockets: \(before) before the load, \(after) after")
        }
    }
}

/// A thread-safe list of problems seen by the client threads.
final class ProblemList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    /// Records one problem.
    func add(_ item: String) {
        lock.lock()
        list.append(item)
        lock.unlock()
    }

    /// Every problem recorded so far.
    var items: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
#endif
