import Clang
import Dispatch
import Foundation

/// Runs work on `jobs` threads, each with its own libclang index (indexes are not shared across
/// threads). Items are taken in the order given, one at a time, by whichever worker is free, so
/// the order is a schedule (largest first, say), never a partition.
struct WorkQueue: Sendable {
    var jobs: Int

    /// `body(index, item)` for every item; results in the order of `items`. A nil index (libclang
    /// could not create one) is handed to `body`, which reports it per file.
    func map<Item: Sendable, Output: Sendable>(_ items: [Item], _ body: @Sendable @escaping (Index?, Item) -> Output) -> [Output] {
        let slots = ResultSlots<Output>(count: items.count)
        forEach(Array(items.indices)) { index, position in
            slots.set(position, body(index, items[position]))
        }
        return slots.values()
    }

    /// `body(index, item)` for every item, for its effects.
    func forEach<Item: Sendable>(_ items: [Item], _ body: @Sendable @escaping (Index?, Item) -> Void) {
        guard !items.isEmpty else { return }
        let next = Counter()
        let workers = min(jobs, items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let index = try? Index()
            while true {
                let position = next.increment() - 1
                guard position < items.count else { break }
                body(index, items[position])
            }
        }
    }
}

/// A lock-protected counter.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    /// Adds one and returns the new value.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }

    var current: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

/// Lock-protected result storage for the worker threads.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ position: Int, _ value: Value) {
        lock.lock()
        storage[position] = value
        lock.unlock()
    }

    /// Every value, in order; each slot must have been set.
    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }

    /// The values of the slots that were set, in order.
    func filledValues() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
