import GreenPubCharts
import GreenPubCompute
import GreenPubModel

/// What `templates/structure.mustache` sees: one year's 能耗结构.
struct StructureView {
    let title: String
    /// The plan whose figures 1-4 the page reproduces (the first plan of the project).
    let planTitle: String?
    let yearNote: String
    let years: LinksView
    let cards: CardsView
    let intensityCards: CardsView
    /// The plan's figures 1-4.
    let groupFigures: [FigureView]
    let groupTable: TableView
    let groupLinks: LinksView
    let sourceFigures: [FigureView]
    let sourceTable: TableView
    let unusedSourcesNote: String?
    let splitTable: TableView
    let mixFigures: [FigureView]
    let sourceHTML: String
    /// The statistics file the year was read from (project-relative).
    let dataFile: String
    let listHref: String
    let formulasHref: String
    let intensitiesHref: String
    let conflictsHref: String

    init(year: YearAccounts, data: SiteData, sources: [EnergySource], from path: String) {
        let county = year.county.totals
        let link = { (target: String) in RelativeURL.link(from: path, to: target) }
        title = "\(year.year)年能耗结构"
        planTitle = data.plans.first?.title
        yearNote = "统计年度：\(year.year)年"
        years = LinksView(label: "选择统计年度", links: data.accounts.map {
            LinkView(title: "\($0.year)年", href: link(InstitutionPaths.structure($0.year)), current: $0.year == year.year)
        })
        sourceHTML = FigureSource.statistics(year: year.year, from: path)
        dataFile = year.file
        listHref = link(InstitutionPaths.list)
        formulasHref = link(MethodologyPaths.formulas)
        intensitiesHref = link(MethodologyPaths.intensities)
        conflictsHref = link(MethodologyPaths.conflicts)
        cards = CardsView(cards: StructureView.headline(county, formulas: formulasHref))
        intensityCards = CardsView(cards: StructureView.intensities(year.county, explained: intensitiesHref))
        groupFigures = StructureView.groupPies(year, source: sourceHTML)
        groupTable = StructureView.groupTable(year, from: path)
        groupLinks = LinksView(label: "分类机构", links: InstitutionGroup.allCases.map { LinkView(title: $0.pageTitle, href: link(InstitutionPaths.group($0))) })
        sourceFigures = StructureView.sourcePies(county, sources: sources, year: year.year, source: sourceHTML)
        sourceTable = StructureView.sourceTable(county, sources: sources, year: year.year)
        let unused = EnergySourceUse.unused(sources)
        unusedSourcesNote = unused.isEmpty ? nil : "表中不列各年均未使用的能源品种：\(unused.joined(separator: "、"))。"
        splitTable = StructureView.splitTable(county, year: year.year)
        mixFigures = [
            FigureView(html: ChartFigure.markup(StructureView.mixByGroup(year, sources: sources), caption: "\(year.year)年分类机构能源消费构成", sourceHTML: sourceHTML)),
            FigureView(html: ChartFigure.markup(StructureView.mixByYear(data.accounts, sources: sources), caption: "各年能源消费构成",
                                              sourceHTML: FigureSource.statistics(years: data.years, from: path))),
        ]
    }

    // MARK: Headline figures

    static func headline(_ county: AccountTotals, formulas: String) -> [CardView] {
        let nevShare = county.nevSharePercent.map { "（\(Figures.percent($0))）" } ?? ""
        return [
            CardView(label: "公共机构", value: "\(county.institutionCount)", unit: "家", note: nil, href: nil),
            CardView(label: "建筑面积", value: Figures.wan(county.areaM2), unit: "万平方米", note: nil, href: nil),
            CardView(label: "用能人数", value: Figures.wan(county.users), unit: "万人", note: nil, href: nil),
            CardView(label: "公务用车", value: "\(county.vehicles)", unit: "辆",
                     note: "其中新能源汽车 \(county.newEnergyVehicles) 辆\(nevShare)", href: nil),
            CardView(label: "能源消费总量", value: Figures.number(county.totalEnergyTce, decimals: 0), unit: "吨标准煤",
                     note: "电力按当量值折算；按等价值为 \(Figures.number(county.totalEnergyEqualValueTce, decimals: 0)) 吨标准煤", href: formulas),
            CardView(label: "用水总量", value: Figures.wan(county.waterM3), unit: "万立方米", note: nil, href: nil),
            CardView(label: "碳排放总量", value: Figures.number(county.totalCO2Tonnes, decimals: 0), unit: "吨",
                     note: "建筑 \(Figures.percent(county.buildingCO2SharePercent))，车辆 \(Figures.percent(county.buildingCO2SharePercent.map { 100 - $0 }))",
                     href: formulas),
        ]
    }

