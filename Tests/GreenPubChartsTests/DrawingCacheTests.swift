import Testing
@testable import GreenPubCharts

/// The memo of repeated drawings: drawn once per key, and no more than its capacity kept.
@Suite struct DrawingCacheTests {
    final class Counter: @unchecked Sendable { var count = 0 }

    @Test func drawsOncePerKeyAndKeepsAtMostItsCapacity() {
        let cache = DrawingCache<Int, String>(capacity: 2)
        let draws = Counter()
        func value(_ key: Int) -> String {
            cache.value(for: key) {
                draws.count += 1
                return "drawing \(key)"
            }
        }
        #expect([value(1), value(1), value(2), value(1)] == ["drawing 1", "drawing 1", "drawing 2", "drawing 1"])
        #expect(draws.count == 2)
        // Full: a third key is drawn every time, the first two still come from the memo.
        #expect([value(3), value(3), value(2)] == ["drawing 3", "drawing 3", "drawing 2"])
        #expect(draws.count == 4)
    }

    @Test func aRepeatedLineChartIsTheSameBytesAsTheFirst() {
        func chart(_ id: String) -> LineChart {
            LineChart(id: id, title: "能耗", xValues: [2020, 2021],
                      series: [ChartSeries(key: "institution", label: "本单位", values: [1, 2]),
                               ChartSeries(key: "county", label: "全县", values: [2, 3])],
                      unit: "千克标准煤/平方米", decimals: 2)
        }
        let first = chart("trend").svgBytes()
        #expect(chart("trend").svgBytes() == first)
        // Another chart id gives other pattern and element ids, not the memo's.
        let other = String(decoding: chart("other").svgBytes(), as: UTF8.self)
        #expect(!other.contains("trend-"))
    }
}
