/// Locale-free number text for evaluation messages: at most `decimals` decimals, trailing
/// zeros dropped (`42000`, `76.5`, `1.38`).
enum EvaluationNumberFormat {
    static func text(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return String(value) }
        let scale = pow10(decimals)
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.0e15 else { return String(value) }
        let units = Int(scaled)
        let factor = Int(scale)
        let whole = units / factor
        var fraction = decimals > 0 ? String(units % factor) : ""
        if decimals > 0 {
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let sign = value < 0 && units != 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Fixed decimals (`11.90`), as the plan prints its figures.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return String(value) }
        let scale = pow10(decimals)
        let units = Int((abs(value) * scale).rounded())
        let factor = Int(scale)
        var text = String(units / factor)
        if decimals > 0 {
            let fraction = String(units % factor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? "-" : "") + text
    }

    static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }

    /// `value` rounded half away from zero at `decimals` (nil: unrounded).
    static func rounded(_ value: Double, decimals: Int?) -> Double {
        guard let decimals else { return value }
        let scale = pow10(decimals)
        return (value * scale).rounded() / scale
    }
}
