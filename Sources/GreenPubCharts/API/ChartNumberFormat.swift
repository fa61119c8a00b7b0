/// Locale-independent, deterministic number formatting for charts, tables and prose.
///
/// Rounding is half away from zero on the shortest decimal representation of the value, so the
/// number a person typed (`1.005`) rounds as they expect (`1.01` at two decimals), whatever the
/// binary floating-point error. The minus sign is ASCII `-`; a value that rounds to zero is
/// printed without a sign. Missing or non-finite values print as ``missing``.
public enum ChartNumberFormat {
    /// The text printed for a missing, NaN or infinite value (an em dash).
    public static let missing = "—"

    /// The most decimals honoured; larger requests are clamped.
    public static let maximumDecimals = 12

    /// Formats `value` with exactly `decimals` digits after the point.
    /// - Parameters:
    ///   - value: the number; NaN and infinities give ``missing``.
    ///   - decimals: digits after the decimal point (negative counts as 0, at most 12).
    ///   - grouping: insert `,` between groups of three integer digits (`15,402`).
    public static func format(_ value: Double, decimals: Int, grouping: Bool = false) -> String {
        guard value.isFinite else { return missing }
        let places = min(max(decimals, 0), maximumDecimals)
        return binaryFormat(value, places: places, grouping: grouping)
            ?? decimalFormat(value, places: places, grouping: grouping)
    }

