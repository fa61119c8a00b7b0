import GreenPubModel

/// What the 2020 sample must reproduce: the county plan's printed baseline (彭水自治县公共机构
/// 节约能源资源"十四五"规划, 2020 figures and 专栏1 base values), and the split into groups
/// that makes its printed shares come out. content/README.md shows the arithmetic.
///
/// Totals are for the county's 292 institutions; a run with another number of institutions
/// scales every total in proportion and keeps every intensity.
enum SynthBaseline {
    static let year = 2020

    /// 建筑总面积 129.21万 m².
    static let areaM2 = 1_292_100.0
    /// 用能人数 8.85万: 88,502 rather than 88,500 keeps 15402 tce ÷ users at 174.03 kgce/人
    /// in the middle of its rounding (88,500 gives 174.0339).
    static let users = 88_502.0
    /// 公务用车 673.
    static let vehicles = 673
    /// 用水总量 211万 m³.
    static let waterM3 = 2_110_000.0

    /// Per group: area, users, water, vehicles and new-energy vehicles. The plan gives only
    /// the county totals; the split is the sample's, chosen so that the group means of 专栏1
    /// are reachable (the means force most users and area into education and health).
    struct GroupTotals: Sendable {
        var areaM2: Double
        var users: Double
        var waterM3: Double
        var vehicles: Int
        var newEnergyVehicles: Int
        /// 2020 consumption by source, canonical units (kWh, kg, m³, kg, L, L, MJ).
        var energy: EnergyQuantities
    }

    /// The group energy split solves, with coal and LPG placed by hand, the printed county
    /// totals by source (1.12/0.01/0.11/0.25/0.04万 tce; 72.95/0.86/7.45/16.25/2.49 %) and the
    /// printed group shares of energy (47.31/25.18/26.06 %), of CO2 (45.39/24.38/28.84 %) and of
    /// building CO2 (38.88/27.44/32.50 %), under the factors of content/data/factors.yaml.
    static func groupTotals(_ group: InstitutionGroup) -> GroupTotals {
        switch group {
        case .government:
            GroupTotals(areaM2: 255_000, users: 5_300, waterM3: 170_000, vehicles: 560, newEnergyVehicles: 9,
                        energy: quantities(electricity: 36_246_111, coal: 146_997, gas: 141_090, lpg: 233,
                                           gasoline: 2_133_561, diesel: 199_658))
        case .education:
            GroupTotals(areaM2: 780_000, users: 50_500, waterM3: 1_200_000, vehicles: 30, newEnergyVehicles: 0,
                        energy: quantities(electricity: 22_613_923, coal: 34_999, gas: 711_538, lpg: 485,
                                           gasoline: 75_313, diesel: 37_059))
        case .health:
            GroupTotals(areaM2: 190_000, users: 30_500, waterM3: 660_000, vehicles: 55, newEnergyVehicles: 2,
                        energy: quantities(electricity: 31_438_879, coal: 2_728, gas: 5_240, lpg: 0,
                                           gasoline: 52_968, diesel: 67_912))
        case .other:
            GroupTotals(areaM2: 67_100, users: 2_202, waterM3: 80_000, vehicles: 28, newEnergyVehicles: 1,
                        energy: quantities(electricity: 1_118_912, coal: 0, gas: 4_493, lpg: 0,
                                           gasoline: 68_744, diesel: 4_844))
        }
    }

    /// The 专栏1 group rows, read as means of the group's institutions (教育类/卫生类公共机构平均值).
    struct GroupMeans: Sendable {
        var energyPerArea: Double     // kgce/m²
        var energyPerPerson: Double   // kgce/人
        var waterPerPerson: Double    // m³/人
        /// kgCO2/m²; nil where the printed value cannot be reached (see content/README.md).
        var co2PerArea: Double?
    }

    static func groupMeans(_ group: InstitutionGroup) -> GroupMeans? {
        switch group {
        case .education: GroupMeans(energyPerArea: 1.27, energyPerPerson: 19.26, waterPerPerson: 17.67, co2PerArea: 3.66)
        // 32.35 kgCO2/m² is out of reach: it would need more CO2 per tce than electricity has.
        case .health: GroupMeans(energyPerArea: 9.44, energyPerPerson: 50.96, waterPerPerson: 11.04, co2PerArea: nil)
        case .government, .other: nil
        }
    }

    /// The county's 人均用水量 23.92 m³/人, reachable only as the mean of every institution's
    /// own value: 211万 m³ ÷ 8.85万 users is 23.84.
    static let countyMeanWaterPerPerson = 23.92

    private static func quantities(
        electricity: Double, coal: Double, gas: Double, lpg: Double, gasoline: Double, diesel: Double
    ) -> EnergyQuantities {
        var energy = EnergyQuantities()
        energy.electricityKWh = electricity
        energy.coalKg = coal
        energy.gasM3 = gas
        energy.lpgKg = lpg
        energy.gasolineL = gasoline
        energy.dieselL = diesel
        return energy
    }
}
