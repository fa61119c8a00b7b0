import Testing
@testable import GreenPubModel

/// The memo of repeated values: made once per key, and no more than its capacity kept.
@Suite struct SharedMemoTests {
    final class Counter: @unchecked Sendable { var count = 0 }

    @Test func makesOncePerKeyAndKeepsAtMostItsCapacity() {
        let cache = SharedMemo<Int, String>(capacity: 2)
        let made = Counter()
        func value(_ key: Int) -> String {
            cache.value(for: key) {
                made.count += 1
                return "value \(key)"
            }
        }
        #expect([value(1), value(1), value(2), value(1)] == ["value 1", "value 1", "value 2", "value 1"])
        #expect(made.count == 2)
        // Full: a third key is made every time, the first two still come from the memo.
        #expect([value(3), value(3), value(2)] == ["value 3", "value 3", "value 2"])
        #expect(made.count == 4)
    }
}
