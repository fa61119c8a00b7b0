import GreenPubCharts
import GreenPubCompute
import GreenPubModel

/// What `templates/group.mustache` sees.
struct GroupView {
    /// A member institution in the full list.
    struct Member {
        let rank: Int
        let name: String
        let href: String
        let value: String
    }

    let title: String
    let yearNote: String
    let membership: String
    let groups: LinksView
    let latestYear: Int
    let cards: CardsView
    let totalsTable: TableView
    let intensityTable: TableView
    let intensityFigures: [FigureView]
    let shareFigure: FigureView
    let topTable: TableView
    let members: [Member]
    let memberCount: Int
    let hasMembers: Bool
    let listHref: String
    let structureHref: String
    let intensitiesHref: String

    init(group: InstitutionGroup, data: SiteData, ranking: IntensityRanking, from path: String) {
        let link = { (target: String) in RelativeURL.link(from: path, to: target) }
        let years = data.accounts.map(\.year)
        let accounts = data.accounts.map { $0.group(group) }
        let latest = accounts[accounts.count - 1]
        let latestYear = years[years.count - 1]
        self.latestYear = latestYear
        title = group.pageTitle
        yearNote = "统计年度：\(GroupView.span(years))（最新 \(latestYear)年）"
        membership = group.membership
        groups = LinksView(label: "分类机构", links: InstitutionGroup.allCases.map {
            LinkView(title: $0.pageTitle, href: link(InstitutionPaths.group($0)), current: $0 == group)
        })
        listHref = link(InstitutionPaths.list) + "#" + InstitutionPaths.listAnchor(group)
        structureHref = link(InstitutionPaths.structure(latestYear))
        intensitiesHref = link(MethodologyPaths.intensities)
        cards = CardsView(cards: GroupView.cards(latest, year: latestYear, structure: structureHref))
        totalsTable = GroupView.totalsTable(accounts, years: years, group: group)
        intensityTable = GroupView.intensityTable(accounts, years: years, group: group)
        let counties = data.accounts.map(\.county)
        let source = FigureSource.statistics(years: years, from: path, method: MethodologyPaths.intensities)
        intensityFigures = IntensityMeasure.all.map { measure in
            FigureView(html: ChartFigure.markup(GroupView.trend(measure, group: group, accounts: accounts, counties: counties, years: years),
                                              caption: "\(group.chineseName) \(measure.name)", sourceHTML: source))
        }
        shareFigure = FigureView(html: ChartFigure.markup(GroupView.shares(accounts, years: years, group: group),
                                                        caption: "\(group.chineseName)占全县的比重",
                                                        sourceHTML: FigureSource.statistics(years: years, from: path)))
        let ranked = ranking.members(of: group)
        topTable = GroupView.topTable(Array(ranked.prefix(GroupPageBuilder.topCount)), year: latestYear, group: group, from: path)
        members = ranked.enumerated().map { index, account in
            Member(rank: index + 1, name: account.name, href: link(InstitutionPaths.institution(id: account.id)),
                   value: Figures.number(account.intensities.energyPerArea, decimals: 2))
        }
        memberCount = ranked.count
        hasMembers = !ranked.isEmpty
    }

