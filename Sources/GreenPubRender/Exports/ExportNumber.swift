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
        let exact = value.magnitude * powersOfTen[places]
        // Beyond 2^53 the digits are no longer exact: fall back to the shortest round trip.
        guard exact < 9_007_199_254_740_992 else {
            bytes.append(value.description)
            return true
        }
        // Half away from zero: the integer part and the rest are exact below 2^53.
        var units = UInt64(exact)
        if exact - Double(units) >= 0.5 { units += 1 }
        if units == 0 {
            bytes.append(UInt8(ascii: "0"))
            return true
        }
        let divisor = UInt64(powersOfTen[places])
        var fraction = units % divisor
        var fractionDigits = fraction == 0 ? 0 : places
        while fractionDigits > 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        bytes.appendDecimal(negative: value < 0, integer: units / divisor, fraction: fraction, fractionDigits: fractionDigits)
        return true
    }

    private static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
                                                100_000_000, 1_000_000_000]

    /// An integer count.
    static func text(_ value: Int) -> String { String(value) }
}
