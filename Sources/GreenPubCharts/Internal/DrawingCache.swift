import Foundation

/// A memo of drawings that many charts of a site repeat (the legend and pattern definitions of
/// every institution's trend chart are those of its group): the first chart draws, the others
/// copy. Shared by every thread. It holds at most `capacity` drawings and then only answers
/// for those, so a site whose drawings never repeat costs a lookup each and no memory.
final class DrawingCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let capacity: Int

    init(capacity: Int = 256) { self.capacity = capacity }

    /// The value drawn for `key`, drawing it with `make` the first time.
    func value(for key: Key, make: () -> Value) -> Value {
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
