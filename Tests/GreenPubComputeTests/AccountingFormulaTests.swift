import GreenPubCompute
import GreenPubModel
import Testing

/// Round numbers so that every expected value below can be worked out by hand.
private let factors = FactorSet(
    standardCoal: [
        .electricity: SourcedValue(0.1, source: "test"), .coal: SourcedValue(0.7, source: "test"),
        .gas: SourcedValue(1.3, source: "test"), .lpg: SourcedValue(1.7, source: "test"),
        .gasoline: SourcedValue(1.1, source: "test"), .diesel: SourcedValue(1.2, source: "test"),
        .heat: SourcedValue(0.03, source: "test"),
    ],
    electricityEqualValue: SourcedValue(0.3, source: "test"),
    gasolineDensity: SourcedValue(0.73, source: "test"), dieselDensity: SourcedValue(0.85, source: "test"),
    co2: [
        .electricity: SourcedValue(0.5, source: "test"), .coal: SourcedValue(2, source: "test"),
        .gas: SourcedValue(2, source: "test"), .lpg: SourcedValue(3, source: "test"),
        .gasoline: SourcedValue(2.5, source: "test"), .diesel: SourcedValue(3, source: "test"),
        .heat: SourcedValue(0.1, source: "test"),
    ]
)

private func record(
    _ id: String, _ category: InstitutionCategory, area: Double, users: Double,
    vehicles: Int = 0, nev: Int = 0, water: Double = 0, pv: Double = 0,
    _ quantities: [EnergySource: Double] = [:]
) -> InstitutionRecord {
    var energy = EnergyQuantities()
    for source in EnergySource.allCases { energy[source] = quantities[source] ?? 0 }
    return InstitutionRecord(
        id: id, name: id, category: category, level: .county, areaM2: area, users: users, vehicles: vehicles,
        newEnergyVehicles: nev, energy: energy, waterM3: water, pvKWh: pv, location: SourceLocation(file: "t.csv", line: 2)
    )
}

private func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(b))
}

@Suite("Accounting formulas on hand-made inputs")
struct AccountingFormulaTests {
    @Test("Electricity counts 0.1 kgce/kWh by the 当量值 and 0.3 by the 等价值; other sources are the same in both")
    func electricityConventions() {
        let account = Accounting.institutionAccount(
            record("A", .stateOrgan, area: 100, users: 10, [.electricity: 10_000, .gas: 1_000]), factors: factors
        )
        #expect(close(account.totals.energyTce.electricity, 1.0))     // 10,000 kWh × 0.1 kgce ÷ 1000
        #expect(close(account.totals.electricityEqualValueTce, 3.0))  // 10,000 kWh × 0.3 kgce ÷ 1000
        #expect(close(account.totals.totalEnergyTce, 1.0 + 1.3))
        #expect(close(account.totals.totalEnergyEqualValueTce, 3.0 + 1.3))
        #expect(close(account.totals.intensities.energyPerArea, 2.3 * 1000 / 100))
    }

    @Test("Gasoline and diesel are vehicle energy and CO2; coal, gas, LPG, heat and electricity are building")
    func buildingVehicleSplit() {
        let account = Accounting.institutionAccount(
            record("A", .stateOrgan, area: 100, users: 10, [
                .electricity: 1_000, .coal: 100, .gas: 100, .lpg: 100, .heat: 1_000, .gasoline: 100, .diesel: 100,
            ]),
            factors: factors
        ).totals
        let building = 0.1 + 0.07 + 0.13 + 0.17 + 0.03   // tce
        let vehicle = 0.11 + 0.12
        #expect(close(account.buildingEnergyTce, building))
        #expect(close(account.vehicleEnergyTce, vehicle))
        #expect(close(account.totalEnergyTce, building + vehicle))
        let buildingCO2 = 0.5 + 0.2 + 0.2 + 0.3 + 0.1      // t
        let vehicleCO2 = 0.25 + 0.3
        #expect(close(account.buildingCO2Tonnes, buildingCO2))
        #expect(close(account.vehicleCO2Tonnes, vehicleCO2))
        #expect(close(account.buildingEnergySharePercent, building / (building + vehicle) * 100))
        #expect(close(account.buildingCO2SharePercent, buildingCO2 / (buildingCO2 + vehicleCO2) * 100))
        #expect(close(account.co2Tonnes.gasoline, 0.25))
    }

    @Test("A group's intensity as a ratio of totals differs from the mean of its institutions")
    func ratioOfTotalsAndMean() {
        // A small school (1,000 m², 100 users, 1 tce) and a large one (9,000 m², 900 users, 81 tce).
        let stats = YearStatistics(year: 2020, file: "t.csv", institutions: [
            record("S", .education, area: 1_000, users: 100, water: 1_000, [.electricity: 10_000]),
            record("L", .education, area: 9_000, users: 900, water: 27_000, [.electricity: 810_000]),
        ])
        let education = Accounting.yearAccounts(stats, factors: factors).group(.education)
        #expect(close(education.totals.intensities.energyPerArea, 82.0 * 1000 / 10_000))       // 8.2
        #expect(close(education.meanOfInstitutions.energyPerArea, (1.0 + 9.0) / 2))           // 5.0
        #expect(close(education.totals.intensities.waterPerPerson, 28_000.0 / 1_000))         // 28
        #expect(close(education.meanOfInstitutions.waterPerPerson, (10.0 + 30.0) / 2))         // 20
        #expect(close(education.totals.intensities.energyPerPerson, 82.0))
        #expect(close(education.meanOfInstitutions.energyPerPerson, (10.0 + 90.0) / 2))
        #expect(close(education.totals.intensities.co2PerArea, 410.0 * 1000 / 10_000))
        #expect(close(education.meanOfInstitutions.co2PerArea, (5.0 + 45.0) / 2))
    }

