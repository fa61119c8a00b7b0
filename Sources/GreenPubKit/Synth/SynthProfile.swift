/// The plausible 2020 ranges of one kind of institution, before calibration to the plan's totals.
/// Every range is drawn uniformly (areas and intensities log-uniformly).
struct SynthProfile: Sendable {
    /// Floor area, m².
    var area: ClosedRange<Double>
    /// Users (用能人数) per 1,000 m².
    var usersPerThousandM2: ClosedRange<Double>
    /// Building energy per m², kgce.
    var buildingIntensity: ClosedRange<Double>
    /// Chance of burning natural gas, and its weight in the building mix when it does.
    var gasChance: Double
    var gasWeight: ClosedRange<Double>
    /// Chance of a coal-fired canteen or boiler in 2020.
    var coalChance: Double
    /// Chance of an LPG canteen in 2020.
    var lpgChance: Double
    /// Official vehicles.
    var vehicles: ClosedRange<Int>
    /// Fuel per fuel vehicle and year, litres, and the diesel part of it.
    var litresPerVehicle: ClosedRange<Double>
    var dieselShare: ClosedRange<Double>
    /// Water per user and year, m³.
    var waterPerPerson: ClosedRange<Double>

    static func of(_ kind: SynthInstitutionKind) -> SynthProfile {
        switch kind {
        case .adminCentre:
            SynthProfile(area: 30_000...40_000, usersPerThousandM2: 4...6, buildingIntensity: 12...16,
                         gasChance: 1, gasWeight: 0.6...0.9, coalChance: 0, lpgChance: 0, vehicles: 10...14,
                         litresPerVehicle: 2_500...3_500, dieselShare: 0.1...0.2, waterPerPerson: 60...90)
        case .policeBureau:
            SynthProfile(area: 22_000...28_000, usersPerThousandM2: 8...12, buildingIntensity: 10...14,
                         gasChance: 1, gasWeight: 0.3...0.5, coalChance: 0, lpgChance: 0, vehicles: 100...120,
                         litresPerVehicle: 3_500...4_500, dieselShare: 0.05...0.1, waterPerPerson: 40...60)
        case .countyDepartment:
            SynthProfile(area: 1_200...6_000, usersPerThousandM2: 8...16, buildingIntensity: 7...14,
                         gasChance: 0.25, gasWeight: 0.2...0.5, coalChance: 0, lpgChance: 0.01, vehicles: 2...6,
                         litresPerVehicle: 2_500...4_000, dieselShare: 0...0.1, waterPerPerson: 15...40)
        case .townshipGovernment:
            SynthProfile(area: 1_500...4_500, usersPerThousandM2: 10...20, buildingIntensity: 4...9,
                         gasChance: 0.15, gasWeight: 0.2...0.5, coalChance: 0.25, lpgChance: 0.02, vehicles: 3...6,
                         litresPerVehicle: 3_000...4_500, dieselShare: 0.05...0.25, waterPerPerson: 15...35)
        case .keySchool:
            SynthProfile(area: 45_000...65_000, usersPerThousandM2: 70...100, buildingIntensity: 12...16,
                         gasChance: 1, gasWeight: 0.8...1.2, coalChance: 0, lpgChance: 0, vehicles: 2...3,
                         litresPerVehicle: 2_000...3_000, dieselShare: 0.3...0.6, waterPerPerson: 15...25)
        case .countySchool:
            SynthProfile(area: 8_000...30_000, usersPerThousandM2: 60...100, buildingIntensity: 2...4.5,
                         gasChance: 0.8, gasWeight: 0.5...1, coalChance: 0, lpgChance: 0.1, vehicles: 0...2,
                         litresPerVehicle: 1_500...2_500, dieselShare: 0.2...0.5, waterPerPerson: 10...20)
        case .townshipMiddleSchool:
            SynthProfile(area: 4_000...10_000, usersPerThousandM2: 70...110, buildingIntensity: 0.5...1.2,
                         gasChance: 0.5, gasWeight: 0.3...0.6, coalChance: 0.4, lpgChance: 0.05, vehicles: 0...1,
                         litresPerVehicle: 1_500...2_500, dieselShare: 0.3...0.6, waterPerPerson: 10...20)
        case .townshipPrimarySchool:
            SynthProfile(area: 1_500...5_000, usersPerThousandM2: 50...100, buildingIntensity: 0.15...0.5,
                         gasChance: 0, gasWeight: 0...0, coalChance: 0.12, lpgChance: 0.02, vehicles: 0...0,
                         litresPerVehicle: 1_500...2_000, dieselShare: 0...0, waterPerPerson: 8...18)
        case .countyHospital:
            SynthProfile(area: 15_000...40_000, usersPerThousandM2: 100...180, buildingIntensity: 18...30,
                         gasChance: 0.3, gasWeight: 0.05...0.1, coalChance: 0, lpgChance: 0, vehicles: 6...12,
                         litresPerVehicle: 3_000...4_000, dieselShare: 0.5...0.7, waterPerPerson: 25...40)
        case .countyHealthUnit:
            SynthProfile(area: 3_000...8_000, usersPerThousandM2: 20...40, buildingIntensity: 8...12,
                         gasChance: 0, gasWeight: 0...0, coalChance: 0, lpgChance: 0, vehicles: 3...6,
                         litresPerVehicle: 2_500...3_500, dieselShare: 0.1...0.3, waterPerPerson: 15...25)
        case .townshipHealthCentre:
            SynthProfile(area: 1_200...3_500, usersPerThousandM2: 100...200, buildingIntensity: 2...4,
                         gasChance: 0.05, gasWeight: 0.05...0.1, coalChance: 0.03, lpgChance: 0, vehicles: 0...2,
                         litresPerVehicle: 2_000...3_500, dieselShare: 0.6...0.9, waterPerPerson: 8...16)
        case .countyVenue:
            SynthProfile(area: 3_000...12_000, usersPerThousandM2: 5...15, buildingIntensity: 2...5,
                         gasChance: 0.2, gasWeight: 0.1...0.3, coalChance: 0, lpgChance: 0, vehicles: 0...2,
                         litresPerVehicle: 2_000...3_000, dieselShare: 0...0.1, waterPerPerson: 20...40)
        case .countySmallUnit:
            SynthProfile(area: 400...1_500, usersPerThousandM2: 15...40, buildingIntensity: 2...5,
                         gasChance: 0, gasWeight: 0...0, coalChance: 0, lpgChance: 0, vehicles: 0...1,
                         litresPerVehicle: 2_000...3_000, dieselShare: 0...0.1, waterPerPerson: 20...40)
        case .townshipCultureStation:
            SynthProfile(area: 300...1_200, usersPerThousandM2: 5...15, buildingIntensity: 1...3,
                         gasChance: 0, gasWeight: 0...0, coalChance: 0, lpgChance: 0, vehicles: 0...0,
                         litresPerVehicle: 1_500...2_500, dieselShare: 0...0.2, waterPerPerson: 15...30)
        }
    }
}
