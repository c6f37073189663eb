import Foundation

/// Large values let go of on another thread.
///
/// A rebuild ends holding the graph, its summaries and the caches: hundreds of thousands of
/// small objects whose release took a tenth of a second of a one-article rebuild at 10,000
/// articles, after the site was already swapped in. Handed over here, they are released while
/// the build reports and its process ends (ending the process frees them with it).
enum Disposal {
    /// Releases `value` on another thread. The caller hands over its own last copy (`consume`),
    /// so that the release happens there and not when the caller's variables go.
    static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    /// Holds a value until `empty`; only ever touched by one thread at a time (made on one,
    /// emptied on the other).
    private final class Box<Value: Sendable>: @unchecked Sendable {
        private var value: Value?

        init(_ value: consuming Value) { self.value = value }

        func empty() { value = nil }
    }
}