    @Test("Source shares and group shares each add up to 100%")
    func sharesAddUp() {
        let stats = YearStatistics(year: 2020, file: "t.csv", institutions: [
            record("G", .stateOrgan, area: 500, users: 20, vehicles: 4, [.electricity: 50_000, .gasoline: 3_000, .diesel: 500]),
            record("E", .education, area: 3_000, users: 900, [.electricity: 40_000, .gas: 8_000, .coal: 2_000]),
            record("H", .health, area: 2_000, users: 300, vehicles: 2, [.electricity: 90_000, .diesel: 1_000]),
            record("O", .culture, area: 800, users: 10, [.electricity: 5_000, .lpg: 200]),
        ])
        let year = Accounting.yearAccounts(stats, factors: factors)
        #expect(close(year.county.totals.energySharesPercent.total, 100))
        #expect(close(year.county.totals.co2SharesPercent.total, 100))
        for share in [\GroupShares.energyPercent, \.co2Percent, \.buildingCO2Percent, \.vehicleCO2Percent, \.areaPercent] {
            #expect(close(year.groups.reduce(0.0) { $0 + ($1.shares[keyPath: share] ?? 0) }, 100))
        }
        #expect(year.groups.map(\.group) == InstitutionGroup.allCases)
        // Energy in tce: G 5 + 3.3 + 0.6, E 4 + 10.4 + 1.4, H 9 + 1.2, O 0.5 + 0.34; 35.74 in all.
        #expect(close(year.group(.other).shares.energyPercent, 0.84 / 35.74 * 100))
        #expect(close(year.county.totals.totalEnergyTce, 35.74))
    }

    @Test("Per-source amounts are listed in the fixed source order")
    func fixedOrder() {
        var amounts = SourceAmounts()
        amounts.diesel = 1
        amounts.electricity = 2
        #expect(amounts.entries.map(\.source) == EnergySource.allCases)
        #expect(amounts.entries.map(\.amount) == [2, 0, 0, 0, 0, 1, 0])
    }

    @Test("The sums over sources add in source order from zero, to the last bit")
    func sumsAddInSourceOrder() {
        // Values of very different sizes, so that another order of the additions rounds
        // differently; the generator is fixed, so the test is the same every run.
        var state: UInt64 = 2025
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 17
        }
        let scales = [1e-6, 1e-4, 1e-2, 1, 1e2, 1e4, 1e6]
        for _ in 0..<2_000 {
            var amounts = SourceAmounts()
            for source in EnergySource.allCases {
                let magnitude = Double(next() % 1_000_000) / 7 * scales[Int(next() % 7)]
                amounts[source] = next() % 5 == 0 ? -magnitude : magnitude
            }
            var total = 0.0, building = 0.0, vehicle = 0.0
            for source in EnergySource.allCases {
                total += amounts[source]
                if source.isVehicleFuel { vehicle += amounts[source] } else { building += amounts[source] }
            }
            #expect(amounts.total.bitPattern == total.bitPattern)
            #expect(amounts.building.bitPattern == building.bitPattern)
            #expect(amounts.vehicle.bitPattern == vehicle.bitPattern)
        }
    }

    @Test("No floor area, users or vehicles: the intensity or share is absent, never infinite")
    func zeroDenominators() {
        let empty = Accounting.yearAccounts(YearStatistics(year: 2020, file: "t.csv", institutions: []), factors: factors)
        #expect(empty.groups.count == 4)
        #expect(empty.county.totals.intensities == Intensities())
        #expect(empty.county.meanOfInstitutions == Intensities())
        #expect(empty.group(.health).shares.energyPercent == nil)
        #expect(empty.county.totals.nevSharePercent == nil)
        #expect(empty.county.totals.energySharesPercent == .zero)
    }

    @Test("New-energy vehicles as a share of the fleet; PV generation reported, not subtracted")
    func vehiclesAndPhotovoltaics() {
        let account = Accounting.institutionAccount(
            record("A", .education, area: 100, users: 10, vehicles: 8, nev: 2, pv: 5_000, [.electricity: 10_000]), factors: factors
        ).totals
        #expect(close(account.nevSharePercent, 25))
        #expect(account.pvKWh == 5_000)
        #expect(close(account.energyTce.electricity, 1.0))
    }

    @Test("A series is in year order and each year uses its own factors")
    func seriesUsesYearFactors() {
        var later = factors
        later.co2[.electricity] = SourcedValue(1, source: "test 2022")
        let table = FactorTable(defaults: factors, byYear: [2022: later])
        let row = record("A", .stateOrgan, area: 100, users: 10, [.electricity: 1_000])
        let series = Accounting.series([
            YearStatistics(year: 2022, file: "2022.csv", institutions: [row]),
            YearStatistics(year: 2021, file: "2021.csv", institutions: [row]),
        ], factors: table)
        #expect(series.map(\.year) == [2021, 2022])
        #expect(close(series[0].county.totals.totalCO2Tonnes, 0.5))
        #expect(close(series[1].county.totals.totalCO2Tonnes, 1.0))
        #expect(series[1].institution(id: "A")?.totals.totalCO2Tonnes == series[1].county.totals.totalCO2Tonnes)
    }
}
