import GreenPubBytes

/// Escaping and number printing shared by the SVG and HTML writers.
enum Markup {
    /// Escapes text for XML/HTML element content and attribute values (`& < > " '`).
    /// Characters that XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) become U+FFFD.
    static func escape(_ text: String) -> String {
        if isClean(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Appends `escape(text)` as UTF-8 to `bytes`.
    static func appendEscaped(_ text: String, to bytes: ByteBuffer) {
        bytes.append(isClean(text) ? text : escape(text))
    }

    /// True when `escape` would change nothing: no `& < > " '`, no C0 control other than tab
    /// and newlines, no U+FFFE or U+FFFF (EF BF BE, EF BF BF). Most text is clean.
    private static func isClean(_ text: String) -> Bool {
        text.withUTF8Bytes(isClean)
    }

    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The bytes to look at, as a set of 256 bits: C0 controls, `" & ' < >` (0x00-0x3F),
        // and 0xBE, 0xBF (the last byte of U+FFFE, U+FFFF). Letters and the lead bytes of
        // Chinese characters are in neither word.
        let controlsAndMarkup: UInt64 = 0x5000_00C4_FFFF_FFFF
        let lastBytesOfNonCharacters: UInt64 = 0xC000_0000_0000_0000
        for index in bytes.indices {
            let byte = bytes[index]
            let flags: UInt64
            switch byte >> 6 {
            case 0: flags = controlsAndMarkup
            case 2: flags = lastBytesOfNonCharacters
            default: continue
            }
            if (flags >> UInt64(byte & 63)) & 1 == 0 { continue }
            switch byte {
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                continue
            case 0xBE, 0xBF:
                if index >= 2, bytes[index - 2] == 0xEF, bytes[index - 1] == 0xBF { return false }
            default:
                return false
            }
        }
        return true
    }

    /// Turns a caller's chart id into a fragment safe for `id` attributes and `url(#…)`:
    /// ASCII letters, digits and `-` are kept, every other character becomes `_<hex>_`
    /// (so distinct ids stay distinct). An empty id becomes `chart`.
    static func idFragment(_ raw: String) -> String {
        guard !raw.isEmpty else { return "chart" }
        var result = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-": result.unicodeScalars.append(scalar)
            default: result += "_" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        return result
    }

    /// A coordinate or length for SVG: at most two decimals, no trailing zeros, never `nan`.
    static func number(_ value: Double) -> String {
        let bytes = ByteBuffer(capacity: 24)
        appendNumber(value, to: bytes)
        return String(decoding: bytes.bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `number(value)` to `bytes` without making a string.
    static func appendNumber(_ value: Double, to bytes: ByteBuffer) {
        guard value.isFinite else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        // Fast path, the same digits as the decimal path: when value × 100 is not within a hair
        // of a rounding tie, rounding the binary product gives the decimal rounding.
        let scaled = value * 100
        if scaled.magnitude < 1e15 {
            // The integer part and the fraction are exact below 2^52; rounding half away from
            // zero by hand spares a call to `round`.
            let whole = Int64(scaled)
            let fraction = scaled - Double(whole)
            if (fraction.magnitude - 0.5).magnitude > 1e-6 {
                appendHundredths(whole + (fraction >= 0.5 ? 1 : fraction <= -0.5 ? -1 : 0), to: bytes)
                return
            }
        }
        var decimal = ChartNumberFormat.format(value, decimals: 2)
        if decimal.contains(".") {
            while decimal.hasSuffix("0") { decimal.removeLast() }
            if decimal.hasSuffix(".") { decimal.removeLast() }
        }
        bytes.append(decimal)
    }

    /// Appends `n / 100` with at most two decimals and no trailing zeros (1250 -> "12.5").
    static func appendHundredths(_ n: Int64, to bytes: ByteBuffer) {
        let magnitude = n.magnitude
        let hundredths = magnitude % 100
        let (fraction, digits): (UInt64, Int) = hundredths == 0 ? (0, 0)
            : hundredths % 10 == 0 ? (hundredths / 10, 1) : (hundredths, 2)
        bytes.appendDecimal(negative: n < 0, integer: magnitude / 100, fraction: fraction, fractionDigits: digits)
    }
}
