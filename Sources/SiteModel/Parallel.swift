/// Ordered parallel work over independent items.
public enum Parallel {
    /// `transform` applied to every item, at most `jobs` at once, results in the order of `items`,
    /// so the outcome is the same as a sequential `map` whatever the number of jobs. `finished`
    /// hears how many items are done after each one.
    public static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], jobs: Int, finished: (@Sendable (Int) -> Void)? = nil,
        _ transform: @escaping @Sendable (Item) async -> Output
    ) async -> [Output] {
        await withTaskGroup(of: (Int, Output).self) { group in
            // At most `jobs` items in flight, so a large archive is not all in memory at once.
            var next = 0
            func startNext() {
                guard next < items.count else { return }
                let position = next
                next += 1
                group.addTask { (position, await transform(items[position])) }
            }
            for _ in 0..<max(1, jobs) { startNext() }
            var results = [Output?](repeating: nil, count: items.count)
            var done = 0
            while let (position, result) = await group.next() {
                results[position] = result
                done += 1
                finished?(done)
                startNext()
            }
            return results.map { $0! }
        }
    }

    /// `transform` over `items` in groups, `jobs` groups at once, results in order: a task per
    /// file would cost more than looking at one.
    package static func inGroups<Item: Sendable, Output: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Output
    ) async -> [Output] {
        let size = 256
        let groups = stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
        return await Parallel.map(groups, jobs: jobs) { $0.map(transform) }.flatMap { $0 }
    }
}
