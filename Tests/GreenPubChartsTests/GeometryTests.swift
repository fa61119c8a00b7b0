import Testing
@testable import GreenPubCharts

/// Shapes are proportional to the numbers they show.
@Suite struct GeometryTests {
    /// Bars are the rects that carry a tooltip.
    static func bars(_ svg: String) -> [MarkupTree.Element] {
        let tree = MarkupTree(svg)
        // Rects with a <title> child are bars; the parser records children before parents,
        // so pair them up by order.
        var result: [MarkupTree.Element] = []
        var pendingTitle = false
        for element in tree.elements {
            if element.name == "title" && element.ancestors.last == "rect" {
                pendingTitle = true
            } else if element.name == "rect" {
                if pendingTitle { result.append(element) }
                pendingTitle = false
            } else {
                pendingTitle = false
            }
        }
        return result
    }

    @Test func pieAnglesMakeAFullTurnInProportion() {
        let chart = SampleCharts.carbonBySource
        let angles = chart.sliceAngles
        #expect(angles.count == 5)
        #expect(angles.first?.start == 0)
        #expect(abs((angles.last?.end ?? 0) - 2 * Double.pi) < 1e-12)
        let total = chart.total
        for (entry, next) in zip(angles, angles.dropFirst()) { #expect(entry.end == next.start) }
        for entry in angles {
            let value = chart.slices[entry.index].value ?? 0
            #expect(abs((entry.end - entry.start) / (2 * Double.pi) - value / total) < 1e-12)
        }
        let shares = chart.shares.compactMap { $0 }
        #expect(abs(shares.reduce(0, +) - 100) < 1e-9)
        // One <path> per drawn slice.
        #expect(MarkupTree(chart.svg()).all("path").filter { $0.presentation("fill-rule") == "evenodd" }.count == 5)
    }

    @Test func pieSkipsZeroMissingAndNegativeSlices() {
        let chart = PieChart(id: "p", title: "t", slices: [
            .init(key: "government", label: "甲", value: 3), .init(key: "education", label: "乙", value: 0),
            .init(key: "health", label: "丙", value: -2), .init(key: "other", label: "丁", value: .nan),
            .init(key: "coal", label: "戊", value: 1),
        ], unit: "t", decimals: 0)
        #expect(chart.sliceAngles.map(\.index) == [0, 4])
        #expect(chart.total == 4)
        #expect(chart.shares.map { $0.map { Int($0) } } == [75, 0, nil, nil, 25])
        let svg = chart.svg()
        #expect(svg.contains("负值不计入占比"))
        #expect(chart.dataTableHTML().contains("<td class=\"num\">-2</td><td class=\"missing\">—</td>"))
    }

    @Test func pieDirectLabelsNeverOverlap() {
        for chart in [SampleCharts.energyByGroup, SampleCharts.carbonBySource] + EdgeCaseCharts.all.compactMap({ $0.chart as? PieChart }) {
            let labels = chart.directLabels()
            for side in [true, false] {
                let column = labels.filter { $0.rightSide == side }.sorted { $0.centreY < $1.centreY }
                for (upper, lower) in zip(column, column.dropFirst()) {
                    #expect(upper.centreY + upper.height / 2 <= lower.centreY - lower.height / 2, "\(chart.id)")
                }
            }
            for label in labels {
                for line in label.nameLines {
                    #expect(TextMetrics.width(line, fontSize: ChartLayout.smallFontSize) <= PieChart.sideWidth)
                }
            }
        }
    }

    @Test func fullCircleSliceIsTwoArcs() {
        let path = PieChart.slicePath(centreX: 100, centreY: 100, radius: 50, innerRadius: 0, start: 0, end: 2 * Double.pi)
        #expect(path.filter { $0 == "A" }.count == 2)
        let ring = PieChart.slicePath(centreX: 100, centreY: 100, radius: 50, innerRadius: 20, start: 0, end: 2 * Double.pi)
        #expect(ring.filter { $0 == "A" }.count == 4)
        let half = PieChart.slicePath(centreX: 100, centreY: 100, radius: 50, innerRadius: 0, start: 0, end: 3)
        #expect(half.contains(" 0 0 1 "))
        let large = PieChart.slicePath(centreX: 100, centreY: 100, radius: 50, innerRadius: 0, start: 0, end: 4)
        #expect(large.contains(" 0 1 1 "))
    }

    @Test func horizontalBarLengthsAreProportional() throws {
        let values: [Double] = [2356.4, 1284.7, 612.3, 36.8]
        let chart = BarChart(id: "b", title: "t", categories: ["甲", "乙", "丙", "丁"],
                             series: [ChartSeries(key: "e", label: "能耗", values: values)], unit: "tce", decimals: 1)
        let bars = GeometryTests.bars(chart.svg())
        #expect(bars.count == 4)
        let widths = bars.compactMap { $0.number("width") }
        let lefts = bars.compactMap { $0.number("x") }
        #expect(Set(lefts).count == 1, "all bars start at the zero line")
        for (width, value) in zip(widths, values) {
            #expect(abs(width / widths[0] - value / values[0]) < 0.01)
        }
    }

    @Test func negativeBarsGoLeftOfZero() throws {
        let chart = SampleCharts.changeByGroupHorizontal
        let bars = GeometryTests.bars(chart.svg())
        #expect(bars.count == 4)
        let zero = try #require(MarkupTree(chart.svg()).all("line").first { $0.attributes["stroke"] == ChartPalette.axis }?.number("x1"))
        let values = [-3.42, 1.17, -0.85, 6.3]
        var unit: Double?
        for (bar, value) in zip(bars, values) {
            let x = try #require(bar.number("x"))
            let width = try #require(bar.number("width"))
            if value < 0 {
                #expect(abs(x + width - zero) < 0.02)
            } else {
                #expect(abs(x - zero) < 0.02)
            }
            let perUnit = width / abs(value)
            if let unit { #expect(abs(perUnit - unit) / unit < 0.01) } else { unit = perUnit }
        }
    }

    @Test func verticalStackHeightsAddUp() throws {
        let chart = SampleCharts.carbonByGroupAndYear
        let bars = GeometryTests.bars(chart.svg())
        #expect(bars.count == 20)
        let heights = bars.compactMap { $0.number("height") }
        // Per year, the stack's height is proportional to the year's total.
        var stackHeights: [Double] = []
        for year in 0..<5 { stackHeights.append((0..<4).map { heights[year * 4 + $0] }.reduce(0, +)) }
        let totals = (0..<5).map { index in chart.series.compactMap { $0.value(at: index) }.reduce(0, +) }
        for index in 1..<5 {
            #expect(abs(stackHeights[index] / stackHeights[0] - totals[index] / totals[0]) < 0.002)
        }
        // Segments of one stack touch.
        let ys = bars.compactMap { $0.number("y") }
        #expect(abs(ys[1] + heights[1] - ys[0]) < 0.02)
    }

    @Test func stackedSegmentsSplitBySign() {
        let chart = BarChart(id: "s", title: "t", categories: ["a"],
                             series: [ChartSeries(key: "x", label: "x", values: [5]), ChartSeries(key: "y", label: "y", values: [-2]),
                                      ChartSeries(key: "z", label: "z", values: [3]), ChartSeries(key: "w", label: "w", values: [-1])],
                             mode: .stacked, unit: "", decimals: 0)
        let segments = chart.segments(ofCategory: 0).map { [$0.from, $0.to] }
        #expect(segments == [[0, 5], [0, -2], [5, 8], [-2, -3]])
        #expect(chart.valueExtent.min == -3 && chart.valueExtent.max == 8)
    }

    @Test func lineBreaksAtGapsAndMarksEveryValue() {
        let chart = LineChart(id: "l", title: "t", xValues: [2020, 2021, 2022, 2023, 2024, 2025, 2026],
                              series: [ChartSeries(key: "county", label: "全县", values: [1, 2, nil, 3, 4, .nan, 5])],
                              unit: "", decimals: 0)
        let tree = MarkupTree(chart.svg())
        let lines = tree.all("polyline").filter { $0.attributes["stroke"] == "#000000" }
        #expect(lines.count == 2, "2020-2021 and 2023-2024; 2026 stands alone")
        #expect(lines.map { $0.attributes["points"]?.split(separator: " ").count } == [2, 2])
        // Markers: one per present value, each with its tooltip.
        let tooltips = tree.all("title").filter { $0.text.hasPrefix("全县 ") }
        #expect(tooltips.map(\.text) == ["全县 2020年：1", "全县 2021年：2", "全县 2023年：3", "全县 2024年：4", "全县 2026年：5"])
    }

    @Test func targetPathRunsFromBaseToTarget() throws {
        let chart = SampleCharts.countyIntensity
        let tree = MarkupTree(chart.svg())
        // The path is the longest dashed grey line (the legend has a short one).
        let dashed = tree.all("line").filter { $0.attributes["stroke-dasharray"] == "5 4" && $0.attributes["stroke"] == ChartPalette.targetPath }
        #expect(dashed.count == 2)
        let path = try #require(dashed.max { ($0.number("x2") ?? 0) - ($0.number("x1") ?? 0) < ($1.number("x2") ?? 0) - ($1.number("x1") ?? 0) })
        let x1 = try #require(path.number("x1")), x2 = try #require(path.number("x2"))
        let y1 = try #require(path.number("y1")), y2 = try #require(path.number("y2"))
        #expect(x2 > x1 && y2 > y1, "a falling target goes right and down")
        // The first data point (2020, 11.92) is where the path starts.
        let county = try #require(tree.all("polyline").first { $0.attributes["stroke"] == "#000000" })
        #expect(county.attributes["points"]?.hasPrefix(Markup.number(x1) + "," + Markup.number(y1) + " ") == true)
        // The target point is marked and labelled, and the base year named.
        #expect(tree.all("title").contains { $0.text == "目标值 2025年：11.44 kgce/m²" })
        #expect(tree.all("text").contains { $0.text == "目标 11.44" })
        #expect(tree.all("text").contains { $0.text == "基准年" })
        #expect(chart.targetPath?.value(inYear: 2023).map { ChartNumberFormat.format($0, decimals: 3) } == "11.632")
    }

    @Test func progressCountsFromBaseTowardsTarget() {
        #expect(abs((SampleCharts.intensityProgress.progress ?? 0) - 0.4 / 0.48) < 1e-12)
        #expect(abs((SampleCharts.intensityProgress.expectedProgress ?? 0) - 0.8) < 1e-9)
        #expect(SampleCharts.taskProgress.progress == 0.725)
        #expect((SampleCharts.regressingProgress.progress ?? 0) < 0)
        #expect(ProgressBar(id: "p", title: "t", value: 5, target: 5, base: 5, unit: "", decimals: 0).progress == nil)
        #expect(ProgressBar(id: "p", title: "t", value: nil, target: 5, unit: "", decimals: 0).progress == nil)
        #expect(SampleCharts.intensityProgress.svg().contains(">83.3%<"))
        #expect(SampleCharts.regressingProgress.svg().contains(">逆向 -70.8%<"))
    }

    @Test func progressFillIsProportional() throws {
        let bars = GeometryTests.bars(SampleCharts.taskProgress.svg())
        let fill = try #require(bars.first)
        let track = try #require(MarkupTree(SampleCharts.taskProgress.svg()).all("rect").first { $0.attributes["fill"] == ChartPalette.track })
        let fraction = try #require(fill.number("width")) / #require(track.number("width"))
        #expect(abs(fraction - 0.725) < 0.001)
    }

    @Test func horizontalBarsGrowWithRows() throws {
        let chart = try #require(EdgeCaseCharts.all.first { $0.name == "bar-300" }?.chart as? BarChart)
        let tree = MarkupTree(chart.svg())
        let viewBox = (tree.root?.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        #expect(viewBox[2] == 420)
        #expect(viewBox[3] > 300 * 18)
        #expect(GeometryTests.bars(chart.svg()).count == 300)
        let names = Set(chart.categories)
        #expect(tree.all("text").filter { names.contains($0.text) }.count == 300)
    }
}
