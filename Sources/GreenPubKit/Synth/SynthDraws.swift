/// One institution's random draws: its 2020 character and the events of later years. Drawn
/// from its own stream of the seed, so an institution's draws do not depend on the others.
struct SynthDraws: Sendable {
    var area: Double
    var usersPerThousandM2: Double
    var buildingIntensity: Double
    var gasWeight: Double
    var coalWeight: Double
    var lpgWeight: Double
    var vehicleWeight: Double
    var litresPerVehicle: Double
    var dieselShare: Double
    var waterPerPerson: Double
    /// How far an institution's kgce/m² and kgce per user stray from what its size alone
    /// would give, where a group mean is calibrated.
    var areaJitter: Double
    var usersJitter: Double
    /// Orders the institutions that had new-energy vehicles in 2020.
    var newEnergyRank: Double
    /// The year a coal-fired canteen or boiler is replaced by electric equipment.
    var coalSwitchYear: Int
    /// The year an LPG canteen goes electric.
    var lpgSwitchYear: Int
    /// The year part of the gas use (boilers, canteens) moves to heat pumps and electric
    /// cookers, and that part.
    var gasConversionYear: Int
    var gasConversionFraction: Double
    /// An energy-saving retrofit: its year (nil: none) and the share of building energy it saves.
    var retrofitYear: Int?
    var retrofitSaving: Double

    static let stream: UInt64 = 1

    init(seed: UInt64, institution: SynthInstitution) {
        var random = SplitMix64(seed: seed, stream: SynthDraws.stream, item: UInt64(institution.index))
        let profile = SynthProfile.of(institution.kind)
        area = random.logUniform(profile.area.lowerBound, profile.area.upperBound)
            * SynthDraws.areaFactor(institution.id)
        usersPerThousandM2 = random.uniform(profile.usersPerThousandM2.lowerBound, profile.usersPerThousandM2.upperBound)
        buildingIntensity = random.logUniform(profile.buildingIntensity.lowerBound, profile.buildingIntensity.upperBound)
        gasWeight = random.chance(profile.gasChance)
            ? random.uniform(profile.gasWeight.lowerBound, profile.gasWeight.upperBound) : 0
        coalWeight = random.chance(profile.coalChance) ? random.uniform(0.5, 1) : 0
        lpgWeight = random.chance(profile.lpgChance) ? random.uniform(0.5, 1) : 0
        vehicleWeight = Double(random.integer(profile.vehicles.lowerBound, profile.vehicles.upperBound))
        litresPerVehicle = random.uniform(profile.litresPerVehicle.lowerBound, profile.litresPerVehicle.upperBound)
        dieselShare = random.uniform(profile.dieselShare.lowerBound, profile.dieselShare.upperBound)
        waterPerPerson = random.logUniform(profile.waterPerPerson.lowerBound, profile.waterPerPerson.upperBound)
        areaJitter = random.logUniform(0.75, 1.33)
        usersJitter = random.logUniform(0.75, 1.33)
        newEnergyRank = random.unit()
        coalSwitchYear = random.integer(2021, 2025)
        lpgSwitchYear = random.integer(2022, 2024)
        gasConversionYear = random.integer(2021, 2025)
        gasConversionFraction = gasWeight > 0 && institution.group == .education && random.chance(0.7)
            ? random.uniform(0.3, 0.6) : (gasWeight > 0 && random.chance(0.2) ? random.uniform(0.1, 0.3) : 0)
        retrofitYear = random.chance(0.25) ? random.integer(2021, 2025) : nil
        retrofitSaving = random.uniform(0.05, 0.12)
    }

    /// The named institutions that are larger than their kind's usual range.
    private static func areaFactor(_ id: String) -> Double {
        switch id {
        case "PSH001": 2.0   // 人民医院
        case "PSH002": 1.2   // 中医院
        case "PSE002": 1.15  // 彭水一中
        default: 1
        }
    }
}
