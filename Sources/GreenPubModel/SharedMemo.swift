import Foundation

/// A memo of values that many pages of a site repeat (the legend of every institution's trend
/// chart is its group's; the menu of every page in a folder is the same): the first page makes
/// the value, the others reuse it. Shared by every thread. It holds at most `capacity` values
/// and then only answers for those, so a site whose values never repeat costs a lookup each
/// and no memory.
public final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let capacity: Int

    public init(capacity: Int = 256) { self.capacity = capacity }

    /// The value for `key`, made with `make` the first time.
    public func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        let cached = values[key]
        lock.unlock()
        if let cached { return cached }
        let made = make()
        lock.lock()
        if values.count < capacity { values[key] = made }
        lock.unlock()
        return made
    }
}
