import GreenPubCharts
import GreenPubCompute
import GreenPubModel

/// What `templates/institution.mustache` sees: one institution across the years.
struct InstitutionView {
    let name: String
    let id: String
    let category: String
    let level: String?
    let groupTitle: String
    let groupHref: String
    let yearNote: String
    let latestYear: Int
    let cards: CardsView
    let factsTable: TableView
    let factsNote: String
    let trendFigure: FigureView
    let mixFigure: FigureView?
    let projects: [ProjectRow]
    let hasProjects: Bool
    let projectCount: Int
    let registerHref: String
    let listHref: String
    let methodologyHref: String

    init(history: InstitutionHistory, shared: InstitutionPageContext) {
        let path = history.path
        let latest = history.latest
        let latestIndex = history.latestYearIndex
        let years = shared.years
        let year = years[latestIndex]
        let group = latest.group
        name = latest.name
        id = history.id
        category = "\(latest.category.chineseName)（\(latest.category.code)）"
        level = latest.level?.chineseName
        groupTitle = group.pageTitle
        groupHref = RelativeURL.link(from: path, to: InstitutionPaths.group(group))
        latestYear = year
        let reported = history.accounts.indices.filter { history.accounts[$0] != nil }.map { years[$0] }
        let absentLatest = latestIndex != years.count - 1
        yearNote = "统计年度：\(GroupView.span(years))（本单位报送 \(reported.count) 年"
            + (absentLatest ? "，最近一次为\(year)年）" : "，最新 \(year)年）")
        listHref = RelativeURL.link(from: path, to: InstitutionPaths.list)
        registerHref = RelativeURL.link(from: path, to: RegisterPaths.list)
        methodologyHref = RelativeURL.link(from: path, to: MethodologyPaths.formulas)
        cards = CardsView(cards: InstitutionView.cards(history, shared: shared, latestIndex: latestIndex))
        let sourceAmounts = history.records.compactMap { $0 }.map { record in SourceAmounts { record.energy[$0] } }
        let used = EnergySourceUse.used(in: sourceAmounts)
        factsTable = InstitutionFacts.table(history, years: years, sources: used)
        let unused = EnergySourceUse.unused(used)
        factsNote = "“—”表示该年未报送。" + (unused.isEmpty ? "" : "各年均未使用的能源品种不列出：\(unused.joined(separator: "、"))。")
        let trend = LineChart(
            id: "trend", title: "\(latest.name)单位建筑面积能耗",
            description: "本单位与\(group.chineseName)各单位平均值、全县总量比值的对比。",
            xValues: years,
            series: [
                ChartSeries(key: "institution", label: "本单位", values: history.energyPerAreaByYear),
                ChartSeries(key: group.paletteKey, label: "\(group.chineseName)单位平均", values: shared.groupMeanEnergyPerArea[group.order]),
                ChartSeries(key: ChartPalette.countyKey, label: "全县（总量比值）", values: shared.countyEnergyPerArea),
            ],
            unit: "千克标准煤/平方米", decimals: 2)
        trendFigure = FigureView(html: ChartFigure.markup(trend, caption: "单位建筑面积能耗趋势",
                                                        sourceHTML: FigureSource.statistics(years: years, from: path, method: MethodologyPaths.intensities)))
        let energy = latest.totals.energyTce
        if latest.totals.totalEnergyTce > 0 {
            let sources = EnergySource.allCases.filter { energy[$0] > 0 }
            let pie = PieChart(
                id: "mix", title: "\(year)年能源消费结构",
                slices: sources.map { PieChart.Slice(key: $0.paletteKey, label: $0.chineseName, value: energy[$0]) },
                unit: "吨标准煤", decimals: 2, percentDecimals: 2, categoryHeader: "能源品种")
            mixFigure = FigureView(html: ChartFigure.markup(pie, caption: pie.title,
                                                          sourceHTML: FigureSource.statistics(year: year, from: path)))
        } else {
            mixFigure = nil
        }
        projects = history.entries.map { ProjectRow(entry: $0, from: path) }
        hasProjects = !projects.isEmpty
        projectCount = projects.count
    }

    static func cards(_ history: InstitutionHistory, shared: InstitutionPageContext, latestIndex: Int) -> [CardView] {
        let account = history.latest
        let totals = account.totals
        let year = shared.years[latestIndex]
        let previous = latestIndex > 0 ? history.accounts[latestIndex - 1] : nil
        func change(_ now: Double, _ before: Double?) -> String? {
            guard let before, before > 0 else { return nil }
            return "比上年 \(Figures.signed((now - before) / before * 100, decimals: 1))%"
        }
        var rankNote: String?
        if latestIndex == shared.years.count - 1, let rank = shared.ranking.rank(of: account.id) {
            let size = shared.groupSizes[account.group.order]
            rankNote = "\(account.group.chineseName)\(size)家中由高到低第\(rank)位"
        }
        return [
            CardView(label: "\(year)年能源消费", value: Figures.number(totals.totalEnergyTce, decimals: 2, grouping: true), unit: "吨标准煤",
                     note: change(totals.totalEnergyTce, previous?.totals.totalEnergyTce), href: nil),
            CardView(label: "单位建筑面积能耗", value: Figures.number(totals.intensities.energyPerArea, decimals: 2), unit: "千克标准煤/平方米",
                     note: rankNote, href: nil),
            CardView(label: "人均综合能耗", value: Figures.number(totals.intensities.energyPerPerson, decimals: 2), unit: "千克标准煤/人",
                     note: nil, href: nil),
            CardView(label: "碳排放", value: Figures.number(totals.totalCO2Tonnes, decimals: 2, grouping: true), unit: "吨",
                     note: change(totals.totalCO2Tonnes, previous?.totals.totalCO2Tonnes), href: nil),
            CardView(label: "用水量", value: Figures.number(totals.waterM3, decimals: 0, grouping: true), unit: "立方米",
                     note: change(totals.waterM3, previous?.totals.waterM3), href: nil),
        ]
    }
}
