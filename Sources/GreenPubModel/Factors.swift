/// A number together with the source it comes from, as printed on the methodology page.
public struct SourcedValue: Sendable, Hashable {
    public var value: Double
    public var source: String

    public init(_ value: Double, source: String) {
        self.value = value
        self.source = source
    }
}

/// The conversion and emission factors in force for one statistics year.
public struct FactorSet: Sendable, Hashable {
    /// Standard-coal coefficients (折标准煤系数), kgce per canonical unit of each source.
    /// Electricity here is the 当量值 (equivalent value, 0.1229 kgce/kWh).
    public var standardCoal: [EnergySource: SourcedValue] {
        didSet { kgcePerUnit = Self.byOrder(standardCoal) }
    }
    /// Electricity by the 等价值 (equal-value: the year's average coal rate of thermal power), kgce/kWh.
    public var electricityEqualValue: SourcedValue
    /// Fuel densities, kg per litre, used to read fuel reported in tonnes.
    public var gasolineDensity: SourcedValue
    public var dieselDensity: SourcedValue
    /// CO2 emission factors, kgCO2 per canonical unit of each source.
    public var co2: [EnergySource: SourcedValue] {
        didSet { kgCO2PerUnit = Self.byOrder(co2) }
    }
    /// The two tables' values by `EnergySource.order` (0 where missing), for the accounts'
    /// inner loops, which ask for them for every source of every row.
    private var kgcePerUnit: [Double]
    private var kgCO2PerUnit: [Double]

    public init(
        standardCoal: [EnergySource: SourcedValue], electricityEqualValue: SourcedValue,
        gasolineDensity: SourcedValue, dieselDensity: SourcedValue, co2: [EnergySource: SourcedValue]
    ) {
        self.standardCoal = standardCoal
        self.electricityEqualValue = electricityEqualValue
        self.gasolineDensity = gasolineDensity
        self.dieselDensity = dieselDensity
        self.co2 = co2
        kgcePerUnit = Self.byOrder(standardCoal)
        kgCO2PerUnit = Self.byOrder(co2)
    }

    private static func byOrder(_ table: [EnergySource: SourcedValue]) -> [Double] {
        EnergySource.allCases.map { table[$0]?.value ?? 0 }
    }

    /// kgce per canonical unit; 0 for a source without a coefficient (validation reports those).
    public func kgce(per source: EnergySource) -> Double { kgcePerUnit[source.order] }

    /// kgCO2 per canonical unit; 0 for a source without a factor (validation reports those).
    public func kgCO2(per source: EnergySource) -> Double { kgCO2PerUnit[source.order] }
}

/// The factor table of `content/data/factors.yaml`: a default set and per-year overrides.
public struct FactorTable: Sendable, Hashable {
    public var defaults: FactorSet
    /// Fully resolved sets for the years that override something, by year.
    public var byYear: [Int: FactorSet]

    public init(defaults: FactorSet, byYear: [Int: FactorSet] = [:]) {
        self.defaults = defaults
        self.byYear = byYear
    }

    /// The set in force for a statistics year.
    public func factors(for year: Int) -> FactorSet { byYear[year] ?? defaults }
}
