import Testing
@testable import GreenPubCharts

/// Every sample chart pinned byte for byte, SVG and data table.
@Suite struct GoldenTests {
    static let charts: [(name: String, chart: any Chart)] = [
        ("pie-energy-by-group", SampleCharts.energyByGroup),
        ("donut-carbon-by-source", SampleCharts.carbonBySource),
        ("line-energy-intensity", SampleCharts.energyIntensity),
        ("line-county-intensity", SampleCharts.countyIntensity),
        ("bar-ranking", SampleCharts.institutionRanking),
        ("bar-stacked-mix-by-group", SampleCharts.energyMixByGroup),
        ("bar-grouped-two-years", SampleCharts.intensityByGroupTwoYears),
        ("bar-grouped-source-by-year", SampleCharts.energyBySourceAndYear),
        ("bar-vertical-negative", SampleCharts.changeByGroup),
        ("bar-horizontal-negative", SampleCharts.changeByGroupHorizontal),
        ("bar-stacked-carbon-by-year", SampleCharts.carbonByGroupAndYear),
        ("progress-intensity", SampleCharts.intensityProgress),
        ("progress-task", SampleCharts.taskProgress),
        ("progress-regress", SampleCharts.regressingProgress),
        ("sparkline", SampleCharts.sparkline),
    ]

    @Test(arguments: GoldenTests.charts.map(\.name))
    func svgMatchesGolden(name: String) throws {
        let chart = try #require(GoldenTests.charts.first { $0.name == name }).chart
        assertGolden(chart.svg(), named: name + ".svg")
    }

    @Test(arguments: ["pie-energy-by-group", "line-energy-intensity", "bar-stacked-mix-by-group", "progress-intensity"])
    func dataTableMatchesGolden(name: String) throws {
        let chart = try #require(GoldenTests.charts.first { $0.name == name }).chart
        assertGolden(chart.dataTableHTML(), named: name + ".html")
    }
}
