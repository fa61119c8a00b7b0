/// The four intensities the plans set targets on (专栏1), each nil when its denominator is zero.
public struct Intensities: Sendable, Hashable {
    /// 单位建筑面积能耗: kgce per m² of floor area.
    public var energyPerArea: Double?
    /// 人均综合能耗: kgce per user (用能人数).
    public var energyPerPerson: Double?
    /// 人均用水量: m³ per user.
    public var waterPerPerson: Double?
    /// 单位建筑面积碳排放: kgCO2 per m² of floor area.
    public var co2PerArea: Double?

    public init(
        energyPerArea: Double? = nil, energyPerPerson: Double? = nil,
        waterPerPerson: Double? = nil, co2PerArea: Double? = nil
    ) {
        self.energyPerArea = energyPerArea
        self.energyPerPerson = energyPerPerson
        self.waterPerPerson = waterPerPerson
        self.co2PerArea = co2PerArea
    }

    /// Ratios of totals: energy and CO2 in tonnes, area in m², water in m³.
    public static func ratios(
        energyTce: Double, co2Tonnes: Double, waterM3: Double, areaM2: Double, users: Double
    ) -> Intensities {
        Intensities(
            energyPerArea: quotient(energyTce * 1000, areaM2),
            energyPerPerson: quotient(energyTce * 1000, users),
            waterPerPerson: quotient(waterM3, users),
            co2PerArea: quotient(co2Tonnes * 1000, areaM2)
        )
    }

    /// The mean of each intensity over the given values, skipping those where it is nil
    /// (the plan's "平均值" reading of a group row).
    public static func mean(of values: [Intensities]) -> Intensities {
        Intensities(
            energyPerArea: average(values.compactMap(\.energyPerArea)),
            energyPerPerson: average(values.compactMap(\.energyPerPerson)),
            waterPerPerson: average(values.compactMap(\.waterPerPerson)),
            co2PerArea: average(values.compactMap(\.co2PerArea))
        )
    }

    private static func quotient(_ numerator: Double, _ denominator: Double) -> Double? {
        denominator > 0 ? numerator / denominator : nil
    }

    private static func average(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
