/// A linear axis whose ticks are round numbers (steps of 1, 2 or 5 × 10ⁿ) covering the data.
struct NiceScale: Equatable {
    /// The axis runs from `lower` to `upper`; both are ticks.
    let lower: Double
    let upper: Double
    /// Distance between ticks.
    let step: Double
    /// Tick values from `lower` to `upper`.
    let ticks: [Double]
    /// Decimals needed to print every tick exactly.
    let decimals: Int

    /// A scale covering `dataMin...dataMax` (and zero if asked) with at most `maxTicks` ticks
    /// (at least 2, and at least 3 when the range crosses zero).
    init(dataMin: Double, dataMax: Double, includeZero: Bool, maxTicks: Int) {
        var low = dataMin.isFinite ? dataMin : 0
        var high = dataMax.isFinite ? dataMax : 0
        if low > high { swap(&low, &high) }
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if low == high {
            if low == 0 {
                high = 1
            } else {
                let pad = low.magnitude * 0.1
                low -= pad
                high += pad
            }
        }
        // Keep the range finite for extreme inputs.
        let limit = 1e300
        low = max(low, -limit)
        high = min(high, limit)
        // A range across zero needs at least three ticks (below, zero, above).
        let intervals = max(max(maxTicks, 2) - 1, low < 0 && high > 0 ? 2 : 1)
        let rawStep = (high - low) / Double(intervals)
        var exponent = ChartMath.log10Floor(rawStep)
        var mantissaIndex = 0
        let mantissas: [Double] = [1, 2, 5]
        // Find the smallest nice step >= rawStep.
        while mantissas[mantissaIndex] * ChartMath.powerOfTen(exponent) < rawStep * (1 - 1e-12) {
            mantissaIndex += 1
            if mantissaIndex == mantissas.count {
                mantissaIndex = 0
                exponent += 1
            }
        }
        var firstIndex = 0.0
        var lastIndex = 0.0
        var step = 0.0
        while true {
            step = mantissas[mantissaIndex] * ChartMath.powerOfTen(exponent)
            firstIndex = (low / step).rounded(.down)
            lastIndex = (high / step).rounded(.up)
            // Division error (0.3 / 0.1 = 2.9999999999999996) must not add a tick.
            if (firstIndex + 1) * step <= low + low.magnitude * 1e-12 { firstIndex += 1 }
            if (lastIndex - 1) * step >= high - high.magnitude * 1e-12 { lastIndex -= 1 }
            if lastIndex - firstIndex <= Double(intervals) { break }
            mantissaIndex += 1
            if mantissaIndex == mantissas.count {
                mantissaIndex = 0
                exponent += 1
            }
        }
        if lastIndex == firstIndex { lastIndex += 1 }
        let mantissa = mantissas[mantissaIndex]
        func tick(_ index: Double) -> Double {
            exponent >= 0
                ? index * mantissa * ChartMath.powerOfTen(exponent)
                : index * mantissa / ChartMath.powerOfTen(-exponent)
        }
        var values: [Double] = []
        var index = firstIndex
        while index <= lastIndex {
            values.append(tick(index) == 0 ? 0 : tick(index))
            index += 1
        }
        self.step = step
        self.ticks = values
        self.lower = values.first ?? 0
        self.upper = values.last ?? 1
        self.decimals = max(0, -exponent)
    }

    /// Position of `value` on an axis drawn from `start` (at `lower`) to `end` (at `upper`).
    func position(of value: Double, from start: Double, to end: Double) -> Double {
        guard upper > lower else { return start }
        return start + (value - lower) / (upper - lower) * (end - start)
    }

    /// The most ticks whose labels fit along an axis of `length` units, between 2 and 8.
    static func fitting(dataMin: Double, dataMax: Double, includeZero: Bool, length: Double,
                        labelSpacing: (NiceScale) -> Double) -> NiceScale {
        var count = 8
        while count > 2 {
            let scale = NiceScale(dataMin: dataMin, dataMax: dataMax, includeZero: includeZero, maxTicks: count)
            let gaps = Double(max(scale.ticks.count - 1, 1))
            if length / gaps >= labelSpacing(scale) { return scale }
            count -= 1
        }
        return NiceScale(dataMin: dataMin, dataMax: dataMax, includeZero: includeZero, maxTicks: 2)
    }
}
