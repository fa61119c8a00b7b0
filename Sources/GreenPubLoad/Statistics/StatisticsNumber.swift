/// A decimal number as written in a statistics cell, read without a locale.
///
/// Accepted: surrounding white space (also full-width spaces), full-width digits, a sign,
/// thousands separators in groups of three (`1,234,567.5`), a decimal point, an exponent
/// (`1.2E+5`). Commas anywhere else are refused rather than guessed at.
struct StatisticsNumber: Equatable {
    var isNegative: Bool
    /// The digits without separators or point.
    var digits: Digits
    /// How many of the digits come after the point (1 for `1234.5`).
    var fractionDigits: Int
    /// The written exponent (`E+5`), 0 when there is none.
    var exponent: Int

    enum Digits: Equatable {
        /// Up to 19 digits as an integer: `1,234.5` is 12345.
        case integer(UInt64)
        /// Longer ones as written, with at most one `.`, as in `1234.5`.
        case text(String)
    }

    /// What a cell holds.
    enum Reading: Equatable {
        case empty
        case number(StatisticsNumber)
        case invalid
    }

    static func read(_ text: String) -> Reading {
        // Most cells are plain ASCII: read their bytes in place.
        var utf8 = text
        let ascii: Reading? = utf8.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var end = bytes.count
            while end > 0, isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
            var start = 0
            while start < end, isASCIIWhitespace(bytes[start]) { start += 1 }
            if start == end { return .empty }
            guard let number = parse(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return .invalid }
            return .number(number)
        }
        if let ascii { return ascii }
        var scalars: [UInt8] = []
        scalars.reserveCapacity(text.utf8.count)
        var sawContent = false
        var trailingSpace = 0
        for scalar in text.unicodeScalars {
            if scalar.isWhitespace {
                if sawContent { trailingSpace += 1 }
                continue
            }
            if trailingSpace > 0 { return .invalid }  // space inside the number
            sawContent = true
            let value: UInt32
            switch scalar.value {
            case 0xFF10...0xFF19: value = scalar.value - 0xFF10 + 0x30  // full-width digits
            case 0xFF0C: value = 0x2C  // ，
            case 0xFF0E: value = 0x2E  // ．
            case 0xFF0B: value = 0x2B  // ＋
            case 0xFF0D, 0x2212: value = 0x2D  // －, minus sign
            default: value = scalar.value
            }
            guard value < 0x80 else { return .invalid }
            scalars.append(UInt8(value))
        }
        if scalars.isEmpty { return .empty }
        guard let number = scalars.withUnsafeBufferPointer(parse) else { return .invalid }
        return .number(number)
    }

    /// Parses a non-empty cell without surrounding white space. The digits are gathered in a
    /// buffer on the stack (a short number makes no allocation at all).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> StatisticsNumber? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { digits in
            parse(bytes, digits: digits)
        }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, digits: UnsafeMutableBufferPointer<UInt8>) -> StatisticsNumber? {
        var count = 0
        func put(_ byte: UInt8) {
            digits[count] = byte
            count += 1
        }
        var index = 0
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var integerDigits = 0
        var groupLength = 0
        var sawComma = false
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                put(byte)
                integerDigits += 1
                groupLength += 1
            } else if byte == UInt8(ascii: ",") {
                // The first group has 1-3 digits, every later one exactly 3.
                guard groupLength >= 1, groupLength <= 3, !sawComma || groupLength == 3 else { return nil }
                sawComma = true
                groupLength = 0
            } else {
                break
            }
            index += 1
        }
        if sawComma && groupLength != 3 { return nil }
        var fractionDigits = 0
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count && isDigit(bytes[index]) {
                // "0" before a leading point, and the point only when a digit follows it.
                if fractionDigits == 0 {
                    if integerDigits == 0 { put(UInt8(ascii: "0")) }
                    put(UInt8(ascii: "."))
                }
                put(bytes[index])
                fractionDigits += 1
                index += 1
            }
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        var exponent = 0
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            var exponentNegative = false
            if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponentDigits = 0
            while index < bytes.count && isDigit(bytes[index]) {
                guard exponentDigits < 4 else { return nil }
                exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        guard index == bytes.count else { return nil }
        let digitCount = count - (fractionDigits > 0 ? 1 : 0)  // the point is not a digit
        let written: Digits
        if digitCount <= 19 {
            var value: UInt64 = 0
            for position in 0..<count where digits[position] != UInt8(ascii: ".") {
                value = value &* 10 &+ UInt64(digits[position] &- UInt8(ascii: "0"))
            }
            written = .integer(value)
        } else {
            written = .text(String(decoding: UnsafeBufferPointer(rebasing: digits[..<count]), as: UTF8.self))
        }
        return StatisticsNumber(isNegative: negative, digits: written, fractionDigits: fractionDigits, exponent: exponent)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// 10^0 ... 10^22, each exactly a `Double`.
    private static let exactPowersOfTen: [Double] = (0...22).map { power in
        (0..<power).reduce(1.0) { product, _ in product * 10 }
    }

    /// The value times 10^`tens`, shifted in decimal so that `1.2345` 万 is exactly `12345`.
    ///
    /// Correctly rounded, as the C library's `strtod` is: a significand of at most 2^53 and a
    /// power of ten up to 10^22 are both exact doubles, so one multiplication or division
    /// rounds once, to the nearest double of the exact value. Anything else goes through the
    /// decimal text and `strtod`.
    func value(timesPowerOfTen tens: Int = 0) -> Double {
        let magnitude: Double
        switch digits {
        case .integer(let significand):
            let power = exponent + tens - fractionDigits
            if significand <= 1 << 53, (-22...22).contains(power) {
                let exact = Double(significand)
                magnitude = power >= 0 ? exact * Self.exactPowersOfTen[power] : exact / Self.exactPowersOfTen[-power]
            } else {
                magnitude = Double("\(significand)e\(power)") ?? .nan
            }
        case .text(let text):
            let shift = exponent + tens
            magnitude = Double(shift == 0 ? text : "\(text)e\(shift)") ?? .nan
        }
        return isNegative ? -magnitude : magnitude
    }

    /// True when the number is below zero (`-0` is not).
    var isBelowZero: Bool {
        guard isNegative else { return false }
        switch digits {
        case .integer(let significand): return significand != 0
        case .text(let text): return text.utf8.contains { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }
        }
    }
}
