import Foundation

/// Work split into a few shares run side by side, for the steps of a build that cannot await
/// (folder walks, record checks, cache reads) but still want both cores.
package enum ConcurrentShares {
    /// `make` run once for every share from 0 up to `count`, side by side; the results in
    /// share order.
    package static func map<Value>(_ count: Int, _ make: @Sendable (Int) -> Value) -> [Value] {
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { share in slots.set(share, make(share)) }
        return slots.values
    }

    /// One result slot per share, each written by its own share only.
    private final class Slots<Value>: @unchecked Sendable {
        private var slots: [Value?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            defer { lock.unlock() }
            slots[index] = value
        }

        package var values: [Value] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
