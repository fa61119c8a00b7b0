import GreenPubCompute
import GreenPubModel

/// The closed list of account figures `{{< figure metric="…" >}}` can quote, for the county or
/// a group, each with its name, unit and the precision the county plan prints it at.
struct SiteFigureMetric: Sendable {
    /// What kind of figure it is: it decides which readings and scopes apply and how a change
    /// is written.
    enum Kind: Sendable {
        /// A sum (tce, t, m³, m², people, vehicles): a change is in percent.
        case total
        /// One of the four intensities: two readings, `ratio` (Σ ÷ Σ) and `mean` (of the
        /// institutions' own values, the plan's 平均值).
        case intensity(@Sendable (Intensities) -> Double?)
        /// A share in percent of the scope's own total: a change is in 个百分点.
        case share
        /// A group's share of the county's total: only for a group scope.
        case groupShare(@Sendable (GroupShares) -> Double?)
    }

    let name: String
    /// 能源消费总量, 建筑面积, ...
    let chineseName: String
    let unit: String
    let decimals: Int
    let kind: Kind
    /// The value from the scope's totals (nil for `intensity` and `groupShare`, read elsewhere).
    let total: (@Sendable (AccountTotals) -> Double?)?

    var isPercent: Bool {
        switch kind {
        case .share, .groupShare: true
        case .total, .intensity: false
        }
    }

    var hasReadings: Bool {
        if case .intensity = kind { return true }
        return false
    }

    var needsGroup: Bool {
        if case .groupShare = kind { return true }
        return false
    }

    /// The value for a scope of one year's accounts; nil where it has no meaning (no area,
    /// no vehicles, ...).
    func value(in year: YearAccounts, group: InstitutionGroup?, mean: Bool) -> Double? {
        let totals = group.map { year.group($0).totals } ?? year.county.totals
        switch kind {
        case .total, .share:
            if let group, year.group(group).totals.institutionCount == 0 { return nil }
            return total?(totals)
        case let .intensity(read):
            if mean {
                return read(group.map { year.group($0).meanOfInstitutions } ?? year.county.meanOfInstitutions)
            }
            return read(totals.intensities)
        case let .groupShare(read):
            guard let group else { return nil }
            return read(year.group(group).shares)
        }
    }

    // MARK: The list

    static let all: [SiteFigureMetric] = counts + energy + carbon + water + intensities + shares + groupShares

    static func named(_ name: String) -> SiteFigureMetric? { all.first { $0.name == name } }

    static var names: [String] { all.map(\.name) }

    private static func total(_ name: String, _ chinese: String, _ unit: String, _ decimals: Int,
                              _ read: @escaping @Sendable (AccountTotals) -> Double?) -> SiteFigureMetric {
        SiteFigureMetric(name: name, chineseName: chinese, unit: unit, decimals: decimals, kind: .total, total: read)
    }

    private static func share(_ name: String, _ chinese: String,
                              _ read: @escaping @Sendable (AccountTotals) -> Double?) -> SiteFigureMetric {
        SiteFigureMetric(name: name, chineseName: chinese, unit: "%", decimals: 2, kind: .share, total: read)
    }

    static let counts: [SiteFigureMetric] = [
        total("institutions", "公共机构数量", "家", 0) { Double($0.institutionCount) },
        total("area_m2", "建筑面积", "平方米", 0) { $0.areaM2 },
        total("area_wan_m2", "建筑面积", "万平方米", 2) { $0.areaM2 / 10_000 },
        total("users", "用能人数", "人", 0) { $0.users },
        total("users_wan", "用能人数", "万人", 2) { $0.users / 10_000 },
        total("vehicles", "公务用车", "辆", 0) { Double($0.vehicles) },
        total("nev", "新能源汽车", "辆", 0) { Double($0.newEnergyVehicles) },
        share("nev_share", "新能源汽车占公务用车比例") { $0.nevSharePercent },
        total("pv_kwh", "光伏发电量", "千瓦时", 0) { $0.pvKWh },
        total("pv_wan_kwh", "光伏发电量", "万千瓦时", 2) { $0.pvKWh / 10_000 },
    ]

    static let energy: [SiteFigureMetric] = [
        total("energy_tce", "能源消费总量", "吨标准煤", 0) { $0.totalEnergyTce },
        total("energy_wan_tce", "能源消费总量", "万吨标准煤", 2) { $0.totalEnergyTce / 10_000 },
        total("energy_equal_value_tce", "能源消费总量（电力按等价值）", "吨标准煤", 0) { $0.totalEnergyEqualValueTce },
        total("building_energy_tce", "建筑能耗", "吨标准煤", 0) { $0.buildingEnergyTce },
        total("vehicle_energy_tce", "车辆能耗", "吨标准煤", 0) { $0.vehicleEnergyTce },
    ] + EnergySource.allCases.map { source in
        total("energy_\(source.rawValue)_tce", "\(source.chineseName)消费量（折标准煤）", "吨标准煤", 0) { $0.energyTce[source] }
    }

