import GreenPubCompute
import GreenPubModel
@testable import GreenPubRender

/// A small county in memory for the plan pages: a county plan with three indicators (one
/// 预期性, two 约束性), a column table with one task, a coal-share target, and a municipal plan
/// with a target the registers cannot measure; three statistics years; four register entries,
/// one with an id and a title that need escaping.
enum PlanPagesFixture {
    static let file = "content/plans/01-test.yaml"

    static func at(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: 1) }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static func indicator(
        _ id: String, name: String, attribute: IndicatorAttribute?, scope: IndicatorScope, metric: PlanMetric,
        aggregation: MetricAggregation, base: Double, decimals: Int, target: Double
    ) -> PlanIndicator {
        let printed = Figures.number(base, decimals: decimals)
        return PlanIndicator(
            id: id, name: name, section: nil, unit: metric.canonicalUnit, scope: scope, metric: metric,
            aggregation: aggregation, displayScale: 1,
            base: .init(year: 2020, printed: printed, value: base, decimals: decimals, location: at(10)),
            target: .init(year: 2025, comparison: .lessOrEqual, value: target, changePercent: nil,
                          printed: "≤" + Figures.number(target, decimals: decimals), decimals: decimals, location: at(11)),
            direction: .lowerIsBetter, attribute: attribute, text: nil, location: at(9))
    }

    static let countyPlan: Plan = {
        let indicators = [
            indicator("energy-total", name: "能源消费总量（吨标准煤）", attribute: .expected, scope: .county,
                      metric: .energyTce, aggregation: .total, base: 100, decimals: 0, target: 90),
            indicator("energy-per-area", name: "单位建筑面积能耗", attribute: .binding, scope: .county,
                      metric: .energyPerArea, aggregation: .ratioOfTotals, base: 10, decimals: 2, target: 9),
            indicator("edu-energy-per-area", name: "单位建筑面积能耗", attribute: .binding, scope: .group(.education),
                      metric: .energyPerArea, aggregation: .meanOfInstitutions, base: 5, decimals: 2, target: 4.5),
        ]
        let retrofits = EntryFilter(kinds: [.retrofit])
        let task = PlanTask(
            id: "c3-1", column: 3, number: "1", section: nil, keyWork: "完成2个既有建筑绿色化改造项目。", lead: "县机关事务管理中心",
            responsible: [
                ResponsibleUnit(unit: "县机关事务管理中心", institution: "PSG001", breakdown: "负责本单位改造。",
                                criterion: PlanCriterion(shape: .exists(EntryFilter(kinds: [.retrofit], institutions: ["PSG001"])),
                                                         label: "本单位改造", location: at(30)), location: at(29)),
                ResponsibleUnit(unit: "县教委", institution: nil, breakdown: "", criterion: nil, location: at(31)),
            ],
            deadline: date(2025, 12, 31), deadlineSource: .planPeriod, deadlineText: nil,
            criterion: PlanCriterion(shape: .count(retrofits, atLeast: 2), label: "改造项目", location: at(28)),
            location: at(27))
        let coal = PlanTask(
            id: "coal-share", column: nil, number: nil, section: "二、（一）", keyWork: "到2025年煤炭消费占比下降至2%以下。", lead: nil,
            responsible: [], deadline: date(2025, 12, 31), deadlineSource: .text, deadlineText: "到2025年",
            criterion: PlanCriterion(shape: .indicator(MetricBound(key: MetricKey(metric: .coalShare, scope: .county, aggregation: .ratioOfTotals),
                                                                   comparison: .less, value: 2)),
                                     label: "煤炭消费占比", location: at(41)),
            location: at(40))
        return Plan(
            id: "county-plan", title: "测试县“十四五”规划", issuers: ["测试县人民政府办公室"], date: date(2022, 3, 26),
            documentNumber: nil, jurisdiction: "测试县", period: PlanPeriod(startYear: 2021, endYear: 2025),
            indicatorTable: PlanTableCaption(number: 1, title: "主要指标", note: "备注原文。"),
            indicators: indicators,
            columns: [PlanColumn(number: 3, title: "改造重点工作", note: nil, section: "第二章", tasks: [task], location: at(26))],
            targets: [coal], file: file)
    }()

    static let municipalPlan: Plan = {
        let heat = PlanTask(
            id: "heat-pump-area", column: nil, number: nil, section: "二、（一）", keyWork: "新增热泵供热面积30万平方米。", lead: nil,
            responsible: [], deadline: date(2025, 12, 31), deadlineSource: .planPeriod, deadlineText: nil,
            criterion: PlanCriterion(shape: .notMeasurable(reason: "全市目标，未分解到区县。",
                                                           tally: Tally(filter: EntryFilter(kinds: [.heatPump]), field: .areaM2, unit: "平方米")),
                                     location: at(60)),
            location: at(59))
        return Plan(
            id: "municipal-plan", title: "市级实施方案", issuers: ["市机关事务管理局"], date: date(2022, 12, 30),
            documentNumber: "渝机管发〔2022〕110号", jurisdiction: "重庆市", period: PlanPeriod(startYear: 2021, endYear: 2025),
            indicatorTable: nil, indicators: [], columns: [], targets: [heat], file: "content/plans/02-test.yaml")
    }()

    static let years = [2020, 2021, 2022]

    static func series(_ metric: PlanMetric, _ scope: IndicatorScope, _ aggregation: MetricAggregation, _ values: [Double]) -> PlanMetricSeries {
        PlanMetricSeries(key: MetricKey(metric: metric, scope: scope, aggregation: aggregation),
                         values: zip(years, values).map { YearValue(year: $0, value: $1) })
    }

    /// energy-total: 99 in 2021 against a path of 98 (滞后, 预期性: not flagged);
    /// energy-per-area: 9.70 in 2021 (path 9.80, 进度正常), 9.70 in 2022 (path 9.60: 滞后, flagged);
    /// edu: 4.40 in 2021 (达标); coal share 3.0 -> 2.5 -> 1.5 (达标 in 2022).
    static let metrics = [
        series(.energyTce, .county, .total, [100, 99, 97]),
        series(.energyPerArea, .county, .ratioOfTotals, [10, 9.7, 9.7]),
        series(.energyPerArea, .county, .meanOfInstitutions, [6, 5.9, 5.8]),
        series(.energyPerArea, .group(.education), .meanOfInstitutions, [5, 4.4, 4.4]),
        series(.coalShare, .county, .ratioOfTotals, [3, 2.5, 1.5]),
    ]

    static let hostileTitle = "\"><img src=x onerror=alert(1)>改造, <script>x</script>"

    static let entries = [
        RegisterEntry(id: "RF-1", kind: .retrofit, institution: "PSG001", title: "县机关办公楼改造", status: .completed,
                      start: date(2021, 3, 1), end: date(2021, 6, 30), areaM2: 12000, investmentWan: 300, savingTce: 50,
                      location: SourceLocation(file: "content/data/registers/retrofits.csv", line: 2, column: 1)),
        RegisterEntry(id: "RF-2", kind: .retrofit, institution: "PSE001", title: "中学教学楼改造", status: .inProgress,
                      start: date(2022, 1, 1), end: date(2023, 8, 31), areaM2: 8000,
                      location: SourceLocation(file: "content/data/registers/retrofits.csv", line: 3, column: 1)),
        RegisterEntry(id: "RF 3/改", kind: .retrofit, institution: "PSX999", title: hostileTitle, status: .completed,
                      start: date(2022, 2, 1), end: date(2022, 9, 30), areaM2: 3000,
                      location: SourceLocation(file: "content/data/registers/retrofits.csv", line: 4, column: 1)),
        RegisterEntry(id: "HP-1", kind: .heatPump, institution: "PSE001", title: "中学热泵", status: .completed,
                      start: date(2022, 3, 1), end: date(2022, 5, 1), areaM2: 5000,
                      location: SourceLocation(file: "content/data/registers/energy.csv", line: 2, column: 1)),
    ]

    static let institutions = [
        InstitutionRef(id: "PSE001", name: "测试中学", group: .education, level: .county),
        InstitutionRef(id: "PSG001", name: "测试县机关事务管理中心", group: .government, level: .county),
    ]

    /// Accounts of two institutions per year, enough for the exports.
    static func accounts(_ year: Int) -> YearAccounts {
        func sums(area: Double, energy: Double, co2: Double) -> AccountSums {
            var sums = AccountSums()
            sums.institutionCount = 1
            sums.areaM2 = area
            sums.users = 100
            sums.vehicles = 2
            sums.waterM3 = 1234.5
            sums.energyTce.electricity = energy * 0.8
            sums.energyTce.coal = energy * 0.2
            sums.co2Tonnes.electricity = co2
            return sums
        }
        let shift = Double(year - 2020)
        let school = InstitutionAccount(id: "PSE001", name: "测试中学", category: .education, level: .county,
                                        totals: AccountTotals(sums(area: 10000, energy: 50 - shift, co2: 120)))
        let office = InstitutionAccount(id: "PSG001", name: "测试县机关事务管理中心", category: .stateOrgan, level: .county,
                                        totals: AccountTotals(sums(area: 5000, energy: 30, co2: 80.123456)))
        let county = AccountTotals(school.totals.sums + office.totals.sums)
        let groups = InstitutionGroup.allCases.map { group -> GroupAccount in
            let members = [school, office].filter { $0.group == group }
            let totals = AccountTotals(AccountSums.total(members.map(\.totals.sums)))
            return GroupAccount(group: group, totals: totals, meanOfInstitutions: Intensities.mean(of: members.map(\.intensities)),
                                shares: GroupShares(of: totals, in: county))
        }
        return YearAccounts(year: year, file: "content/data/statistics/\(year).csv", institutions: [school, office], groups: groups,
                            county: CountyAccount(totals: county, meanOfInstitutions: Intensities.mean(of: [school.intensities, office.intensities])))
    }

    static func statistics(_ year: Int) -> YearStatistics {
        YearStatistics(year: year, file: "content/data/statistics/\(year).csv", institutions: [
            InstitutionRecord(id: "PSE001", name: "测试中学", category: .education, level: .county, areaM2: 10000, users: 100,
                              location: SourceLocation(file: "content/data/statistics/\(year).csv", line: 2)),
            InstitutionRecord(id: "PSG001", name: "测试县机关事务管理中心", category: .stateOrgan, level: .county, areaM2: 5000, users: 100,
                              location: SourceLocation(file: "content/data/statistics/\(year).csv", line: 3)),
        ])
    }

    static let data: SiteData = {
        let plans = [countyPlan, municipalPlan]
        let evaluations = plans.map { plan in
            PlanEvaluator.evaluate(plan, years: years, entries: entries, institutions: institutions, metrics: metrics).0
        }
        return SiteData(
            config: SiteConfig(title: "测试县公共机构节能", organisation: "测试县机关事务管理中心", description: "测试"),
            pages: [], years: years, statistics: years.map(statistics), accounts: years.map(accounts), metrics: metrics,
            plans: plans, evaluations: evaluations, registers: entries, today: "2022-06-10")
    }()
}
