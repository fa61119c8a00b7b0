import GreenPubModel

/// One reporting group's accounts for one year (党政机关, 教育, 卫生 or 其他).
public struct GroupAccount: Sendable, Hashable {
    public var group: InstitutionGroup
    /// Sums over the group's institutions, with intensities as ratios of those totals.
    public var totals: AccountTotals
    /// Each intensity as the mean of the group's institutions' own values (the plan's
    /// 专栏1 labels its group rows "平均值").
    public var meanOfInstitutions: Intensities
    /// The group's shares of the county's totals.
    public var shares: GroupShares

    public init(
        group: InstitutionGroup, totals: AccountTotals, meanOfInstitutions: Intensities,
        shares: GroupShares
    ) {
        self.group = group
        self.totals = totals
        self.meanOfInstitutions = meanOfInstitutions
        self.shares = shares
    }
}

/// A group's shares of the county's totals, in percent; nil where the county total is zero.
public struct GroupShares: Sendable, Hashable {
    /// Share of total energy (能源消费总量占比).
    public var energyPercent: Double?
    /// Share of total CO2 (碳排放总量占比).
    public var co2Percent: Double?
    /// Share of building energy.
    public var buildingEnergyPercent: Double?
    /// Share of vehicle energy.
    public var vehicleEnergyPercent: Double?
    /// Share of building CO2 (建筑碳排放占比).
    public var buildingCO2Percent: Double?
    /// Share of vehicle CO2 (车辆碳排放占比).
    public var vehicleCO2Percent: Double?
    /// Share of water use.
    public var waterPercent: Double?
    /// Share of floor area.
    public var areaPercent: Double?

    public init(of part: AccountTotals, in whole: AccountTotals) {
        energyPercent = Percent.of(part.totalEnergyTce, in: whole.totalEnergyTce)
        co2Percent = Percent.of(part.totalCO2Tonnes, in: whole.totalCO2Tonnes)
        buildingEnergyPercent = Percent.of(part.buildingEnergyTce, in: whole.buildingEnergyTce)
        vehicleEnergyPercent = Percent.of(part.vehicleEnergyTce, in: whole.vehicleEnergyTce)
        buildingCO2Percent = Percent.of(part.buildingCO2Tonnes, in: whole.buildingCO2Tonnes)
        vehicleCO2Percent = Percent.of(part.vehicleCO2Tonnes, in: whole.vehicleCO2Tonnes)
        waterPercent = Percent.of(part.waterM3, in: whole.waterM3)
        areaPercent = Percent.of(part.areaM2, in: whole.areaM2)
    }
}
