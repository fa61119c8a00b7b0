import GreenPubModel

/// An in-memory factor table with the national standard-coal coefficients (GB/T 2589) and
/// fuel densities; CO2 factors are not needed for loading.
enum TestFactors {
    static func set(gasolineDensity: Double = 0.73, dieselDensity: Double = 0.85) -> FactorSet {
        let source = "test"
        return FactorSet(
            standardCoal: [
                .electricity: SourcedValue(0.1229, source: source),
                .coal: SourcedValue(0.7143, source: source),
                .gas: SourcedValue(1.33, source: source),
                .lpg: SourcedValue(1.7143, source: source),
                .gasoline: SourcedValue(1.0741, source: source),  // 1.4714 kgce/kg × 0.73 kg/L
                .diesel: SourcedValue(1.2385, source: source),    // 1.4571 kgce/kg × 0.85 kg/L
                .heat: SourcedValue(0.03412, source: source),
            ],
            electricityEqualValue: SourcedValue(0.3, source: source),
            gasolineDensity: SourcedValue(gasolineDensity, source: source),
            dieselDensity: SourcedValue(dieselDensity, source: source),
            co2: [:])
    }

    static let table = FactorTable(defaults: set())
}
