import GreenPubCompute
import GreenPubModel
import Testing
@testable import GreenPubRender

@Suite struct MethodologyTests {
    @Test func printedValuesAgreeWithinHalfTheirLastDecimal() {
        #expect(MethodologyBaseCheck.agrees(11.9201, printed: 11.92, decimals: 2))
        #expect(MethodologyBaseCheck.agrees(11.925, printed: 11.92, decimals: 2))
        #expect(!MethodologyBaseCheck.agrees(23.8413, printed: 23.92, decimals: 2))
        #expect(MethodologyBaseCheck.agrees(15402.4, printed: 15402, decimals: 0))
        #expect(!MethodologyBaseCheck.agrees(15402.6, printed: 15402, decimals: 0))
    }

    @Test func baseChecksCompareBothReadingsWithThePrintedBase() throws {
        let data = InstitutionFixture.small()
        let education = try #require(data.accounts.first?.group(.education))
        let mean = try #require(education.meanOfInstitutions.energyPerArea)
        let ratio = try #require(education.totals.intensities.energyPerArea)
        let printedMean = (mean * 100).rounded() / 100
        func indicator(_ id: String, printed: Double, aggregation: MetricAggregation) -> PlanIndicator {
            let at = SourceLocation(file: "content/plans/p.yaml", line: 1)
            return PlanIndicator(
                id: id, name: "单位建筑面积能耗（千克标煤/平方米·年）", section: nil, unit: "千克标准煤/平方米",
                scope: .group(.education), metric: .energyPerArea, aggregation: aggregation, displayScale: 1,
                base: .init(year: 2020, printed: Figures.number(printed, decimals: 2), value: printed, decimals: 2, location: at),
                target: .init(year: 2025, comparison: .lessOrEqual, value: printed * 0.95, changePercent: nil, printed: nil, decimals: 2, location: at),
                direction: .lowerIsBetter, attribute: .binding, text: nil, location: at)
        }
        let plan = Plan(
            id: "p", title: "测试规划", issuers: ["县政府"], date: try #require(CalendarDate(year: 2022, month: 3, day: 26)),
            documentNumber: nil, jurisdiction: nil, period: PlanPeriod(startYear: 2021, endYear: 2025), indicatorTable: nil,
            indicators: [indicator("mean", printed: printedMean, aggregation: .meanOfInstitutions),
                         indicator("ratio", printed: printedMean, aggregation: .ratioOfTotals)],
            columns: [], targets: [], file: "content/plans/p.yaml")
        var withPlan = data
        withPlan.plans = [plan]
        let checks = MethodologyBaseCheck.plans(data: withPlan)
        #expect(checks.map(\.title) == ["测试规划"])
        let rows = checks[0].rows
        #expect(rows.map(\.verdict) == ["相符", "不符"])
        #expect(rows.map(\.declared) == ["单位平均", "总量比值"])
        #expect(rows[0].meanOfInstitutions == Figures.number(mean, decimals: 4))
        #expect(rows[0].ratioOfTotals == Figures.number(ratio, decimals: 4))
        #expect(rows[0].indicator == "教育 · 单位建筑面积能耗（千克标煤/平方米·年）")

        let view = MethodologyView(data: withPlan, from: "methodology.html")
        #expect(view.mismatchCount == 1)
        #expect(view.plans.map(\.path) == ["content/plans/p.yaml"])
    }

    @Test func yearOverridesListOnlyWhatDiffersByYear() {
        var table = InstitutionFixture.factors
        var later = table.defaults
        later.electricityEqualValue = SourcedValue(0.3024, source: "2024年供电煤耗")
        table.byYear = [2025: later, 2024: later, 2023: table.defaults]
        let overrides = MethodologyFactors.overrides(table)
        #expect(overrides.map(\.year) == [2024, 2025])
        #expect(overrides[0].rows.map(\.name) == ["电力（等价值，并列显示）"])
        #expect(overrides[0].rows[0].value == "0.3024（默认 0.3055）")
        #expect(overrides[0].rows[0].source == "2024年供电煤耗")
    }

    @Test func factorTablesListEverySourceWithItsSource() {
        let set = InstitutionFixture.factors.defaults
        let coal = MethodologyFactors.standardCoal(set)
        #expect(coal.map(\.name) == ["电力（当量值，本站采用）", "电力（等价值，并列显示）", "煤炭", "天然气", "液化石油气", "汽油", "柴油", "热力"])
        #expect(coal[0].value == "0.1229")
        #expect(coal[5].unit == "千克标准煤/升")
        #expect(MethodologyFactors.co2(set).map(\.source) == ["电网", "煤", "气", "液化气", "汽油", "柴油", "热力"])
        // CO2 per tce: 0.5 kgCO2/kWh ÷ 0.1229 kgce/kWh.
        #expect(MethodologyFactors.co2PerTce(set)[0].value == "4.068")
        #expect(MethodologyFactors.factor(1.2385000) == "1.2385")
        #expect(MethodologyFactors.factor(2) == "2")
    }

    @Test func pageHasTheAnchorsOtherPagesLinkTo() throws {
        let data = InstitutionFixture.small(registers: [InstitutionFixture.entry("RF-1", institution: "E1")])
        let builder = MethodologyPageBuilder()
        let pages = builder.pages(InstitutionFixture.context(data))
        let page = try #require(pages.first)
        #expect(page.outputPath == "methodology.html")
        #expect(builder.menu(data) == [MenuItem(title: "方法说明", outputPath: "methodology.html", order: 80)])
        for anchor in ["factors", "formulas", "intensities", "evaluation", "projection", "sources", "conflicts"] {
            #expect(page.bodyHTML.contains("id=\"\(anchor)\""), "\(anchor)")
        }
        #expect(page.bodyHTML.contains("<code>content/data/registers/retrofits.csv</code>：1条记录"))
        #expect(page.bodyHTML.contains("<code>content/data/statistics/2021.csv</code>：2021年统计报表，4家单位"))
    }
}
