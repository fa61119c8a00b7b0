import GreenPubBytes

/// Numbers in the exports: at most `decimals` decimals, rounded half away from zero, trailing
/// zeros dropped (`15402`, `11.9201`, `0.5`), `-` for negatives, never `-0`; written without
/// Foundation or locale, fast enough for every institution of a large county.
enum ExportNumber {
    /// The text of `value`, or nil when it is missing or not finite (JSON `null`, an empty CSV cell).
    static func text(_ value: Double?, decimals: Int) -> String? {
        let bytes = ByteBuffer(capacity: 32)
        guard append(value, decimals: decimals, to: bytes) else { return nil }
        return String(decoding: bytes.bytes, as: UTF8.self)
    }

    /// Appends the text of `value` to `bytes`; false (and nothing appended) when it is missing
    /// or not finite.
    @discardableResult
    static func append(_ value: Double?, decimals: Int, to bytes: ByteBuffer) -> Bool {
        guard let value, value.isFinite else { return false }
        let places = min(max(decimals, 0), 9)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 the digits are no longer exact: fall back to the shortest round trip.
        guard scaled < 9_007_199_254_740_992 else {
            bytes.append(value.description)
            return true
        }
        var units = UInt64(scaled)
        if units == 0 {
            bytes.append(UInt8(ascii: "0"))
            return true
        }
        // Digits from the last, laid out backwards from the end of a small buffer, then
        // appended in one piece.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digits in
            var index = digits.count
            func push(_ byte: UInt8) {
                index -= 1
                digits[index] = byte
            }
            var place = 0
            var seenNonZeroFraction = false
            while units > 0 || place <= places {
                let digit = UInt8(units % 10)
                units /= 10
                if place < places {
                    if digit != 0 || seenNonZeroFraction {
                        seenNonZeroFraction = true
                        push(48 + digit)
                    }
                } else {
                    if place == places, seenNonZeroFraction { push(UInt8(ascii: ".")) }
                    push(48 + digit)
                }
                place += 1
            }
            if value < 0 { push(UInt8(ascii: "-")) }
            bytes.append(UnsafeBufferPointer(rebasing: digits[index...]))
        }
        return true
    }

    /// An integer count.
    static func text(_ value: Int) -> String { String(value) }
}
