/// The small numerical tools the sample generator calibrates with. All linear in the number of
/// institutions (times a fixed number of bisection steps).
enum SynthMath {
    /// Rounds non-negative values to integers whose sum is exactly `total` (largest remainder),
    /// none below `minimum`.
    static func roundPreservingSum(_ values: [Double], total: Int, minimum: Int = 0) -> [Int] {
        guard !values.isEmpty else { return [] }
        // Nothing to go by: share equally.
        let values = values.reduce(0, +) > 0 ? values : values.map { _ in 1.0 }
        let sum = values.reduce(0, +)
        let scale = sum > 0 ? Double(total) / sum : 0
        var result = values.map { max(minimum, Int(($0 * scale).rounded(.down))) }
        var remaining = total - result.reduce(0, +)
        // Hand out what is left by largest remainder, ties by position: a total order.
        let order = values.indices.sorted { a, b in
            let ra = values[a] * scale - Double(result[a])
            let rb = values[b] * scale - Double(result[b])
            return ra != rb ? ra > rb : a < b
        }
        var cursor = 0
        while remaining > 0 {
            result[order[cursor % order.count]] += 1
            remaining -= 1
            cursor += 1
        }
        // Take back from the largest values if the minimum pushed the sum over.
        let largest = values.indices.sorted { result[$0] != result[$1] ? result[$0] > result[$1] : $0 < $1 }
        cursor = 0
        while remaining < 0, cursor < largest.count * 1000 {
            let i = largest[cursor % largest.count]
            if result[i] > minimum {
                result[i] -= 1
                remaining += 1
            }
            cursor += 1
        }
        return result
    }

    /// Shares `total` out in proportion to `weights`, nobody above its cap; what the caps
    /// cannot hold goes out in proportion to the weights regardless of caps (or equally when
    /// every weight is zero), so the sum is always `total`.
    static func allocate(_ total: Double, weights: [Double], caps: [Double]) -> [Double] {
        let n = weights.count
        guard n > 0, total > 0 else { return Array(repeating: 0, count: n) }
        var result = Array(repeating: 0.0, count: n)
        var open = Array(repeating: true, count: n)
        var left = total
        for _ in 0..<n {
            let weightSum = weights.indices.filter { open[$0] }.reduce(0.0) { $0 + weights[$1] }
            guard weightSum > 0, left > 0 else { break }
            var capped = false
            for i in weights.indices where open[i] && weights[i] > 0 {
                if left * weights[i] / weightSum > caps[i] - result[i] { capped = true }
            }
            if !capped {
                for i in weights.indices where open[i] { result[i] += left * weights[i] / weightSum }
                left = 0
                break
            }
            for i in weights.indices where open[i] && weights[i] > 0 && left * weights[i] / weightSum > caps[i] - result[i] {
                left -= max(0, caps[i] - result[i])
                result[i] = max(result[i], caps[i])
                open[i] = false
            }
        }
        if left > 1e-9 {
            let weightSum = weights.reduce(0, +)
            for i in weights.indices {
                result[i] += weightSum > 0 ? left * weights[i] / weightSum : left / Double(n)
            }
        }
        return result
    }

    /// How a calibrated intensity enters its total: `amount ÷ intensity` (an area from energy
    /// and energy per m²) or `amount × intensity` (water from users and water per user).
    enum Composition {
        case divides
        case multiplies
    }

