import Foundation

/// Order-preserving parallel map over every core, for independent pieces of work (pages,
/// statistics files, groups of a list). The result does not depend on the scheduling, so the
/// output stays byte-identical from run to run.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        // Chunks of at most 64 items: enough to make the hand-out cheap, few enough that the
        // last chunk does not leave the other cores idle (at 30,000 pages a chunk of ~940 pages
        // kept one core busy alone for a tenth of a second at the end).
        let chunk = max(1, min(items.count / (ProcessInfo.processInfo.activeProcessorCount * 16), 64))
        let chunks = (items.count + chunk - 1) / chunk
        nonisolated(unsafe) let buffer = results
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let start = index * chunk
            for i in start..<min(start + chunk, items.count) {
                buffer[i] = transform(items[i])
            }
        }
        return results.map { $0! }
    }

    /// Runs `first` on the calling thread and `second` on a thread of its own at the same time,
    /// and returns both results. Unlike a `map` over the two, a `map` inside `first` still gets
    /// every core (a `map` nested in another runs on one thread), and pairs nest: the waiting
    /// thread is never one of the shared pool's, which would leave the pool a thread short
    /// until it noticed (about a second).
    public static func pair<A, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let result = ResultBox<B>()
        let thread = Thread {
            result.value = second()
            result.done.signal()
        }
        thread.start()
        let a = first()
        result.done.wait()
        return (a, result.value!)
    }
}

/// The result of `pair`'s second closure: written by one thread, read after `done`.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
    let done = DispatchSemaphore(value: 0)
}