    static func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return first == last ? "\(first)年" : "\(first)—\(last)年"
    }

    static func cards(_ account: GroupAccount, year: Int, structure: String) -> [CardView] {
        let totals = account.totals
        return [
            CardView(label: "\(year)年机构数", value: "\(totals.institutionCount)", unit: "家", note: nil, href: nil),
            CardView(label: "建筑面积", value: Figures.wan(totals.areaM2), unit: "万平方米",
                     note: "占全县 \(Figures.percent(account.shares.areaPercent))", href: nil),
            CardView(label: "用能人数", value: Figures.number(totals.users, decimals: 0, grouping: true), unit: "人", note: nil, href: nil),
            CardView(label: "能源消费", value: Figures.number(totals.totalEnergyTce, decimals: 0), unit: "吨标准煤",
                     note: "占全县 \(Figures.percent(account.shares.energyPercent))", href: structure),
            CardView(label: "碳排放", value: Figures.number(totals.totalCO2Tonnes, decimals: 0), unit: "吨",
                     note: "占全县 \(Figures.percent(account.shares.co2Percent))", href: structure),
            CardView(label: "用水量", value: Figures.wan(totals.waterM3), unit: "万立方米",
                     note: "占全县 \(Figures.percent(account.shares.waterPercent))", href: nil),
        ]
    }

    static func totalsTable(_ accounts: [GroupAccount], years: [Int], group: InstitutionGroup) -> TableView {
        func row(_ name: String, _ unit: String?, _ value: (GroupAccount) -> String) -> TableView.Row {
            TableView.Row(header: name, note: unit, cells: accounts.map { .number(value($0)) })
        }
        func tce(_ value: Double) -> String { Figures.number(value, decimals: 2, grouping: true) }
        return TableView(
            label: "\(group.chineseName)逐年总量", caption: "\(group.chineseName)逐年总量", corner: "项目",
            columns: years.map { .init("\($0)年") },
            rows: [
                row("机构数", "家") { "\($0.totals.institutionCount)" },
                row("建筑面积", "万平方米") { Figures.wan($0.totals.areaM2) },
                row("用能人数", "人") { Figures.number($0.totals.users, decimals: 0, grouping: true) },
                row("公务用车", "辆") { "\($0.totals.vehicles)" },
                row("其中新能源汽车", "辆") { "\($0.totals.newEnergyVehicles)" },
                row("能源消费总量", "吨标准煤") { tce($0.totals.totalEnergyTce) },
                row("建筑能耗", "吨标准煤") { tce($0.totals.buildingEnergyTce) },
                row("车辆能耗", "吨标准煤") { tce($0.totals.vehicleEnergyTce) },
                row("碳排放总量", "吨") { tce($0.totals.totalCO2Tonnes) },
                row("用水量", "立方米") { Figures.number($0.totals.waterM3, decimals: 0, grouping: true) },
                row("光伏发电量", "千瓦时") { Figures.number($0.totals.pvKWh, decimals: 0, grouping: true) },
                row("占全县能源消费", nil) { Figures.percent($0.shares.energyPercent) },
                row("占全县碳排放", nil) { Figures.percent($0.shares.co2Percent) },
            ],
            style: "inst-by-year")
    }

    static func intensityTable(_ accounts: [GroupAccount], years: [Int], group: InstitutionGroup) -> TableView {
        var rows: [TableView.Row] = []
        for measure in IntensityMeasure.all {
            rows.append(TableView.Row(header: measure.name, note: "\(measure.unit)，总量比值",
                                      cells: accounts.map { .number(Figures.number(measure.value($0.totals.intensities), decimals: 2)) }))
            rows.append(TableView.Row(header: measure.name, note: "\(measure.unit)，单位平均",
                                      cells: accounts.map { .number(Figures.number(measure.value($0.meanOfInstitutions), decimals: 2)) }))
        }
        return TableView(label: "\(group.chineseName)逐年强度", caption: "\(group.chineseName)逐年强度（两种口径）", corner: "指标",
                         columns: years.map { .init("\($0)年") }, rows: rows, style: "inst-by-year")
    }

    static func trend(_ measure: IntensityMeasure, group: InstitutionGroup, accounts: [GroupAccount],
                      counties: [CountyAccount], years: [Int]) -> LineChart {
        LineChart(
            id: "trend-\(measure.key)", title: "\(group.chineseName)\(measure.name)",
            description: "\(group.chineseName)的总量比值、单位平均与全县总量比值的对比。",
            xValues: years,
            series: [
                ChartSeries(key: group.paletteKey, label: "\(group.chineseName)（总量比值）", values: accounts.map { measure.value($0.totals.intensities) }),
                ChartSeries(key: "group-mean", label: "\(group.chineseName)（单位平均）", values: accounts.map { measure.value($0.meanOfInstitutions) }),
                ChartSeries(key: ChartPalette.countyKey, label: "全县（总量比值）", values: counties.map { measure.value($0.totals.intensities) }),
            ],
            unit: measure.unit, decimals: 2)
    }

    static func shares(_ accounts: [GroupAccount], years: [Int], group: InstitutionGroup) -> BarChart {
        BarChart(
            id: "shares", title: "\(group.chineseName)占全县的比重", orientation: .vertical,
            categories: years.map { "\($0)" },
            series: [
                ChartSeries(key: "share-energy", label: "能源消费", values: accounts.map(\.shares.energyPercent)),
                ChartSeries(key: "share-co2", label: "碳排放", values: accounts.map(\.shares.co2Percent)),
                ChartSeries(key: "share-area", label: "建筑面积", values: accounts.map(\.shares.areaPercent)),
            ],
            mode: .grouped, unit: "%", decimals: 2, showsValueLabels: false, categoryHeader: "年份")
    }

    static func topTable(_ top: [InstitutionAccount], year: Int, group: InstitutionGroup, from path: String) -> TableView {
        let rows = top.enumerated().map { index, account in
            TableView.Row(
                header: "\(index + 1). \(account.name)", href: RelativeURL.link(from: path, to: InstitutionPaths.institution(id: account.id)),
                note: account.id,
                cells: [
                    .number(Figures.number(account.intensities.energyPerArea, decimals: 2)),
                    .number(Figures.number(account.intensities.energyPerPerson, decimals: 2)),
                    .number(Figures.number(account.totals.areaM2, decimals: 0, grouping: true)),
                    .number(Figures.number(account.totals.totalEnergyTce, decimals: 2, grouping: true)),
                    .number(Figures.number(account.totals.totalCO2Tonnes, decimals: 2, grouping: true)),
                ])
        }
        return TableView(
            label: "\(year)年\(group.chineseName)单位建筑面积能耗最高的单位", caption: "\(year)年单位建筑面积能耗最高的\(top.count)家单位",
            corner: "单位", columns: [.init("单位建筑面积能耗", unit: "千克标准煤/平方米"), .init("人均综合能耗", unit: "千克标准煤/人"),
                                     .init("建筑面积", unit: "平方米"), .init("能源消费", unit: "吨标准煤"), .init("碳排放", unit: "吨")],
            rows: rows, style: "inst-ranking")
    }
}

/// One of the four intensities of the plans (专栏1), as pages print it.
struct IntensityMeasure: Sendable {
    let key: String
    let name: String
    let unit: String
    let value: @Sendable (Intensities) -> Double?

    static let all: [IntensityMeasure] = [
        IntensityMeasure(key: "energy-per-area", name: "单位建筑面积能耗", unit: "千克标准煤/平方米", value: { $0.energyPerArea }),
        IntensityMeasure(key: "energy-per-person", name: "人均综合能耗", unit: "千克标准煤/人", value: { $0.energyPerPerson }),
        IntensityMeasure(key: "water-per-person", name: "人均用水量", unit: "立方米/人", value: { $0.waterPerPerson }),
        IntensityMeasure(key: "co2-per-area", name: "单位建筑面积碳排放", unit: "千克/平方米", value: { $0.co2PerArea }),
    ]
}
