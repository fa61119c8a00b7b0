/// The accounts of one institution, one group or the county for one year: the sums and
/// every figure the plans quote that follows from them alone.
///
/// Only the sums are stored; the figures that follow from them are worked out when asked for
/// (a few additions or divisions each). There is one of these per institution and year, 180,000
/// at 30,000 institutions, and holding the derived figures too would more than double them.
public struct AccountTotals: Sendable, Hashable {
    /// The additive quantities.
    public let sums: AccountSums

    public init(_ sums: AccountSums) {
        self.sums = sums
    }

    /// Total energy (能源消费总量), tce, electricity by the 当量值: the headline figure.
    public var totalEnergyTce: Double { sums.energyTce.total }
    /// Total energy with electricity by the 等价值, tce, shown alongside.
    public var totalEnergyEqualValueTce: Double {
        totalEnergyTce - sums.energyTce.electricity + sums.electricityEqualValueTce
    }
    /// Building energy (every source but gasoline and diesel), tce.
    public var buildingEnergyTce: Double { sums.energyTce.building }
    /// Vehicle energy (gasoline and diesel), tce.
    public var vehicleEnergyTce: Double { sums.energyTce.vehicle }
    /// Total CO2 (碳排放总量), tonnes.
    public var totalCO2Tonnes: Double { sums.co2Tonnes.total }
    public var buildingCO2Tonnes: Double { sums.co2Tonnes.building }
    public var vehicleCO2Tonnes: Double { sums.co2Tonnes.vehicle }

    /// Each source's share of total energy, percent (the plan's 能源消费结构).
    public var energySharesPercent: SourceAmounts { sums.energyTce.sharesPercent }
    /// Each source's share of total CO2, percent.
    public var co2SharesPercent: SourceAmounts { sums.co2Tonnes.sharesPercent }
    /// Building energy as a share of total energy, percent; nil without energy.
    public var buildingEnergySharePercent: Double? { Percent.of(buildingEnergyTce, in: totalEnergyTce) }
    /// Building CO2 as a share of total CO2, percent; nil without CO2.
    public var buildingCO2SharePercent: Double? { Percent.of(buildingCO2Tonnes, in: totalCO2Tonnes) }
    /// New-energy vehicles as a share of all vehicles, percent; nil without vehicles.
    public var nevSharePercent: Double? { Percent.of(Double(sums.newEnergyVehicles), in: Double(sums.vehicles)) }

    /// The four intensities as ratios of these totals (Σ energy ÷ Σ area, ...).
    public var intensities: Intensities {
        .ratios(energyTce: totalEnergyTce, co2Tonnes: totalCO2Tonnes, waterM3: sums.waterM3,
                areaM2: sums.areaM2, users: sums.users)
    }

    // Shorthands for the sums most pages print.
    public var institutionCount: Int { sums.institutionCount }
    public var areaM2: Double { sums.areaM2 }
    public var users: Double { sums.users }
    public var vehicles: Int { sums.vehicles }
    public var newEnergyVehicles: Int { sums.newEnergyVehicles }
    public var waterM3: Double { sums.waterM3 }
    public var pvKWh: Double { sums.pvKWh }
    public var energyTce: SourceAmounts { sums.energyTce }
    public var co2Tonnes: SourceAmounts { sums.co2Tonnes }
    public var electricityEqualValueTce: Double { sums.electricityEqualValueTce }
}

/// Percentages with an explicit "no denominator" case.
enum Percent {
    static func of(_ part: Double, in whole: Double) -> Double? {
        whole > 0 ? part / whole * 100 : nil
    }
}
