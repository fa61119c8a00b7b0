import Foundation
import Testing
@testable import GreenPubKit

/// The build fingerprint's hash notices any one changed byte, whether it falls in a whole
/// eight-byte word or in the tail, and gives the same value for the same input.
@Suite struct FingerprintHashTests {
    func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash = FNV1a()
        hash.add(Data(bytes))
        return hash.value
    }

    @Test func sameInputSameValueAndEveryByteCounts() {
        let base = (0..<37).map { UInt8(truncatingIfNeeded: $0 &* 41 &+ 7) }
        #expect(hash(base) == hash(base))
        var seen: Set<UInt64> = [hash(base)]
        for index in base.indices {
            for flip: UInt8 in [0x01, 0x80] {
                var changed = base
                changed[index] ^= flip
                seen.insert(hash(changed))
            }
        }
        #expect(seen.count == 1 + base.count * 2)
    }

    @Test func boundariesBetweenPartsCount() {
        var joined = FNV1a()
        joined.add("ab")
        joined.add("c")
        var split = FNV1a()
        split.add("a")
        split.add("bc")
        #expect(joined.value != split.value)
        #expect(hash([]) != hash([0]))
    }
}
