extension ByteBuffer {
    /// Appends a decimal number: `-` when `negative`, the digits of `integer`, then, when
    /// `fractionDigits` is above zero, a point and `fraction` in exactly that many digits (its
    /// leading zeros kept: fraction 5 in two digits is `.05`). The digits are counted, then laid
    /// out from the last, straight into the buffer.
    @inlinable
    public func appendDecimal(negative: Bool, integer: UInt64, fraction: UInt64 = 0, fractionDigits: Int = 0) {
        var integerDigits = 1
        var rest = integer
        while rest >= 10 {
            rest /= 10
            integerDigits += 1
        }
        let fractionDigits = max(fractionDigits, 0)
        append(upTo: 2 + integerDigits + fractionDigits) { out in
            var length = 0
            if negative {
                out[0] = UInt8(ascii: "-")
                length = 1
            }
            length += integerDigits
            var position = length
            var integer = integer
            repeat {
                position -= 1
                out[position] = UInt8(truncatingIfNeeded: 48 + integer % 10)
                integer /= 10
            } while integer > 0
            if fractionDigits > 0 {
                out[length] = UInt8(ascii: ".")
                length += 1 + fractionDigits
                position = length
                var fraction = fraction
                for _ in 0..<fractionDigits {
                    position -= 1
                    out[position] = UInt8(truncatingIfNeeded: 48 + fraction % 10)
                    fraction /= 10
                }
            }
            return length
        }
    }
}
