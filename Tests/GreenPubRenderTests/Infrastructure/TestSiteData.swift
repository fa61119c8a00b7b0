import Foundation
import GreenPubCompute
import GreenPubMarkdown
import GreenPubModel
@testable import GreenPubRender

/// A small county computed in memory: two institutions (one government office, one school),
/// statistics for 2020 and 2024, a plan with three indicators and one column task, and a
/// register with two PV projects, a publicity activity and a training.
///
/// Figures worked by hand (electricity 0.1 kgce and 0.5 kgCO2 per kWh, gas 1 kgce and 2 kgCO2 per m³):
///
/// | | 2020 | 2024 |
/// |---|---|---|
/// | energy, tce (G1 + E1) | 10 + 10 = 20 | 8 + 8 = 16 |
/// | area, m² | 1000 + 2000 | same |
/// | energy per m², ratio of totals | 6.6667 | 5.3333 |
/// | energy per m², mean of the two | (10 + 5) / 2 = 7.5 | (8 + 4) / 2 = 6 |
/// | water, m³ | 500 + 1500 = 2000 | 600 + 1500 = 2100 |
/// | electricity share | 15 / 20 = 75 % | 12 / 16 = 75 % |
enum TestSiteData {
    static let planFile = "content/plans/test.yaml"

    static func factors() -> FactorTable {
        let source = "test"
        var kgce: [EnergySource: SourcedValue] = [:]
        var co2: [EnergySource: SourcedValue] = [:]
        for item in EnergySource.allCases {
            kgce[item] = SourcedValue(0, source: source)
            co2[item] = SourcedValue(0, source: source)
        }
        kgce[.electricity] = SourcedValue(0.1, source: source)
        co2[.electricity] = SourcedValue(0.5, source: source)
        kgce[.gas] = SourcedValue(1, source: source)
        co2[.gas] = SourcedValue(2, source: source)
        return FactorTable(defaults: FactorSet(
            standardCoal: kgce, electricityEqualValue: SourcedValue(0.3, source: source),
            gasolineDensity: SourcedValue(0.73, source: source), dieselDensity: SourcedValue(0.85, source: source), co2: co2))
    }

    static func statistics(_ year: Int, governmentKWh: Double, schoolKWh: Double, schoolGas: Double, governmentWater: Double) -> YearStatistics {
        let file = "content/data/statistics/\(year).csv"
        var government = EnergyQuantities()
        government.electricityKWh = governmentKWh
        var school = EnergyQuantities()
        school.electricityKWh = schoolKWh
        school.gasM3 = schoolGas
        return YearStatistics(year: year, file: file, institutions: [
            InstitutionRecord(id: "G1", name: "县机关事务管理中心", category: .stateOrgan, level: .county, areaM2: 1000, users: 10,
                              vehicles: 2, newEnergyVehicles: year == 2024 ? 1 : 0, energy: government, waterM3: governmentWater,
                              location: SourceLocation(file: file, line: 2)),
            InstitutionRecord(id: "E1", name: "第一中学", category: .education, level: .county, areaM2: 2000, users: 100,
                              energy: school, waterM3: 1500, location: SourceLocation(file: file, line: 3)),
        ])
    }

    static func indicator(_ id: String, name: String, unit: String, metric: PlanMetric, aggregation: MetricAggregation,
                          scope: IndicatorScope = .county, base: Double, baseText: String, decimals: Int, target: Double,
                          attribute: IndicatorAttribute) -> PlanIndicator {
        PlanIndicator(
            id: id, name: name, section: "测试指标", unit: unit, scope: scope, metric: metric, aggregation: aggregation, displayScale: 1,
            base: .init(year: 2020, printed: baseText, value: base, decimals: decimals, location: SourceLocation(file: planFile, line: 10, column: 5)),
            target: .init(year: 2025, comparison: .lessOrEqual, value: target, changePercent: nil, printed: nil, decimals: decimals,
                          location: SourceLocation(file: planFile, line: 11, column: 5)),
            direction: .lowerIsBetter, attribute: attribute, text: nil, location: SourceLocation(file: planFile, line: 9, column: 5))
    }

    static func plan() -> Plan {
        let at = SourceLocation(file: planFile, line: 20, column: 5)
        let pvTask = PlanTask(
            id: "c4-1", column: 4, number: "1", section: nil, keyWork: "建成不少于2个光伏示范试点项目。", lead: "县机关事务管理中心",
            responsible: [], deadline: CalendarDate.endOfYear(2025), deadlineSource: .text, deadlineText: "到2025年末",
            criterion: PlanCriterion(shape: .count(EntryFilter(kinds: [.pv]), atLeast: 2), label: "光伏示范试点项目", location: at),
            location: at)
        return Plan(
            id: "test-plan", title: "测试县公共机构节约能源资源“十四五”规划", issuers: ["测试县人民政府办公室"],
            date: CalendarDate.endOfYear(2021), documentNumber: nil, jurisdiction: "测试县",
            period: PlanPeriod(startYear: 2021, endYear: 2025),
            indicatorTable: PlanTableCaption(number: 1, title: "主要指标", note: nil),
            indicators: [
                indicator("county-energy-total", name: "能源消费总量（吨标准煤）", unit: "吨标准煤", metric: .energyTce, aggregation: .total,
                          base: 20, baseText: "20", decimals: 0, target: 17, attribute: .expected),
                indicator("county-energy-per-area", name: "单位建筑面积能耗（千克标煤/平方米·年）", unit: "千克标煤/平方米·年",
                          metric: .energyPerArea, aggregation: .ratioOfTotals, base: 6.67, baseText: "6.67", decimals: 2, target: 6, attribute: .binding),
                indicator("county-water-total", name: "用水总量（立方米）", unit: "立方米", metric: .waterM3, aggregation: .total,
                          base: 2000, baseText: "2000", decimals: 0, target: 1800, attribute: .expected),
            ],
            columns: [PlanColumn(number: 4, title: "可再生能源替代行动重点工作", note: nil, section: nil, tasks: [pvTask], location: at)],
            targets: [], file: planFile)
    }

