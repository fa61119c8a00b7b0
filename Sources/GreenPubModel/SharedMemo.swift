import Foundation

/// A memo of values that many pages of a site repeat (the legend of every institution's trend
/// chart is its group's; the menu of every page in a folder is the same): the first page makes
/// the value, the others reuse it. Shared by every thread. It holds at most `capacity` values
/// and then only answers for those, so a site whose values never repeat costs a lookup each
/// and no memory.
///
/// `value(for:make:)` is inlinable, so that each user's dictionary lookup is compiled for its own
/// key type instead of going through the generic one (hashing a legend's items that way was
/// half the cost of the memo).
public final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    @usableFromInline let lock = NSLock()
    @usableFromInline var values: [Key: Value] = [:]
    @usableFromInline let capacity: Int

    public init(capacity: Int = 256) { self.capacity = capacity }

    /// The value for `key`, made with `make` the first time.
    @inlinable
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
