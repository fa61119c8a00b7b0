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
        let chunk = max(1, items.count / (ProcessInfo.processInfo.activeProcessorCount * 16))
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
}