    /// The fast path: rounds the binary product `value × 10^places` and prints the integer.
    /// Taken only when the product is below 10⁹ (its error against the shortest decimal
    /// representation is then under 3×10⁻⁷) and at least 10⁻⁶ away from a rounding tie, so the
    /// result is always the decimal path's; `nil` otherwise.
    static func binaryFormat(_ value: Double, places: Int, grouping: Bool) -> String? {
        guard let units = binaryUnits(value, places: places) else { return nil }
        // Written on the stack, then made a string: one of at most 15 bytes (most numbers) is
        // stored inline, with no allocation. (`String(unsafeUninitializedCapacity:)` with room
        // for the longest number, 9 digits, 2 separators, a sign and a point, would allocate
        // for every number, however short.)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            let count = writeDigits(units: units, negative: value < 0, places: places, grouping: grouping, into: buffer)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
        }
    }

    /// `value × 10^places` rounded, when the binary product is safe to print (see `binaryFormat`).
    private static func binaryUnits(_ value: Double, places: Int) -> Int? {
        guard places < powersOfTen.count else { return nil }
        let scaled = value.magnitude * powersOfTen[places]
        guard scaled < 1e9 else { return nil }
        let rounded = scaled.rounded()
        guard ((scaled - rounded).magnitude - 0.5).magnitude > 1e-6 else { return nil }
        return Int(rounded)
    }

    /// Writes `units / 10^places` (below 10⁹) into `buffer` (at least 24 bytes); returns the
    /// number of bytes written.
    private static func writeDigits(units: Int, negative: Bool, places: Int, grouping: Bool,
                                    into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        // Laid out backwards from the end, then moved to the front.
        var index = buffer.count
        func put(_ byte: UInt8) {
            index -= 1
            buffer[index] = byte
        }
        var magnitude = units
        for _ in 0..<places {
            put(UInt8(48 + magnitude % 10))
            magnitude /= 10
        }
        if places > 0 { put(UInt8(ascii: ".")) }
        var digits = 0
        repeat {
            if grouping, digits > 0, digits % 3 == 0 { put(UInt8(ascii: ",")) }
            put(UInt8(48 + magnitude % 10))
            magnitude /= 10
            digits += 1
        } while magnitude > 0
        if negative, units != 0 { put(UInt8(ascii: "-")) }
        let count = buffer.count - index
        if index > 0 {
            let base = UnsafeMutableRawPointer(buffer.baseAddress!)
            base.copyMemory(from: base + index, byteCount: count)  // memmove: the ranges may overlap
        }
        return count
    }

    /// Appends `format(value, decimals:, grouping:)` to UTF-8 `bytes` without making a string.
    public static func append(_ value: Double, decimals: Int, grouping: Bool = false, to bytes: inout [UInt8]) {
        let places = min(max(decimals, 0), maximumDecimals)
        guard value.isFinite, let units = binaryUnits(value, places: places) else {
            bytes.append(contentsOf: format(value, decimals: places, grouping: grouping).utf8)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            let count = writeDigits(units: units, negative: value < 0, places: places, grouping: grouping, into: buffer)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    private static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// The decimal path: rounds the shortest decimal representation digit by digit.
    static func decimalFormat(_ value: Double, places: Int, grouping: Bool) -> String {
        var number = DecimalDigits(magnitudeOf: value)
        number.round(toPlaces: places)
        var integerPart = number.integerDigits()
        if grouping { integerPart = grouped(integerPart) }
        let fraction = number.fractionDigits(places)
        let sign = (value < 0 && !number.isZero) ? "-" : ""
        return fraction.isEmpty ? sign + integerPart : sign + integerPart + "." + fraction
    }

    /// Formats an optional value; `nil` gives ``missing``.
    public static func format(_ value: Double?, decimals: Int, grouping: Bool = false) -> String {
        guard let value else { return missing }
        return format(value, decimals: decimals, grouping: grouping)
    }

    /// Formats a share given in percent (`47.3123` -> `47.31%`).
    public static func percent(_ value: Double?, decimals: Int) -> String {
        guard let value, value.isFinite else { return missing }
        return format(value, decimals: decimals) + "%"
    }

    private static func grouped(_ digits: String) -> String {
        let characters = Array(digits)
        guard characters.count > 3 else { return digits }
        var result = ""
        for (index, character) in characters.enumerated() {
            if index > 0 && (characters.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

/// A non-negative decimal number as digits and the position of the decimal point:
/// value = 0.d₀d₁d₂… × 10^pointPosition, with no leading zero digit.
struct DecimalDigits {
    private(set) var digits: [UInt8]
    private(set) var pointPosition: Int

    var isZero: Bool { digits.isEmpty }

    /// Reads the shortest round-trip representation that the standard library prints.
    /// Works on the ASCII bytes of that text: this runs for every number of every page.
    init(magnitudeOf value: Double) {
        let text = value.magnitude.description  // e.g. "15402.0", "1e-05", "1.2345e+20"
        var collected: [UInt8] = []
        collected.reserveCapacity(20)
        var integerCount = 0
        var seenPoint = false
        var exponent = 0
        var inExponent = false
        var exponentSign = 1
        for byte in text.utf8 {
            if inExponent {
                if byte == UInt8(ascii: "-") { exponentSign = -1 } else if byte >= 48 && byte <= 57 { exponent = exponent * 10 + Int(byte - 48) }
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                inExponent = true
            } else if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte >= 48 && byte <= 57 {
                collected.append(byte - 48)
                if !seenPoint { integerCount += 1 }
            }
        }
        var position = integerCount + exponent * exponentSign
        var start = 0
        while start < collected.count && collected[start] == 0 {
            start += 1
            position -= 1
        }
        var end = collected.count
        while end > start && collected[end - 1] == 0 { end -= 1 }
        digits = Array(collected[start..<end])
        pointPosition = digits.isEmpty ? 0 : position
    }

    /// Rounds half away from zero so that at most `places` digits follow the point.
    mutating func round(toPlaces places: Int) {
        guard !digits.isEmpty else { return }
        let keep = pointPosition + places
        if keep >= digits.count { return }
        if keep < 0 {
            digits = []
            pointPosition = 0
            return
        }
        let roundsUp = digits[keep] >= 5
        var kept = Array(digits[0..<keep])
        var position = pointPosition
        if roundsUp {
            var index = kept.count - 1
            var carry = true
            while carry && index >= 0 {
                if kept[index] == 9 {
                    kept[index] = 0
                    index -= 1
                } else {
                    kept[index] += 1
                    carry = false
                }
            }
            if carry {
                kept.insert(1, at: 0)
                position += 1
            }
        }
        while let last = kept.last, last == 0 { kept.removeLast() }
        digits = kept
        pointPosition = kept.isEmpty ? 0 : position
    }

    /// The integer part, at least "0".
    func integerDigits() -> String {
        guard pointPosition > 0 else { return "0" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pointPosition)
        for index in 0..<pointPosition {
            bytes.append(48 + (index < digits.count ? digits[index] : 0))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Exactly `places` digits after the point.
    func fractionDigits(_ places: Int) -> String {
        guard places > 0 else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(places)
        for offset in 0..<places {
            let index = pointPosition + offset
            bytes.append(48 + (index >= 0 && index < digits.count ? digits[index] : 0))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
