import GreenPubModel

/// How the sample moves from 2020 towards the plan's 2025 targets: group totals as multiples
/// of their 2020 values, year by year. Some indicators run ahead of the straight path from base
/// to target and some behind it (content/README.md lists which).
enum SynthTrajectory {
    static let firstYear = 2021
    static let lastYear = 2025

    /// Building energy (every source but vehicle fuel), multiple of 2020.
    static func buildingEnergy(_ group: InstitutionGroup, _ year: Int) -> Double {
        pick(year, group, [
            .government: [0.990, 0.975, 0.955, 0.940, 0.925],
            .education: [0.995, 0.985, 0.970, 0.960, 0.950],
            .health: [1.005, 0.995, 0.990, 0.980, 0.965],
            .other: [0.990, 0.975, 0.960, 0.950, 0.940],
        ])
    }

    /// Vehicle fuel (gasoline and diesel), multiple of 2020.
    static func vehicleFuel(_ group: InstitutionGroup, _ year: Int) -> Double {
        pick(year, group, [
            .government: [0.970, 0.925, 0.880, 0.830, 0.770],
            .education: [0.990, 0.960, 0.930, 0.900, 0.870],
            .health: [1.000, 0.980, 0.950, 0.920, 0.900],
            .other: [0.980, 0.950, 0.910, 0.880, 0.850],
        ])
    }

    /// Water, multiple of 2020.
    static func water(_ group: InstitutionGroup, _ year: Int) -> Double {
        pick(year, group, [
            .government: [1.006, 1.000, 0.994, 0.985, 0.975],
            .education: [1.006, 1.000, 0.994, 0.985, 0.975],
            .health: [1.006, 1.000, 0.994, 0.985, 0.975],
            .other: [1.006, 1.000, 0.994, 0.985, 0.975],
        ])
    }

    /// The mean of the institutions' kgce/m² in the groups whose 专栏1 rows are means, as a
    /// multiple of its 2020 value (nil: not steered).
    static func meanEnergyPerArea(_ group: InstitutionGroup, _ year: Int) -> Double? {
        switch group {
        case .education: [0.990, 0.972, 0.956, 0.941, 0.930][index(year)]
        case .health: [0.990, 0.980, 0.968, 0.958, 0.950][index(year)]
        case .government, .other: nil
        }
    }

    /// Yearly drift of users (用能人数): rural enrolment falls, hospitals grow.
    static func usersDrift(_ group: InstitutionGroup) -> Double {
        switch group {
        case .government: -0.002
        case .education: -0.003
        case .health: 0.004
        case .other: 0
        }
    }

    /// Chance that a replaced official vehicle is replaced by a new-energy one.
    static func newEnergyReplacementChance(_ year: Int) -> Double {
        [0.25, 0.35, 0.45, 0.55, 0.65][index(year)]
    }

    /// Yearly chance that a fuel vehicle is replaced, and that a government one is retired
    /// without replacement (公务用车制度改革).
    static let replacementChance = 0.10
    static let governmentRetirementChance = 0.03

    /// Rooftop PV (光伏) from 2023 at three schools and the county offices: kW installed,
    /// with 2023 a part year. About 1,000 kWh per kW and year in Chongqing's climate.
    static let photovoltaicKW: [(id: String, kilowatts: Double)] = [
        ("PSE001", 200), ("PSE002", 250), ("PSE003", 150), ("PSG001", 100),
    ]
    static let photovoltaicFirstYear = 2023

    static func photovoltaicYearFraction(_ year: Int) -> Double {
        year < photovoltaicFirstYear ? 0 : (year == photovoltaicFirstYear ? 0.5 : 1)
    }

    /// Changes of floor area at named institutions (new buildings, a unit moving out).
    static let areaChanges: [(id: String, year: Int, m2: Double)] = [
        ("PSE001", 2022, 4_800),   // 汉葭中学: new dormitory
        ("PSG005", 2022, -1_800),  // 公安局: a unit moves out
        ("PSH001", 2023, 6_500),   // 人民医院: new inpatient building
        ("PSE004", 2024, 3_200),   // 职业教育中心: training building
    ]

    private static func index(_ year: Int) -> Int {
        min(max(year - firstYear, 0), lastYear - firstYear)
    }

    private static func pick(_ year: Int, _ group: InstitutionGroup, _ table: [InstitutionGroup: [Double]]) -> Double {
        table[group]?[index(year)] ?? 1
    }
}
