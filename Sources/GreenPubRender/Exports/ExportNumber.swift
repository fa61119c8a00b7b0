/// Numbers in the exports: at most `decimals` decimals, rounded half away from zero, trailing
/// zeros dropped (`15402`, `11.9201`, `0.5`), `-` for negatives, never `-0`; written without
/// Foundation or locale, fast enough for every institution of a large county.
enum ExportNumber {
    /// The text of `value`, or nil when it is missing or not finite (JSON `null`, an empty CSV cell).
    static func text(_ value: Double?, decimals: Int) -> String? {
        guard let value, value.isFinite else { return nil }
        let places = min(max(decimals, 0), 9)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 the digits are no longer exact: fall back to the shortest round trip.
        guard scaled < 9_007_199_254_740_992 else { return value.description }
        var units = UInt64(scaled)
        if units == 0 { return "0" }
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var place = 0
        var seenNonZeroFraction = false
        while units > 0 || place <= places {
            let digit = UInt8(units % 10)
            units /= 10
            if place < places {
                if digit != 0 || seenNonZeroFraction {
                    seenNonZeroFraction = true
                    digits.append(48 + digit)
                }
            } else {
                if place == places, seenNonZeroFraction { digits.append(UInt8(ascii: ".")) }
                digits.append(48 + digit)
            }
            place += 1
        }
        if value < 0 { digits.append(UInt8(ascii: "-")) }
        return String(decoding: digits.reversed(), as: UTF8.self)
    }

    /// An integer count.
    static func text(_ value: Int) -> String { String(value) }
}
