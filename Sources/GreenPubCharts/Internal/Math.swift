#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few libm functions the charts need, behind one import.
enum ChartMath {
    static func sine(_ angle: Double) -> Double { sin(angle) }
    static func cosine(_ angle: Double) -> Double { cos(angle) }
    static func log10Floor(_ value: Double) -> Int { Int(floor(log10(value))) }
    static func power(_ base: Double, _ exponent: Double) -> Double { pow(base, exponent) }
    static let pi = Double.pi

    /// 10^exponent, exact for exponents up to 22 in magnitude.
    static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(abs(exponent), 400) { result *= 10 }
        return exponent >= 0 ? result : 1 / result
    }
}
