import GreenPubCharts
import GreenPubCompute
import GreenPubModel

/// The charts a page can place by name, built from the computed data: the county plan's
/// figures 1-4 (shares by group), the energy and carbon mix, the totals by year, and an
/// indicator's trend against its target path.
enum SiteCharts {
    /// A quantity the plan splits by group in its figures 1-4.
    enum GroupQuantity: String, CaseIterable, Sendable {
        case energy, carbon, buildingCarbon, vehicleCarbon

        /// The plan's figure number and caption (图1 分类机构能源消费占比, ...).
        var figure: (number: Int, caption: String) {
            switch self {
            case .energy: (1, "分类机构能源消费占比")
            case .carbon: (2, "分类机构碳排放总量占比")
            case .buildingCarbon: (3, "分类机构建筑碳排放占比")
            case .vehicleCarbon: (4, "分类机构车辆碳排放占比")
            }
        }

        var unit: String { self == .energy ? "吨标准煤" : "吨" }

        func value(_ totals: AccountTotals) -> Double {
            switch self {
            case .energy: totals.totalEnergyTce
            case .carbon: totals.totalCO2Tonnes
            case .buildingCarbon: totals.buildingCO2Tonnes
            case .vehicleCarbon: totals.vehicleCO2Tonnes
            }
        }
    }

    /// 图1-图4 of a year: a pie of the quantity by group.
    static func byGroup(_ quantity: GroupQuantity, year: YearAccounts, id: String) -> (chart: PieChart, caption: String) {
        let slices = year.groups.map { account in
            PieChart.Slice(key: account.group.rawValue, label: account.group.chineseName, value: quantity.value(account.totals))
        }
        let caption = "图\(quantity.figure.number) \(year.year)年\(quantity.figure.caption)"
        let chart = PieChart(id: id, title: caption, slices: slices, unit: quantity.unit, decimals: 0,
                             categoryHeader: "机构类别")
        return (chart, caption)
    }

    /// Energy (tce) or CO2 (t) by source for the county or a group, as a ring; sources with
    /// nothing that year are left out.
    static func mix(carbon: Bool, year: YearAccounts, group: InstitutionGroup?, id: String) -> (chart: PieChart, caption: String) {
        let totals = group.map { year.group($0).totals } ?? year.county.totals
        let amounts = carbon ? totals.co2Tonnes : totals.energyTce
        let slices = amounts.entries.filter { $0.amount > 0 }.map {
            PieChart.Slice(key: $0.source.rawValue, label: $0.source.chineseName, value: $0.amount)
        }
        let scope = group.map(groupName) ?? "全县公共机构"
        let caption = "\(year.year)年\(scope)\(carbon ? "碳排放结构" : "能源消费结构")"
        let chart = PieChart(id: id, title: caption, slices: slices, unit: carbon ? "吨" : "吨标准煤", decimals: 0,
                             donut: true, categoryHeader: "能源品种")
        return (chart, caption)
    }

    /// Energy or CO2 of every year up to `last`, stacked by group.
    static func byYear(carbon: Bool, accounts: [YearAccounts], through last: Int, id: String) -> (chart: BarChart, caption: String) {
        let years = accounts.filter { $0.year <= last }
        let series = InstitutionGroup.allCases.map { group in
            ChartSeries(key: group.rawValue, label: group.chineseName, values: years.map {
                let totals = $0.group(group).totals
                return carbon ? totals.totalCO2Tonnes : totals.totalEnergyTce
            })
        }
        let span = years.first.map { $0.year == last ? "\(last)年" : "\($0.year)—\(last)年" } ?? "\(last)年"
        let caption = "\(span)全县公共机构\(carbon ? "碳排放总量" : "能源消费总量")（按机构类别）"
        let chart = BarChart(id: id, title: caption, orientation: .vertical, categories: years.map { "\($0.year)" },
                             series: series, mode: .stacked, unit: carbon ? "吨" : "吨标准煤", decimals: 0, categoryHeader: "年份")
        return (chart, caption)
    }

    /// An indicator's values from its base year to `last`, with the straight path from the
    /// computed base to the target. (A group's values are not drawn beside the county's: the
    /// plan's group means are a tenth of the county's ratio, which would flatten them.)
    static func indicator(_ indicator: PlanIndicator, evaluations: [IndicatorEvaluation], id: String) -> (chart: LineChart, caption: String) {
        let years = evaluations.map(\.year)
        let series = [ChartSeries(key: scopeKey(indicator.scope), label: indicator.scope.chineseName, values: evaluations.map(\.value))]
        var path: LineChart.TargetPath?
        if let first = evaluations.first {
            path = LineChart.TargetPath(baseYear: first.baseYear, baseValue: first.computedBase,
                                        targetYear: first.targetYear, targetValue: first.target)
        }
        let caption = "\(scopeName(indicator.scope))\(indicator.name)"
        let chart = LineChart(id: id, title: caption, xValues: years, series: series, targetPath: path,
                              unit: indicator.unit, decimals: IndicatorPrecision.decimals(of: indicator))
        return (chart, caption)
    }

    /// 全县公共机构 or 教育类公共机构.
    static func scopeName(_ scope: IndicatorScope) -> String {
        switch scope {
        case .county: "全县公共机构"
        case .group(let group): groupName(group)
        }
    }

    /// 党政机关, 教育类公共机构, 卫生类公共机构, 其他公共机构.
    static func groupName(_ group: InstitutionGroup) -> String {
        switch group {
        case .government: "党政机关"
        case .education, .health: "\(group.chineseName)类公共机构"
        case .other: "其他公共机构"
        }
    }

    static func scopeKey(_ scope: IndicatorScope) -> String {
        switch scope {
        case .county: "county"
        case .group(let group): group.rawValue
        }
    }
}
