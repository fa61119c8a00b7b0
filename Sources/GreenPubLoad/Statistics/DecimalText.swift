/// Numbers in messages, written the same way on every machine (no locale, no exponent).
enum DecimalText {
    /// `value` rounded to `digits` decimals: `fixed(3.14159, digits: 2)` → `3.14`.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.description }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return SpreadsheetValueText.number(value) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var fraction = String(units % Int64(scale))
        fraction = String(repeating: "0", count: max(0, digits - fraction.count)) + fraction
        let sign = value < 0 && units != 0 ? "-" : ""
        return sign + String(whole) + (digits > 0 ? "." + fraction : "")
    }

    /// An intensity: two decimals, or four significant ones below 0.1 so small values stay visible.
    static func intensity(_ value: Double) -> String {
        if value == 0 { return "0" }
        if abs(value) >= 0.1 { return fixed(value, digits: 2) }
        var digits = 2
        var probe = abs(value)
        while probe < 0.1 && digits < 12 {
            probe *= 10
            digits += 1
        }
        return fixed(value, digits: digits + 2)
    }

    /// The shortest exact form: `3` for 3.0, `2.5`.
    static func plain(_ value: Double) -> String { SpreadsheetValueText.number(value) }
}
