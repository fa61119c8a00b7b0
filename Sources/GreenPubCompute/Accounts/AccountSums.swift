/// The additive quantities of an account: what institutions, groups and the county sum up.
/// Everything else in `AccountTotals` is derived from these.
public struct AccountSums: Sendable, Hashable {
    public var institutionCount: Int = 0
    /// 建筑面积, m².
    public var areaM2: Double = 0
    /// 用能人数.
    public var users: Double = 0
    /// 公务用车, of which `newEnergyVehicles` are 新能源汽车.
    public var vehicles: Int = 0
    public var newEnergyVehicles: Int = 0
    /// 用水量, m³.
    public var waterM3: Double = 0
    /// On-site PV generation (光伏发电量), kWh; reported, not subtracted from anything.
    public var pvKWh: Double = 0
    /// Energy by source in tonnes of standard coal, electricity by the 当量值.
    public var energyTce = SourceAmounts.zero
    /// Electricity in tonnes of standard coal by the year's 等价值.
    public var electricityEqualValueTce: Double = 0
    /// CO2 by source, tonnes.
    public var co2Tonnes = SourceAmounts.zero

    public init() {}

    public static func + (lhs: AccountSums, rhs: AccountSums) -> AccountSums {
        var sum = lhs
        sum.institutionCount += rhs.institutionCount
        sum.areaM2 += rhs.areaM2
        sum.users += rhs.users
        sum.vehicles += rhs.vehicles
        sum.newEnergyVehicles += rhs.newEnergyVehicles
        sum.waterM3 += rhs.waterM3
        sum.pvKWh += rhs.pvKWh
        sum.energyTce += rhs.energyTce
        sum.electricityEqualValueTce += rhs.electricityEqualValueTce
        sum.co2Tonnes += rhs.co2Tonnes
        return sum
    }

    /// The sum of many accounts, added in the order given.
    public static func total(_ parts: [AccountSums]) -> AccountSums { parts.reduce(AccountSums(), +) }
}