    /// The four intensities as ratios of the county's totals, with the mean of the institutions beside.
    static func intensities(_ county: CountyAccount, explained: String) -> [CardView] {
        let ratio = county.totals.intensities
        let mean = county.meanOfInstitutions
        func card(_ label: String, _ value: Double?, _ meanValue: Double?, _ unit: String) -> CardView {
            CardView(label: label, value: Figures.number(value, decimals: 2), unit: unit,
                     note: "总量比值；各单位平均 \(Figures.number(meanValue, decimals: 2))", href: explained)
        }
        return [
            card("单位建筑面积能耗", ratio.energyPerArea, mean.energyPerArea, "千克标准煤/平方米"),
            card("人均综合能耗", ratio.energyPerPerson, mean.energyPerPerson, "千克标准煤/人"),
            card("人均用水量", ratio.waterPerPerson, mean.waterPerPerson, "立方米/人"),
            card("单位建筑面积碳排放", ratio.co2PerArea, mean.co2PerArea, "千克/平方米"),
        ]
    }

    // MARK: Figures 1-4 of the plan

    static func groupPies(_ year: YearAccounts, source: String) -> [FigureView] {
        let pies: [(id: String, number: Int, title: String, unit: String, value: (AccountTotals) -> Double)] = [
            ("fig1-energy", 1, "分类机构能源消费占比", "吨标准煤", { $0.totalEnergyTce }),
            ("fig2-co2", 2, "分类机构碳排放总量占比", "吨", { $0.totalCO2Tonnes }),
            ("fig3-building-co2", 3, "分类机构建筑碳排放占比", "吨", { $0.buildingCO2Tonnes }),
            ("fig4-vehicle-co2", 4, "分类机构车辆碳排放占比", "吨", { $0.vehicleCO2Tonnes }),
        ]
        return pies.map { pie in
            let chart = PieChart(
                id: pie.id, title: "\(year.year)年\(pie.title)",
                slices: year.groups.map { PieChart.Slice(key: $0.group.paletteKey, label: $0.group.chineseName, value: pie.value($0.totals)) },
                unit: pie.unit, decimals: 0, percentDecimals: 2, categoryHeader: "分类")
            return FigureView(html: ChartFigure.markup(chart, caption: "图\(pie.number) \(chart.title)", sourceHTML: source))
        }
    }

    static func groupTable(_ year: YearAccounts, from path: String) -> TableView {
        func cells(_ totals: AccountTotals, _ shares: GroupShares?) -> [TableView.Cell] {
            [
                .number("\(totals.institutionCount)"),
                .number(Figures.wan(totals.areaM2)),
                .number(Figures.number(totals.users, decimals: 0, grouping: true)),
                .number(Figures.number(totals.totalEnergyTce, decimals: 2, grouping: true)),
                .number(shares.map { Figures.percent($0.energyPercent) } ?? Figures.percent(100)),
                .number(Figures.number(totals.totalCO2Tonnes, decimals: 2, grouping: true)),
                .number(shares.map { Figures.percent($0.co2Percent) } ?? Figures.percent(100)),
                .number(shares.map { Figures.percent($0.buildingCO2Percent) } ?? Figures.percent(100)),
                .number(shares.map { Figures.percent($0.vehicleCO2Percent) } ?? Figures.percent(100)),
            ]
        }
        let rows = year.groups.map { group in
            TableView.Row(header: group.group.chineseName, href: RelativeURL.link(from: path, to: InstitutionPaths.group(group.group)),
                          cells: cells(group.totals, group.shares))
        }
        return TableView(
            label: "\(year.year)年分类机构汇总", caption: "\(year.year)年分类机构汇总", corner: "分类",
            columns: [.init("机构", unit: "家"), .init("建筑面积", unit: "万平方米"), .init("用能人数", unit: "人"),
                      .init("能源消费", unit: "吨标准煤"), .init("能源消费占比"), .init("碳排放", unit: "吨"), .init("碳排放占比"),
                      .init("建筑碳排放占比"), .init("车辆碳排放占比")],
            rows: rows, footer: [TableView.Row(header: "全县", cells: cells(year.county.totals, nil))])
    }

    // MARK: Energy sources

