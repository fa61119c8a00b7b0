import Testing
@testable import GreenPubCharts

/// A ranking of every institution must not slow the site build down.
@Suite struct PerformanceTests {
    @Test func threeHundredBarsRenderQuickly() throws {
        let chart = try #require(EdgeCaseCharts.all.first { $0.name == "bar-300" }?.chart)
        let clock = ContinuousClock()
        var bytes = 0
        let elapsed = clock.measure {
            for _ in 0..<5 { bytes += chart.svg().utf8.count + chart.dataTableHTML().utf8.count }
        }
        print("bar-300: 5 renders (SVG + table, \(bytes / 5) bytes each) in \(elapsed)")
        // Generous bound for an unoptimised build on a busy machine.
        #expect(elapsed < .seconds(10))
    }
}
