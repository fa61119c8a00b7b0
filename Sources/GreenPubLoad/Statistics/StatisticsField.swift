import GreenPubModel

/// A column of the year statistics (DATA.md §1), by its canonical key.
enum StatisticsField: Int, CaseIterable, Comparable {
    case id, name, category, level, areaM2, users, vehicles, newEnergyVehicles
    case electricityKWh, waterM3, coalKg, gasM3, lpgKg, gasolineL, dieselL, heatMJ, pvKWh

    /// The canonical header key (`electricity_kwh`).
    var key: String {
        switch self {
        case .id: "id"
        case .name: "name"
        case .category: "category"
        case .level: "level"
        case .areaM2: "area_m2"
        case .users: "users"
        case .vehicles: "vehicles"
        case .newEnergyVehicles: "nev"
        case .electricityKWh: "electricity_kwh"
        case .waterM3: "water_m3"
        case .coalKg: "coal_kg"
        case .gasM3: "gas_m3"
        case .lpgKg: "lpg_kg"
        case .gasolineL: "gasoline_l"
        case .dieselL: "diesel_l"
        case .heatMJ: "heat_mj"
        case .pvKWh: "pv_kwh"
        }
    }

    /// Chinese header labels, the usual one first (unit parentheses removed).
    var labels: [String] {
        switch self {
        case .id: ["单位代码", "统一社会信用代码", "社会信用代码", "组织机构代码", "机构代码", "单位编码"]
        case .name: ["单位名称", "机构名称", "公共机构名称"]
        case .category: ["单位类别", "机构类型", "单位性质", "单位类型", "机构类别", "机构性质"]
        case .level: ["层级", "单位层级", "行政层级"]
        case .areaM2: ["建筑面积", "总建筑面积", "房屋建筑面积"]
        case .users: ["用能人数", "用能人员", "用能人员数"]
        case .vehicles: ["公务用车", "车辆数", "公务用车数", "公务用车数量", "车辆数量", "车辆总数", "公车数量"]
        case .newEnergyVehicles: ["新能源汽车", "新能源汽车数", "新能源汽车数量", "新能源车", "新能源车辆"]
        case .electricityKWh: ["电", "用电量", "电力", "耗电量", "电力消费量", "用电"]
        case .waterM3: ["水", "用水量", "耗水量", "用水", "水消费量"]
        case .coalKg: ["煤炭", "原煤", "煤", "用煤量", "煤炭消费量"]
        case .gasM3: ["天然气", "用气量", "天然气消费量"]
        case .lpgKg: ["液化石油气", "液化气", "液化石油气消费量"]
        case .gasolineL: ["汽油", "汽油消费量"]
        case .dieselL: ["柴油", "柴油消费量"]
        case .heatMJ: ["热力", "热力消费量", "外购热力"]
        case .pvKWh: ["光伏发电量", "太阳能光电系统发电量", "光伏发电", "太阳能发电量"]
        }
    }

    /// The usual header: the first Chinese label.
    var label: String { labels[0] }

    var isRequired: Bool {
        switch self {
        case .id, .name, .category, .areaM2, .users: true
        default: false
        }
    }

    /// Why a required column matters, completing "... is empty; <reason>".
    var requiredReason: String {
        switch self {
        case .id: "every institution needs its code (统一社会信用代码)"
        case .name: "every institution needs its name"
        case .category: "every institution needs its category (a code such as 021 or a name such as 教育)"
        case .areaM2: "every institution needs its floor area"
        case .users: "every institution needs its number of energy users (用能人数)"
        default: ""
        }
    }

    /// Units a header may carry in parentheses, the canonical one first. Text columns take none.
    var units: [StatisticsUnit] {
        switch self {
        case .id, .name, .category, .level: []
        case .areaM2: [.init(["平方米", "m2", "m²", "㎡"]), .init(["万平方米", "万m2", "万m²", "万㎡"], tens: 4)]
        case .users: [.init(["人", "人数"])]
        case .vehicles, .newEnergyVehicles: [.init(["辆", "台"])]
        case .electricityKWh, .pvKWh:
            [.init(["千瓦时", "kWh", "度", "kW·h"]), .init(["万千瓦时", "万kWh", "万度"], tens: 4)]
        case .waterM3:
            [.init(["立方米", "m3", "m³", "吨", "t"]), .init(["万立方米", "万m3", "万m³", "万吨", "万t"], tens: 4)]
        case .coalKg, .lpgKg:
            [.init(["千克", "kg", "公斤"]), .init(["吨", "t"], tens: 3), .init(["万吨", "万t"], tens: 7)]
        case .gasM3: [.init(["立方米", "m3", "m³"]), .init(["万立方米", "万m3", "万m³"], tens: 4)]
        case .gasolineL, .dieselL:
            [.init(["升", "L"]), .init(["万升", "万L"], tens: 4),
             .init(["吨", "t"], fuelMassKgPerUnit: 1000), .init(["千克", "kg", "公斤"], fuelMassKgPerUnit: 1)]
        case .heatMJ:
            [.init(["兆焦", "MJ"]), .init(["百万千焦", "吉焦", "GJ"], tens: 3), .init(["千焦", "kJ"], tens: -3)]
        }
    }

    /// The energy source a quantity column holds, for fuel densities.
    var fuel: EnergySource? {
        switch self {
        case .gasolineL: .gasoline
        case .dieselL: .diesel
        default: nil
        }
    }

    static func < (lhs: StatisticsField, rhs: StatisticsField) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A unit a statistics header may name, and how it converts into the column's canonical unit.
struct StatisticsUnit {
    enum Conversion: Equatable {
        /// Multiply by 10^n (万 = 4): applied to the decimal text, so no rounding is added.
        case powerOfTen(Int)
        /// A mass of liquid fuel (kg per unit given) turned into litres through the year's density.
        case fuelMass(kgPerUnit: Double)
    }

    /// The names as they may be written; the first is shown in messages.
    var names: [String]
    var conversion: Conversion

    init(_ names: [String], tens: Int = 0) {
        self.names = names
        self.conversion = .powerOfTen(tens)
    }

    init(_ names: [String], fuelMassKgPerUnit: Double) {
        self.names = names
        self.conversion = .fuelMass(kgPerUnit: fuelMassKgPerUnit)
    }

    /// Whether `written` (already normalised by `StatisticsHeaderText.normalized`) names this unit.
    func matches(_ written: String) -> Bool {
        names.contains { StatisticsHeaderText.normalized($0) == written }
    }

    /// `千瓦时 (kWh, 度)`: the names for a message.
    var shown: String {
        names.count == 1 ? names[0] : "\(names[0]) (\(names.dropFirst().joined(separator: ", ")))"
    }
}
