/// `exp`, `log` and `pow` from IEEE basic operations only, so that the sample generator gives
/// the same bits on every platform (the system libm may differ in the last place, and a last
/// place can decide a rounding in the generated files).
enum DeterministicMath {
    private static let ln2 = 0.693_147_180_559_945_3

    /// Natural logarithm of a positive, finite number.
    static func log(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite, "log of \(x)")
        // x = m · 2^e with m in [1, 2); log m = 2 atanh((m − 1) / (m + 1)).
        let exponent = Double(x.exponent)
        let mantissa = x.significand
        let z = (mantissa - 1) / (mantissa + 1)
        let z2 = z * z
        var term = z
        var sum = 0.0
        var k = 1.0
        while true {
            let next = sum + term / k
            if next == sum { break }
            sum = next
            term *= z2
            k += 2
        }
        return 2 * sum + exponent * ln2
    }

    /// e to the power x, for |x| < 700.
    static func exp(_ x: Double) -> Double {
        precondition(abs(x) < 700, "exp of \(x)")
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        var n = 1.0
        while true {
            term *= r / n
            let next = sum + term
            if next == sum { break }
            sum = next
            n += 1
        }
        return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
    }

    /// base to the power exponent, for a positive base.
    static func pow(_ base: Double, _ exponent: Double) -> Double {
        if exponent == 0 { return 1 }
        if exponent == 1 { return base }
        return exp(exponent * log(base))
    }
}