    static let carbon: [SiteFigureMetric] = [
        total("co2_t", "碳排放总量", "吨", 0) { $0.totalCO2Tonnes },
        total("co2_wan_t", "碳排放总量", "万吨", 2) { $0.totalCO2Tonnes / 10_000 },
        total("building_co2_t", "建筑碳排放", "吨", 0) { $0.buildingCO2Tonnes },
        total("vehicle_co2_t", "车辆碳排放", "吨", 0) { $0.vehicleCO2Tonnes },
    ] + EnergySource.allCases.map { source in
        total("co2_\(source.rawValue)_t", "\(source.chineseName)碳排放", "吨", 0) { $0.co2Tonnes[source] }
    }

    static let water: [SiteFigureMetric] = [
        total("water_m3", "用水总量", "立方米", 0) { $0.waterM3 },
        total("water_wan_m3", "用水总量", "万立方米", 0) { $0.waterM3 / 10_000 },
    ]

    static let intensities: [SiteFigureMetric] = [
        SiteFigureMetric(name: "energy_per_area", chineseName: "单位建筑面积能耗", unit: "千克标准煤/平方米", decimals: 2,
                         kind: .intensity { $0.energyPerArea }, total: nil),
        SiteFigureMetric(name: "energy_per_person", chineseName: "人均综合能耗", unit: "千克标准煤/人", decimals: 2,
                         kind: .intensity { $0.energyPerPerson }, total: nil),
        SiteFigureMetric(name: "water_per_person", chineseName: "人均用水量", unit: "立方米/人", decimals: 2,
                         kind: .intensity { $0.waterPerPerson }, total: nil),
        SiteFigureMetric(name: "co2_per_area", chineseName: "单位建筑面积碳排放", unit: "千克/平方米", decimals: 2,
                         kind: .intensity { $0.co2PerArea }, total: nil),
    ]

    static let shares: [SiteFigureMetric] = EnergySource.allCases.map { source in
        share("share_\(source.rawValue)", "\(source.chineseName)占能源消费总量比例") { $0.totalEnergyTce > 0 ? $0.energySharesPercent[source] : nil }
    } + EnergySource.allCases.map { source in
        share("co2_share_\(source.rawValue)", "\(source.chineseName)占碳排放总量比例") { $0.totalCO2Tonnes > 0 ? $0.co2SharesPercent[source] : nil }
    } + [
        share("building_energy_share", "建筑能耗占比") { $0.buildingEnergySharePercent },
        share("vehicle_energy_share", "车辆能耗占比") { $0.totalEnergyTce > 0 ? $0.vehicleEnergyTce / $0.totalEnergyTce * 100 : nil },
        share("building_co2_share", "建筑碳排放占比") { $0.buildingCO2SharePercent },
        share("vehicle_co2_share", "车辆碳排放占比") { $0.totalCO2Tonnes > 0 ? $0.vehicleCO2Tonnes / $0.totalCO2Tonnes * 100 : nil },
    ]

    static let groupShares: [SiteFigureMetric] = [
        groupShare("group_energy_share", "能源消费总量占全县比例") { $0.energyPercent },
        groupShare("group_co2_share", "碳排放总量占全县比例") { $0.co2Percent },
        groupShare("group_building_energy_share", "建筑能耗占全县比例") { $0.buildingEnergyPercent },
        groupShare("group_vehicle_energy_share", "车辆能耗占全县比例") { $0.vehicleEnergyPercent },
        groupShare("group_building_co2_share", "建筑碳排放占全县比例") { $0.buildingCO2Percent },
        groupShare("group_vehicle_co2_share", "车辆碳排放占全县比例") { $0.vehicleCO2Percent },
        groupShare("group_water_share", "用水总量占全县比例") { $0.waterPercent },
        groupShare("group_area_share", "建筑面积占全县比例") { $0.areaPercent },
    ]

    private static func groupShare(_ name: String, _ chinese: String,
                                   _ read: @escaping @Sendable (GroupShares) -> Double?) -> SiteFigureMetric {
        SiteFigureMetric(name: name, chineseName: chinese, unit: "%", decimals: 2, kind: .groupShare(read), total: nil)
    }
}
