/// The accounts of one institution, one group or the county for one year: the sums and
/// every figure the plans quote that follows from them alone.
public struct AccountTotals: Sendable, Hashable {
    /// The additive quantities.
    public let sums: AccountSums

    /// Total energy (能源消费总量), tce, electricity by the 当量值: the headline figure.
    public let totalEnergyTce: Double
    /// Total energy with electricity by the 等价值, tce, shown alongside.
    public let totalEnergyEqualValueTce: Double
    /// Building energy (every source but gasoline and diesel), tce.
    public let buildingEnergyTce: Double
    /// Vehicle energy (gasoline and diesel), tce.
    public let vehicleEnergyTce: Double
    /// Total CO2 (碳排放总量), tonnes.
    public let totalCO2Tonnes: Double
    public let buildingCO2Tonnes: Double
    public let vehicleCO2Tonnes: Double

    /// Each source's share of total energy, percent (the plan's 能源消费结构).
    public let energySharesPercent: SourceAmounts
    /// Each source's share of total CO2, percent.
    public let co2SharesPercent: SourceAmounts
    /// Building energy as a share of total energy, percent; nil without energy.
    public let buildingEnergySharePercent: Double?
    /// Building CO2 as a share of total CO2, percent; nil without CO2.
    public let buildingCO2SharePercent: Double?
    /// New-energy vehicles as a share of all vehicles, percent; nil without vehicles.
    public let nevSharePercent: Double?

    /// The four intensities as ratios of these totals (Σ energy ÷ Σ area, ...).
    public let intensities: Intensities

    public init(_ sums: AccountSums) {
        self.sums = sums
        totalEnergyTce = sums.energyTce.total
        totalEnergyEqualValueTce = totalEnergyTce - sums.energyTce.electricity + sums.electricityEqualValueTce
        buildingEnergyTce = sums.energyTce.building
        vehicleEnergyTce = sums.energyTce.vehicle
        totalCO2Tonnes = sums.co2Tonnes.total
        buildingCO2Tonnes = sums.co2Tonnes.building
        vehicleCO2Tonnes = sums.co2Tonnes.vehicle
        energySharesPercent = sums.energyTce.sharesPercent
        co2SharesPercent = sums.co2Tonnes.sharesPercent
        buildingEnergySharePercent = Percent.of(buildingEnergyTce, in: totalEnergyTce)
        buildingCO2SharePercent = Percent.of(buildingCO2Tonnes, in: totalCO2Tonnes)
        nevSharePercent = Percent.of(Double(sums.newEnergyVehicles), in: Double(sums.vehicles))
        intensities = .ratios(
            energyTce: totalEnergyTce, co2Tonnes: totalCO2Tonnes, waterM3: sums.waterM3,
            areaM2: sums.areaM2, users: sums.users
        )
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
