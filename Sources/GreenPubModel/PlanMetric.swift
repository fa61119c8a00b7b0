/// What an indicator measures: a closed set of metrics the accounts provide for the county and
/// each group, every one in a canonical unit (`canonicalUnit`).
public enum PlanMetric: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case energyTce = "energy_tce"                    // 能源消费总量, tce
    case waterM3 = "water_m3"                        // 用水总量, m³
    case co2T = "co2_t"                              // 碳排放总量, t CO2
    case energyPerArea = "energy_per_area"           // 单位建筑面积能耗, kgce/m²
    case energyPerPerson = "energy_per_person"       // 人均综合能耗, kgce/person
    case waterPerPerson = "water_per_person"         // 人均用水量, m³/person
    case co2PerArea = "co2_per_area"                 // 单位建筑面积碳排放, kgCO2/m²
    case coalShare = "coal_share"                    // 煤炭消费占比, % of energy (tce)
    case electricityShare = "electricity_share"      // 电力消费占比, % of energy (tce)
    case nevShare = "nev_share"                      // 新能源汽车占公务用车比例, % of vehicles
    case buildingEnergyTce = "building_energy_tce"   // 建筑能耗, tce
    case vehicleEnergyTce = "vehicle_energy_tce"     // 车辆能耗, tce
    case buildingCO2T = "building_co2_t"             // 建筑碳排放, t
    case vehicleCO2T = "vehicle_co2_t"               // 车辆碳排放, t
    case pvKWh = "pv_kwh"                            // 光伏发电量, kWh

    public var key: String { rawValue }

    public var chineseName: String {
        switch self {
        case .energyTce: "能源消费总量"
        case .waterM3: "用水总量"
        case .co2T: "碳排放总量"
        case .energyPerArea: "单位建筑面积能耗"
        case .energyPerPerson: "人均综合能耗"
        case .waterPerPerson: "人均用水量"
        case .co2PerArea: "单位建筑面积碳排放"
        case .coalShare: "煤炭消费占比"
        case .electricityShare: "电力消费占比"
        case .nevShare: "新能源汽车占比"
        case .buildingEnergyTce: "建筑能耗"
        case .vehicleEnergyTce: "车辆能耗"
        case .buildingCO2T: "建筑碳排放"
        case .vehicleCO2T: "车辆碳排放"
        case .pvKWh: "光伏发电量"
        }
    }

    /// The unit values of this metric are given in (before any `display_scale`).
    public var canonicalUnit: String {
        switch self {
        case .energyTce, .buildingEnergyTce, .vehicleEnergyTce: "吨标准煤"
        case .waterM3: "立方米"
        case .co2T, .buildingCO2T, .vehicleCO2T: "吨"
        case .energyPerArea: "千克标准煤/平方米"
        case .energyPerPerson: "千克标准煤/人"
        case .waterPerPerson: "立方米/人"
        case .co2PerArea: "千克/平方米"
        case .coalShare, .electricityShare, .nevShare: "%"
        case .pvKWh: "千瓦时"
        }
    }

    /// Sums (`total`) versus ratios (intensities and shares).
    public var isTotal: Bool {
        switch self {
        case .energyTce, .waterM3, .co2T, .buildingEnergyTce, .vehicleEnergyTce,
             .buildingCO2T, .vehicleCO2T, .pvKWh: true
        default: false
        }
    }

    /// The aggregations that make sense for this metric: totals add up; ratios are either a
    /// ratio of the totals or a mean of the institutions' ratios.
    public var allowedAggregations: [MetricAggregation] {
        isTotal ? [.total] : [.ratioOfTotals, .meanOfInstitutions]
    }

    public var order: Int { PlanMetric.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: PlanMetric, rhs: PlanMetric) -> Bool { lhs.order < rhs.order }
}

/// Which series of values: a metric, over the county or a group, aggregated one way.
public struct MetricKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var metric: PlanMetric
    public var scope: IndicatorScope
    public var aggregation: MetricAggregation

    public init(metric: PlanMetric, scope: IndicatorScope, aggregation: MetricAggregation) {
        self.metric = metric
        self.scope = scope
        self.aggregation = aggregation
    }

    public var description: String { "\(metric.rawValue) (\(scope), \(aggregation.rawValue))" }

    public static func < (lhs: MetricKey, rhs: MetricKey) -> Bool {
        if lhs.metric != rhs.metric { return lhs.metric < rhs.metric }
        if lhs.scope != rhs.scope { return lhs.scope < rhs.scope }
        return lhs.aggregation.rawValue < rhs.aggregation.rawValue
    }
}

/// One value of a year.
public struct YearValue: Sendable, Hashable {
    public var year: Int
    public var value: Double

    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}

/// A metric's values by statistics year, in the metric's canonical unit: what the lead maps
/// from the accounts for the evaluation to read.
public struct PlanMetricSeries: Sendable, Hashable {
    public var key: MetricKey
    /// Values in ascending year order, at most one per year.
    public var values: [YearValue]

    public init(key: MetricKey, values: [YearValue]) {
        self.key = key
        self.values = values.sorted { $0.year < $1.year }
    }

    public func value(in year: Int) -> Double? { values.first { $0.year == year }?.value }
}
