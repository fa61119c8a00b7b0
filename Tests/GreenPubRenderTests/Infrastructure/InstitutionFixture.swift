import Foundation
import GreenPubCompute
import GreenPubMarkdown
import GreenPubModel
@testable import GreenPubRender

/// Small in-memory projects for the institution, group, structure and methodology pages.
enum InstitutionFixture {
    static let factors = FactorTable(
        defaults: FactorSet(
            standardCoal: [
                .electricity: SourcedValue(0.1229, source: "当量值"), .coal: SourcedValue(0.7143, source: "煤"),
                .gas: SourcedValue(1.33, source: "气"), .lpg: SourcedValue(1.7143, source: "液化气"),
                .gasoline: SourcedValue(1.0741, source: "汽油每升"), .diesel: SourcedValue(1.2385, source: "柴油每升"),
                .heat: SourcedValue(0.03412, source: "热力"),
            ],
            electricityEqualValue: SourcedValue(0.3055, source: "等价值2020"),
            gasolineDensity: SourcedValue(0.73, source: "密度"), dieselDensity: SourcedValue(0.85, source: "密度"),
            co2: [
                .electricity: SourcedValue(0.5, source: "电网"), .coal: SourcedValue(1.9, source: "煤"),
                .gas: SourcedValue(2.16, source: "气"), .lpg: SourcedValue(3.1, source: "液化气"),
                .gasoline: SourcedValue(2.2, source: "汽油"), .diesel: SourcedValue(2.7, source: "柴油"),
                .heat: SourcedValue(0.11, source: "热力"),
            ]),
        byYear: [:])

    /// A row with electricity, gasoline and water; other sources zero unless given.
    static func record(_ id: String, _ name: String, _ category: InstitutionCategory, area: Double, users: Double,
                       kwh: Double, gasolineL: Double = 0, gasM3: Double = 0, water: Double = 100,
                       vehicles: Int = 0, nev: Int = 0, pv: Double = 0) -> InstitutionRecord {
        var energy = EnergyQuantities()
        energy.electricityKWh = kwh
        energy.gasolineL = gasolineL
        energy.gasM3 = gasM3
        return InstitutionRecord(id: id, name: name, category: category, level: .county, areaM2: area, users: users,
                                 vehicles: vehicles, newEnergyVehicles: nev, energy: energy, waterM3: water, pvKWh: pv,
                                 location: SourceLocation(file: "content/data/statistics/x.csv", line: 2))
    }

    static func data(_ years: [(Int, [InstitutionRecord])], registers: [RegisterEntry] = [], plans: [Plan] = [],
                     factors: FactorTable = factors) -> SiteData {
        let statistics = years.map { YearStatistics(year: $0.0, file: "content/data/statistics/\($0.0).csv", institutions: $0.1) }
        let accounts = Accounting.series(statistics, factors: factors)
        return SiteData(
            config: SiteConfig(title: "测试站", organisation: "测试机关事务中心", description: "测试"), pages: [],
            factors: factors, years: accounts.map(\.year), statistics: statistics, accounts: accounts,
            metrics: MetricSeriesBuilder.series(from: accounts), plans: plans, registers: registers, today: "2025-06-10")
    }

    /// Two years of four institutions, one per group, and one that stops reporting.
    static func small(registers: [RegisterEntry] = []) -> SiteData {
        let first = [
            record("G1", "县政府办公室", .stateOrgan, area: 1000, users: 50, kwh: 100_000, gasolineL: 2000, vehicles: 4, nev: 1),
            record("E1", "第一中学", .education, area: 10_000, users: 1000, kwh: 200_000, gasM3: 5000, water: 20_000),
            record("E2", "村小", .education, area: 500, users: 40, kwh: 20_000, water: 500),
            record("H1", "人民医院", .health, area: 8000, users: 600, kwh: 900_000, gasM3: 30_000, water: 40_000),
            record("O1", "图书馆", .culture, area: 2000, users: 30, kwh: 40_000),
        ]
        let second = [
            record("G1", "县政府办公室", .stateOrgan, area: 1000, users: 50, kwh: 90_000, gasolineL: 1500, vehicles: 4, nev: 2),
            record("E1", "第一中学", .education, area: 10_000, users: 1000, kwh: 190_000, gasM3: 4000, water: 19_000, pv: 5000),
            record("E2", "村小", .education, area: 500, users: 40, kwh: 21_000, water: 480),
            record("H1", "人民医院", .health, area: 8000, users: 600, kwh: 880_000, gasM3: 29_000, water: 39_000),
        ]
        return data([(2020, first), (2021, second)], registers: registers)
    }

    static func entry(_ id: String, institution: String, kind: RegisterKind = .retrofit, status: RegisterStatus = .completed,
                      start: CalendarDate? = CalendarDate(year: 2021, month: 3, day: 1),
                      end: CalendarDate? = CalendarDate(year: 2021, month: 9, day: 30), area: Double? = nil,
                      investment: Double? = nil, title: String = "综合节能改造") -> RegisterEntry {
        RegisterEntry(id: id, kind: kind, institution: institution, title: title, status: status, start: start, end: end,
                      areaM2: area, investmentWan: investment,
                      location: SourceLocation(file: "content/data/registers/retrofits.csv", line: 2))
    }

    /// The project's own templates (templates/ of the checkout).
    static let templates: TemplateSet = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")
        var sources: [TemplateSource] = []
        let names = ["layout", "page", "structure", "group", "institutions", "institution", "methodology",
                     "partials/inst-cards", "partials/inst-table", "partials/inst-links", "partials/inst-conflicts"]
        for name in names {
            let url = root.appendingPathComponent(name + ".mustache")
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            sources.append(TemplateSource(name: name, path: "templates/\(name).mustache", text: text))
        }
        let (set, problems) = TemplateSet.parse(sources)
        guard let set, problems.isEmpty else { fatalError("templates of the checkout do not parse: \(problems)") }
        return set
    }()

    static func context(_ data: SiteData) -> RenderContext {
        RenderContext(data: data, templates: templates, markdown: MarkdownRenderer())
    }
}
