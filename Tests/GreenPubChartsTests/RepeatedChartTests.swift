import Testing
@testable import GreenPubCharts

/// Charts whose legends and paints come from the memo are the same bytes as the first.
@Suite struct RepeatedChartTests {
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