    /// Intensities `v_i = α · base_i^β · jitter_i` whose plain mean is `mean` and whose implied
    /// total Σ amount_i ÷ v_i (or × v_i) is `total`: the exponent β spreads or narrows the
    /// intensities until the mean of institutions and the ratio of totals are both met. The
    /// root nearest `start` is taken (the mildest spread when `start` is 0); without a root,
    /// the β that comes nearest.
    static func calibrateIntensities(
        amounts: [Double], base: [Double], jitter: [Double]? = nil, total: Double, mean: Double,
        composition: Composition, start: Double
    ) -> [Double] {
        let n = Double(base.count)
        guard !base.isEmpty, total > 0 else { return base }
        let logs = base.map { DeterministicMath.log($0) }
        let jitter = jitter ?? base.map { _ in 1 }

        func intensities(_ beta: Double) -> [Double] {
            let powers = logs.indices.map { DeterministicMath.exp(beta * logs[$0]) * jitter[$0] }
            let alpha: Double
            switch composition {
            case .divides:
                alpha = zip(amounts, powers).reduce(0.0) { $0 + $1.0 / $1.1 } / total
            case .multiplies:
                alpha = total / zip(amounts, powers).reduce(0.0) { $0 + $1.0 * $1.1 }
            }
            return powers.map { alpha * $0 }
        }
        func excess(_ beta: Double) -> Double { intensities(beta).reduce(0, +) / n - mean }

        // Scan outward from `start` for the nearest sign change, then bisect.
        let step = 0.05
        let atStart = excess(start)
        if atStart == 0 { return intensities(start) }
        var best = (beta: start, error: abs(atStart))
        var bracket: (Double, Double)?
        var lastUp = (beta: start, value: atStart)
        var lastDown = lastUp
        for k in 1...200 where bracket == nil {
            let up = start + Double(k) * step
            if up <= 6 {
                let value = excess(up)
                if abs(value) < best.error { best = (up, abs(value)) }
                if (value <= 0) != (lastUp.value <= 0) { bracket = (lastUp.beta, up); break }
                lastUp = (up, value)
            }
            let down = start - Double(k) * step
            if down >= -3 {
                let value = excess(down)
                if abs(value) < best.error { best = (down, abs(value)) }
                if (value <= 0) != (lastDown.value <= 0) { bracket = (down, lastDown.beta); break }
                lastDown = (down, value)
            }
        }
        guard var (low, high) = bracket else { return intensities(best.beta) }
        let lowSign = excess(low) <= 0
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if (excess(middle) <= 0) == lowSign { low = middle } else { high = middle }
        }
        return intensities((low + high) / 2)
    }

    /// Moves single units between integer divisors (users, m²), their sum kept, until the
    /// mean of numerator ÷ divisor is within `tolerance` of `mean`: rounding to whole persons
    /// can otherwise shift a mean printed to two decimals. Greedy, a bounded number of steps.
    static func nudgeDivisors(
        _ divisors: inout [Int], numerators: [Double], mean: Double, minimum: Int, tolerance: Double = 0.0005
    ) {
        // The largest divisor takes the opposite unit: its term barely moves.
        guard divisors.count > 1,
              let sink = divisors.indices.max(by: { a, b in divisors[a] != divisors[b] ? divisors[a] < divisors[b] : a > b })
        else { return }
        let n = Double(divisors.count)
        var sum = divisors.indices.reduce(0.0) { $0 + numerators[$1] / Double(divisors[$1]) }
        let goal = mean * n
        for _ in 0..<100 {
            guard abs(sum - goal) > tolerance * n else { return }
            var best: (index: Int, step: Int, sum: Double)?
            for i in divisors.indices where i != sink {
                for step in [1, -1] where divisors[i] + step >= minimum && divisors[sink] - step >= minimum {
                    let d = Double(divisors[i])
                    let s = Double(divisors[sink])
                    let change = numerators[i] / (d + Double(step)) - numerators[i] / d
                        + numerators[sink] / (s - Double(step)) - numerators[sink] / s
                    let candidate = sum + change
                    if abs(candidate - goal) < abs((best?.sum ?? sum) - goal) { best = (i, step, candidate) }
                }
            }
            guard let best else { return }
            divisors[best.index] += best.step
            divisors[sink] -= best.step
            sum = best.sum
        }
    }

    /// Finds x in [low, high] where a monotone `f` crosses `target`, by bisection; the nearer
    /// end when it never does.
    static func solve(_ target: Double, in low: Double, _ high: Double, _ f: (Double) -> Double) -> Double {
        var a = low
        var b = high
        let fa = f(a) - target
        let fb = f(b) - target
        if (fa <= 0) == (fb <= 0) { return abs(fa) < abs(fb) ? a : b }
        for _ in 0..<80 {
            let m = (a + b) / 2
            if (f(m) - target <= 0) == (fa <= 0) { a = m } else { b = m }
        }
        return (a + b) / 2
    }
}