    static func sourcePies(_ county: AccountTotals, sources: [EnergySource], year: Int, source: String) -> [FigureView] {
        let energy = PieChart(
            id: "energy-by-source", title: "\(year)年能源消费结构",
            slices: sources.map { PieChart.Slice(key: $0.paletteKey, label: $0.chineseName, value: county.energyTce[$0]) },
            unit: "吨标准煤", decimals: 2, percentDecimals: 2, categoryHeader: "能源品种")
        let co2 = PieChart(
            id: "co2-by-source", title: "\(year)年碳排放结构",
            slices: sources.map { PieChart.Slice(key: $0.paletteKey, label: $0.chineseName, value: county.co2Tonnes[$0]) },
            unit: "吨", decimals: 2, percentDecimals: 2, categoryHeader: "能源品种")
        return [
            FigureView(html: ChartFigure.markup(energy, caption: energy.title + "（按能源品种）", sourceHTML: source)),
            FigureView(html: ChartFigure.markup(co2, caption: co2.title + "（按能源品种）", sourceHTML: source)),
        ]
    }

    static func sourceTable(_ county: AccountTotals, sources: [EnergySource], year: Int) -> TableView {
        let rows = sources.map { source in
            TableView.Row(header: source.chineseName, note: source.isVehicleFuel ? "车辆" : "建筑", cells: [
                .number(Figures.number(county.energyTce[source], decimals: 2, grouping: true)),
                .number(Figures.percent(county.energySharesPercent[source])),
                .number(Figures.number(county.co2Tonnes[source], decimals: 2, grouping: true)),
                .number(Figures.percent(county.co2SharesPercent[source])),
            ])
        }
        let total = TableView.Row(header: "合计", cells: [
            .number(Figures.number(county.totalEnergyTce, decimals: 2, grouping: true)),
            .number(Figures.percent(county.totalEnergyTce > 0 ? 100 : nil)),
            .number(Figures.number(county.totalCO2Tonnes, decimals: 2, grouping: true)),
            .number(Figures.percent(county.totalCO2Tonnes > 0 ? 100 : nil)),
        ])
        return TableView(label: "\(year)年分能源品种的能源消费和碳排放", caption: "\(year)年分能源品种的能源消费和碳排放",
                         corner: "能源品种", columns: [.init("折标准煤", unit: "吨标准煤"), .init("占能源消费"), .init("碳排放", unit: "吨"), .init("占碳排放")],
                         rows: rows, footer: [total])
    }

    static func splitTable(_ county: AccountTotals, year: Int) -> TableView {
        let vehicleEnergyShare = county.buildingEnergySharePercent.map { 100 - $0 }
        let vehicleCO2Share = county.buildingCO2SharePercent.map { 100 - $0 }
        let buildingNames = EnergySource.allCases.filter { !$0.isVehicleFuel }.map(\.chineseName).joined(separator: "、")
        let vehicleNames = EnergySource.allCases.filter(\.isVehicleFuel).map(\.chineseName).joined(separator: "、")
        return TableView(
            label: "\(year)年建筑与车辆", caption: "\(year)年建筑与车辆的能源消费和碳排放", corner: "用途",
            columns: [.init("能源消费", unit: "吨标准煤"), .init("占比"), .init("碳排放", unit: "吨"), .init("占比")],
            rows: [
                TableView.Row(header: "建筑", note: buildingNames, cells: [
                    .number(Figures.number(county.buildingEnergyTce, decimals: 2, grouping: true)),
                    .number(Figures.percent(county.buildingEnergySharePercent)),
                    .number(Figures.number(county.buildingCO2Tonnes, decimals: 2, grouping: true)),
                    .number(Figures.percent(county.buildingCO2SharePercent)),
                ]),
                TableView.Row(header: "车辆", note: vehicleNames, cells: [
                    .number(Figures.number(county.vehicleEnergyTce, decimals: 2, grouping: true)),
                    .number(Figures.percent(vehicleEnergyShare)),
                    .number(Figures.number(county.vehicleCO2Tonnes, decimals: 2, grouping: true)),
                    .number(Figures.percent(vehicleCO2Share)),
                ]),
            ])
    }

    // MARK: Energy mix

    static func mixByGroup(_ year: YearAccounts, sources: [EnergySource]) -> BarChart {
        BarChart(
            id: "mix-by-group", title: "\(year.year)年分类机构能源消费构成", orientation: .horizontal,
            categories: year.groups.map(\.group.chineseName),
            series: sources.map { source in
                ChartSeries(key: source.paletteKey, label: source.chineseName, values: year.groups.map { $0.totals.energyTce[source] })
            },
            mode: .stacked, unit: "吨标准煤", decimals: 0, categoryHeader: "分类")
    }

    static func mixByYear(_ years: [YearAccounts], sources: [EnergySource]) -> BarChart {
        BarChart(
            id: "mix-by-year", title: "各年能源消费构成", orientation: .vertical,
            categories: years.map { "\($0.year)" },
            series: sources.map { source in
                ChartSeries(key: source.paletteKey, label: source.chineseName, values: years.map { $0.county.totals.energyTce[source] })
            },
            mode: .stacked, unit: "吨标准煤", decimals: 0, categoryHeader: "年份")
    }
}
