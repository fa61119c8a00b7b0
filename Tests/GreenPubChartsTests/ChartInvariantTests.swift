import Testing
@testable import GreenPubCharts

/// The invariants every chart must keep, over the samples and the edge cases.
@Suite struct ChartInvariantTests {
    static let charts: [(name: String, chart: any Chart)] = GoldenTests.charts + EdgeCaseCharts.all

    @Test(arguments: ChartInvariantTests.charts.map(\.name))
    func invariantsHold(name: String) throws {
        let chart = try #require(ChartInvariantTests.charts.first { $0.name == name }).chart
        let problems = checkChartInvariants(chart)
        #expect(problems.isEmpty, "\(problems.prefix(8).joined(separator: "\n"))")
    }

    @Test(arguments: ChartInvariantTests.charts.map(\.name))
    func renderingIsDeterministic(name: String) throws {
        let chart = try #require(ChartInvariantTests.charts.first { $0.name == name }).chart
        #expect(chart.svg() == chart.svg())
        #expect(chart.dataTableHTML() == chart.dataTableHTML())
    }
}