    static func registers() -> [RegisterEntry] {
        let file = "content/data/registers/energy.csv"
        return [
            RegisterEntry(id: "EN-1", kind: .pv, institution: "E1", title: "第一中学屋顶光伏", status: .completed,
                          start: CalendarDate(year: 2023, month: 1, day: 10), end: CalendarDate(year: 2023, month: 4, day: 28),
                          capacityKW: 120, investmentWan: 54, location: SourceLocation(file: file, line: 2, column: 1)),
            RegisterEntry(id: "EN-2", kind: .pv, institution: "G1", title: "机关办公楼屋顶光伏", status: .inProgress,
                          start: CalendarDate(year: 2024, month: 3, day: 1), end: CalendarDate(year: 2025, month: 6, day: 30),
                          capacityKW: 80, location: SourceLocation(file: file, line: 3, column: 1)),
            RegisterEntry(id: "PB-1", kind: .publicity, institution: "G1", title: "节能宣传周宣传活动", status: .completed,
                          start: CalendarDate(year: 2024, month: 5, day: 13), end: CalendarDate(year: 2024, month: 5, day: 19),
                          quantity: 2400, location: SourceLocation(file: "content/data/registers/publicity.csv", line: 2, column: 1)),
            RegisterEntry(id: "TR-1", kind: .training, institution: "G1", title: "能耗统计培训", status: .completed,
                          start: CalendarDate(year: 2024, month: 4, day: 20), end: CalendarDate(year: 2024, month: 4, day: 20),
                          quantity: 100, quantityUnit: "人次", location: SourceLocation(file: "content/data/registers/trainings.csv", line: 2, column: 1)),
            RegisterEntry(id: "TR-2", kind: .training, institution: "G1", title: "年底培训", status: .completed,
                          start: CalendarDate(year: 2024, month: 11, day: 2), end: CalendarDate(year: 2024, month: 11, day: 2),
                          quantity: 50, location: SourceLocation(file: "content/data/registers/trainings.csv", line: 3, column: 1)),
        ]
    }

    static func campaign(_ year: Int, start: String, end: String, lowCarbonDay: String) -> Campaign {
        Campaign(year: year, start: start, end: end, theme: "主题\(year)", lowCarbonDay: lowCarbonDay, lowCarbonTheme: "低碳\(year)",
                 bannerDaysBefore: 30, source: "测试", location: SourceLocation(file: "content/campaigns.yaml", line: 1, column: 3))
    }

    /// The computed site, with the given pages.
    static func data(pages: [ContentPage] = [], today: String = "2024-05-01") -> SiteData {
        let statistics = [
            statistics(2020, governmentKWh: 100_000, schoolKWh: 50_000, schoolGas: 5000, governmentWater: 500),
            statistics(2024, governmentKWh: 80_000, schoolKWh: 40_000, schoolGas: 4000, governmentWater: 600),
        ]
        let accounts = Accounting.series(statistics, factors: factors())
        let metrics = MetricSeriesBuilder.series(from: accounts)
        let plan = plan()
        let institutions = [
            InstitutionRef(id: "E1", name: "第一中学", group: .education, level: .county),
            InstitutionRef(id: "G1", name: "县机关事务管理中心", group: .government, level: .county),
        ]
        let (evaluation, _) = PlanEvaluator.evaluate(plan, years: [2020, 2024], entries: registers(), institutions: institutions, metrics: metrics)
        return SiteData(
            config: SiteConfig(title: "测试县公共机构", organisation: "测试县机关事务管理中心", description: "测试"),
            pages: pages,
            campaigns: [
                campaign(2024, start: "2024-05-13", end: "2024-05-19", lowCarbonDay: "2024-05-15"),
                campaign(2025, start: "2025-06-23", end: "2025-06-29", lowCarbonDay: "2025-06-25"),
            ],
            factors: factors(), years: [2020, 2024], statistics: statistics, accounts: accounts, metrics: metrics,
            plans: [plan], evaluations: [evaluation], registers: registers(), today: today)
    }

    /// A briefing whose body starts on line 5 of its file.
    static func page(_ body: String, statisticsYear: Int? = nil, path: String = "briefings/t", campaign: Int? = nil,
                     date: String = "2025-06-23", kind: String = "briefing", title: String = "测试简报") -> ContentPage {
        ContentPage(sourcePath: "content/\(path).md", outputPath: "\(path).html",
                    frontMatter: FrontMatter(title: title, date: date, summary: "摘要", kind: kind, campaign: campaign, statisticsYear: statisticsYear),
                    body: body, bodyStartLine: 5)
    }

    /// The templates of the repository's templates/ folder that the publication pages render.
    static func templates() -> TemplateSet {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // Infrastructure
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates")
        let names = ["layout", "page", "briefing", "report", "list", "campaign", "partials/campaign-banner",
                     "partials/indicator-table", "partials/task-table", "partials/project-list"]
        let sources = names.compactMap { name -> TemplateSource? in
            let path = "templates/\(name).mustache"
            guard let text = try? String(contentsOf: folder.appendingPathComponent("\(name).mustache"), encoding: .utf8) else { return nil }
            return TemplateSource(name: name, path: path, text: text)
        }
        let (set, problems) = TemplateSet.parse(sources)
        precondition(set != nil, "templates: \(problems)")
        return set!
    }

    static func context(_ data: SiteData) -> RenderContext {
        RenderContext(data: data, templates: templates(), markdown: MarkdownRenderer())
    }
}
