import Testing
@testable import GreenPubCharts

@Suite struct NiceScaleTests {
    static func isNiceStep(_ step: Double) -> Bool {
        var mantissa = step
        while mantissa >= 10 { mantissa /= 10 }
        while mantissa < 1 { mantissa *= 10 }
        return [1.0, 2.0, 5.0].contains { abs(mantissa - $0) < 1e-6 }
    }

    @Test func ticksCoverTheDataWithNiceSteps() {
        var state: UInt64 = 7
        func random() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for _ in 0..<3000 {
            let magnitude = [0.001, 0.1, 1, 12, 480, 15402, 3e7][Int(random() * 7)]
            var low = (random() - 0.3) * magnitude
            var high = low + random() * magnitude
            if random() < 0.1 { high = low }
            if random() < 0.1 { low = 0 }
            let includeZero = random() < 0.5
            let maxTicks = 2 + Int(random() * 7)
            let scale = NiceScale(dataMin: low, dataMax: high, includeZero: includeZero, maxTicks: maxTicks)
            let context = "\(low)...\(high) zero=\(includeZero) max=\(maxTicks) -> \(scale.ticks)"
            #expect(scale.lower <= low + 1e-9 * abs(low) && scale.upper >= high - 1e-9 * abs(high), "\(context)")
            let crossesZero = min(low, includeZero ? 0 : low) < 0 && max(high, includeZero ? 0 : high) > 0
            #expect(scale.ticks.count >= 2 && scale.ticks.count <= max(maxTicks, crossesZero ? 3 : 2), "\(context)")
            #expect(NiceScaleTests.isNiceStep(scale.step), "\(context)")
            if includeZero { #expect(scale.lower <= 0 && scale.upper >= 0, "\(context)") }
            for (a, b) in zip(scale.ticks, scale.ticks.dropFirst()) {
                #expect(abs((b - a) - scale.step) <= scale.step * 1e-6, "\(context)")
            }
            // Tick labels with the scale's decimals are exact and distinct.
            let labels = scale.ticks.map { ChartNumberFormat.format($0, decimals: scale.decimals) }
            #expect(Set(labels).count == labels.count, "\(context) \(labels)")
        }
    }

    @Test func typicalRanges() {
        #expect(NiceScale(dataMin: 0, dataMax: 2356.4, includeZero: true, maxTicks: 6).ticks == [0, 500, 1000, 1500, 2000, 2500])
        #expect(NiceScale(dataMin: 11.44, dataMax: 11.92, includeZero: false, maxTicks: 6).ticks.first == 11.4)
        #expect(NiceScale(dataMin: 0, dataMax: 0, includeZero: true, maxTicks: 5).ticks == [0, 0.5, 1])
        #expect(NiceScale(dataMin: -3.42, dataMax: 6.3, includeZero: true, maxTicks: 8).ticks == [-4, -2, 0, 2, 4, 6, 8])
        #expect(NiceScale(dataMin: -3.42, dataMax: 6.3, includeZero: true, maxTicks: 6).ticks == [-5, 0, 5, 10])
        let negative = NiceScale(dataMin: -12.25, dataMax: 0, includeZero: true, maxTicks: 5)
        #expect(negative.upper == 0 && negative.lower <= -12.25)
        #expect(NiceScale(dataMin: 5, dataMax: 5, includeZero: false, maxTicks: 5).lower < 5)
    }
}
