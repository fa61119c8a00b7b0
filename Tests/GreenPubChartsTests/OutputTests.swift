import Testing
@testable import GreenPubCharts

/// Accessibility, escaping, ids, scaling and the data tables.
@Suite struct OutputTests {
    @Test func hostileTextIsEscapedEverywhere() {
        for (name, chart) in EdgeCaseCharts.all where name.hasSuffix("hostile") {
            let svg = chart.svg()
            let table = chart.dataTableHTML()
            for output in [svg, table] {
                #expect(!output.contains("<script"), "\(name)")
                #expect(!output.contains("alert(\"x\")"), "\(name)")
                #expect(output.contains("&lt;script&gt;"), "\(name)")
            }
            #expect(MarkupTree(svg).parseError == nil)
            #expect(MarkupTree(svg).all("title").first?.text == EdgeCaseCharts.hostile, "title survives escaping")
        }
    }

    @Test func idsStayUniqueAcrossAPageOfCharts() {
        var page = "<body>"
        for (_, chart) in GoldenTests.charts { page += chart.svg() + chart.dataTableHTML() }
        page += "</body>"
        let tree = MarkupTree(page)
        #expect(tree.parseError == nil)
        let ids = tree.elements.compactMap { $0.attributes["id"] }
        #expect(ids.count > 30)
        #expect(Set(ids).count == ids.count)
    }

    @Test(arguments: ChartInvariantTests.charts.map(\.name))
    func textStaysLegibleOnAPhone(name: String) throws {
        let chart = try #require(ChartInvariantTests.charts.first { $0.name == name }).chart
        let tree = MarkupTree(chart.svg())
        let root = try #require(tree.root)
        let width = try #require((root.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }.dropFirst(2).first)
        let defaultSize = root.number("font-size") ?? 14
        if chart is Sparkline {
            #expect(root.attributes["width"] != nil && root.attributes["height"] != nil)
            return
        }
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["height"] == nil)
        #expect(root.attributes["style"]?.contains("height:auto") == true)
        for text in tree.all("text") {
            let size = text.presentation("font-size").flatMap(Double.init) ?? defaultSize
            #expect(size * 360 / width >= 11, "\(text.text) at \(size) is below 11 px at 360 px")
        }
    }

    @Test func descriptionsStateTheKeyNumbers() {
        let pie = MarkupTree(SampleCharts.energyByGroup.svg()).all("desc").first?.text ?? ""
        for share in ["47.31%", "25.18%", "26.06%", "1.45%", "党政机关", "其他"] { #expect(pie.contains(share), "\(share)") }
        let donut = MarkupTree(SampleCharts.carbonBySource.svg()).all("desc").first?.text ?? ""
        #expect(donut.contains("合计 45,174 t CO₂"))
        #expect(donut.contains("电力 36,962 t CO₂（占比 81.82%）"))
        let line = MarkupTree(SampleCharts.countyIntensity.svg()).all("desc").first?.text ?? ""
        #expect(line.hasPrefix("约束性指标，2025年比2020年下降4%。"))
        #expect(line.contains("全县：2020年 11.92 kgce/m²，2024年 11.52 kgce/m²（2022年无数据）。"))
        #expect(line.contains("目标值：2025年 11.44 kgce/m²（基准年 2020年 11.92 kgce/m²）。"))
        let ranking = MarkupTree(EdgeCaseCharts.all.first { $0.name == "bar-300" }!.chart.svg()).all("desc").first?.text ?? ""
        #expect(ranking.hasPrefix("共300项。最大 "))
        let progress = MarkupTree(SampleCharts.intensityProgress.svg()).all("desc").first?.text ?? ""
        #expect(progress == "基准值 11.92 kgce/m²，当前值 11.52 kgce/m²，应达值 11.54 kgce/m²，目标值 11.44 kgce/m²，完成进度 83.3%。")
        let spark = MarkupTree(SampleCharts.sparkline.svg()).all("desc").first?.text ?? ""
        #expect(spark == "首 2020 11.92 kgce/m²，末 2025 11.49 kgce/m²，最低 2025 11.49 kgce/m²，最高 2020 11.92 kgce/m²。缺 1 个值。")
    }

    @Test func dataTablesCarryHeadersUnitsAndMissingValues() {
        let pie = MarkupTree(SampleCharts.carbonBySource.dataTableHTML())
        #expect(pie.all("caption").first?.text == "2020年碳排放总量构成（按能源品种）")
        #expect(pie.all("th").filter { $0.attributes["scope"] == "col" }.map(\.text) == ["类别", "数值（t CO₂）", "占比"])
        #expect(pie.all("th").filter { $0.attributes["scope"] == "row" }.map(\.text) == ["电力", "煤炭", "天然气", "汽油", "柴油", "合计"])
        #expect(pie.elements.contains { $0.name == "tfoot" })

        let line = MarkupTree(SampleCharts.countyIntensity.dataTableHTML())
        #expect(line.all("th").filter { $0.attributes["scope"] == "col" }.map(\.text) == ["年份", "全县（kgce/m²）", "目标路径（kgce/m²）"])
        #expect(line.all("th").filter { $0.attributes["scope"] == "row" }.map(\.text) == ["2020", "2021", "2022", "2023", "2024", "2025"])
        #expect(line.all("td").map(\.text) == ["11.92", "11.92", "11.81", "11.82", "—", "11.73", "11.63", "11.63", "11.52", "11.54", "—", "11.44"])

        let stacked = MarkupTree(SampleCharts.energyMixByGroup.dataTableHTML())
        let headers = stacked.all("th").filter { $0.attributes["scope"] == "col" }.map(\.text)
        #expect(headers.last == "合计（tce）")
        #expect(stacked.all("td").filter { $0.attributes["class"] == "missing" }.count == 1)

        let table = SampleCharts.taskProgress.dataTableHTML()
        #expect(table.contains("<th scope=\"row\">完成进度（%）</th><td class=\"num\">72.5</td>"))
        #expect(table.hasPrefix("<details class=\"chart-data\" id=\"progress-task-data\">\n<summary>数据表</summary>"))
    }

    @Test func sparklineIsSmallAndBreaksAtGaps() throws {
        let tree = MarkupTree(SampleCharts.sparkline.svg())
        let root = try #require(tree.root)
        #expect(root.attributes["width"] == "96" && root.attributes["height"] == "24")
        #expect(root.attributes["role"] == "img")
        #expect(tree.all("text").isEmpty)
        #expect(tree.all("polyline").count == 2)
        #expect(tree.all("circle").count == 1, "the last value is dotted")
        let empty = MarkupTree(Sparkline(id: "s", title: "t", values: [nil]).svg())
        #expect(empty.all("polyline").isEmpty && empty.all("line").count == 1)
    }

    @Test func emptyChartsSayThereIsNoData() {
        for (name, chart) in EdgeCaseCharts.all where ["pie-empty", "pie-all-zero", "pie-all-missing", "bar-empty", "line-empty", "line-all-missing"].contains(name) {
            #expect(MarkupTree(chart.svg()).all("text").contains { $0.text == "无数据" }, "\(name)")
            #expect(chart.svg().contains("无数据。"), "\(name) desc")
        }
    }
}
