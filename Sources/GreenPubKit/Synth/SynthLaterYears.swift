import GreenPubModel

/// Builds 2021 to 2025 from 2020: each institution drifts with its own noise, switches coal
/// and LPG canteens to electricity, moves part of its gas to heat pumps, retrofits, renews its
/// fleet with new-energy vehicles and installs PV where planned; then each group's building
/// electricity, vehicle fuel and water are scaled so that its building energy, fuel and water
/// follow the year's trajectory (`SynthTrajectory`).
struct SynthLaterYears {
    let seed: UInt64
    let roster: [SynthInstitution]
    let draws: [SynthDraws]
    let factors: FactorTable

    /// Persistent yearly noise of each institution (AR(1) processes).
    struct Noise {
        var energy: Double = 0
        var users: Double = 0
        var water: Double = 0
    }

    static let stream: UInt64 = 2
    /// Electricity that replaces one kgce of coal, LPG or gas (electric cookers and heat pumps
    /// need less final energy than burners), in kgce.
    static let coalReplacement = 0.30
    static let lpgReplacement = 0.50
    static let gasReplacement = 0.55
    /// kWh a new-energy vehicle charges at its institution each year.
    static let chargingKWhPerVehicle = 2_500.0
    /// Share of PV generation used on site (the rest is fed into the grid).
    static let photovoltaicSelfUse = 0.9

    func next(after previous: [SynthRow], base: [SynthRow], year: Int, noise: inout [Noise]) -> [SynthRow] {
        let yearFactors = factors.factors(for: year)
        func kgce(_ source: EnergySource) -> Double { yearFactors.kgce(per: source) }
        let t = Double(year - SynthBaseline.year)
        var rows = previous
        var preGasoline = Array(repeating: 0.0, count: rows.count)
        var preDiesel = Array(repeating: 0.0, count: rows.count)
        var preWater = Array(repeating: 0.0, count: rows.count)

        for institution in roster {
            let i = institution.index
            let draw = draws[i]
            let start = base[i]
            var random = SplitMix64(seed: seed, stream: Self.stream, item: UInt64(i) << 4 | UInt64(year - SynthBaseline.year))
            noise[i].energy = 0.6 * noise[i].energy + 0.045 * random.normal()
            noise[i].users = 0.7 * noise[i].users + 0.01 * random.normal()
            noise[i].water = 0.6 * noise[i].water + 0.05 * random.normal()

            // Area: planned changes, and now and then a small one elsewhere.
            var area = previous[i].areaM2
            let planned = SynthTrajectory.areaChanges.filter { $0.id == institution.id }
            for change in planned where change.year == year { area += change.m2 }
            if planned.isEmpty && random.chance(0.005) { area *= random.uniform(0.9, 1.12) }
            rows[i].areaM2 = max(50, area.rounded())
            let growth = rows[i].areaM2 / start.areaM2

            // Users drift with the group and with the building.
            let drift = DeterministicMath.pow(1 + SynthTrajectory.usersDrift(institution.group), t)
            rows[i].users = max(3, (start.users * drift * (1 + noise[i].users) * growth.squareRoot()).rounded())

            // Fleet: replacements, some by new-energy vehicles; government fleets shrink.
            var fuelVehicles = previous[i].vehicles - previous[i].newEnergyVehicles
            var newEnergy = previous[i].newEnergyVehicles
            for _ in 0..<max(0, fuelVehicles) {
                if random.chance(SynthTrajectory.replacementChance) {
                    if random.chance(SynthTrajectory.newEnergyReplacementChance(year)) {
                        fuelVehicles -= 1
                        newEnergy += 1
                    }
                } else if institution.group == .government && random.chance(SynthTrajectory.governmentRetirementChance) {
                    fuelVehicles -= 1
                }
            }
            rows[i].vehicles = fuelVehicles + newEnergy
            rows[i].newEnergyVehicles = newEnergy
            let startFuelVehicles = Double(start.vehicles - start.newEnergyVehicles)
            let fleet = startFuelVehicles > 0 ? Double(fuelVehicles) / startFuelVehicles : 0
            preGasoline[i] = start.energy.gasolineL * fleet * (1 + noise[i].energy)
            preDiesel[i] = start.energy.dieselL * fleet * (1 + noise[i].energy)

            // Building energy before the group's scaling.
            let retrofit = draw.retrofitYear.map { year >= $0 ? 1 - draw.retrofitSaving : 1 } ?? 1
            let level = max(0.5, (1 + noise[i].energy) * retrofit * DeterministicMath.pow(growth, 0.8))
            var replacedKgce = 0.0
            var energy = EnergyQuantities()
            if year < draw.coalSwitchYear {
                energy.coalKg = start.energy.coalKg * level * (1 - 0.05 * t)
            } else {
                replacedKgce += start.energy.coalKg * kgce(.coal) * Self.coalReplacement
            }
            if year < draw.lpgSwitchYear {
                energy.lpgKg = start.energy.lpgKg * level
            } else {
                replacedKgce += start.energy.lpgKg * kgce(.lpg) * Self.lpgReplacement
            }
            let converted = year >= draw.gasConversionYear ? draw.gasConversionFraction : 0
            energy.gasM3 = start.energy.gasM3 * level * (1 - converted)
            replacedKgce += start.energy.gasM3 * kgce(.gas) * converted * Self.gasReplacement
            let photovoltaic = SynthTrajectory.photovoltaicKW.first { $0.id == institution.id }.map {
                $0.kilowatts * 1_000 * SynthTrajectory.photovoltaicYearFraction(year) * (1 + 0.03 * random.normal())
            } ?? 0
            rows[i].pvKWh = photovoltaic.rounded()
            energy.electricityKWh = max(0, start.energy.electricityKWh * level + replacedKgce / kgce(.electricity)
                + Double(newEnergy - start.newEnergyVehicles) * Self.chargingKWhPerVehicle
                - photovoltaic * Self.photovoltaicSelfUse)
            rows[i].energy = energy

            preWater[i] = start.waterM3 * (1 + noise[i].water) * (rows[i].users / start.users).squareRoot()
        }

        scaleToTrajectory(&rows, base: base, year: year, preGasoline: preGasoline, preDiesel: preDiesel, preWater: preWater)
        return rows
    }

    /// Scales each group's electricity (coal, LPG and gas follow their own switches), fuel and
    /// water to the trajectory, then rounds to whole units.
    private func scaleToTrajectory(
        _ rows: inout [SynthRow], base: [SynthRow], year: Int,
        preGasoline: [Double], preDiesel: [Double], preWater: [Double]
    ) {
        let yearFactors = factors.factors(for: year)
        func kgce(_ source: EnergySource) -> Double { yearFactors.kgce(per: source) }
        for group in InstitutionGroup.allCases {
            let indices = roster.filter { $0.group == group }.map(\.index)
            guard !indices.isEmpty else { continue }
            func sum(_ rows: [SynthRow], _ value: (SynthRow) -> Double) -> Double { rows.indicesSum(indices, value) }

            let baseBuilding = sum(base) { r in [EnergySource.electricity, .coal, .gas, .lpg].reduce(0.0) { $0 + r.energy[$1] * kgce($1) } }
            let fixed = sum(rows) { $0.energy.coalKg * kgce(.coal) + $0.energy.lpgKg * kgce(.lpg) + $0.energy.gasM3 * kgce(.gas) }
            let flexible = sum(rows) { $0.energy.electricityKWh * kgce(.electricity) }
            let target = baseBuilding * SynthTrajectory.buildingEnergy(group, year)
            let buildingScale = flexible > 0 ? max(0, (target - fixed) / flexible) : 0

            let baseFuel = sum(base) { $0.energy.gasolineL * kgce(.gasoline) + $0.energy.dieselL * kgce(.diesel) }
            let preFuel = indices.reduce(0.0) { $0 + preGasoline[$1] * kgce(.gasoline) + preDiesel[$1] * kgce(.diesel) }
            let fuelScale = preFuel > 0 ? baseFuel * SynthTrajectory.vehicleFuel(group, year) / preFuel : 0

            let baseWater = sum(base) { $0.waterM3 }
            let rawWater = indices.reduce(0.0) { $0 + preWater[$1] }
            let waterScale = rawWater > 0 ? baseWater * SynthTrajectory.water(group, year) / rawWater : 0

            for i in indices {
                rows[i].energy.coalKg = rows[i].energy.coalKg.rounded()
                rows[i].energy.lpgKg = rows[i].energy.lpgKg.rounded()
                rows[i].energy.gasM3 = rows[i].energy.gasM3.rounded()
                rows[i].energy.gasolineL = (preGasoline[i] * fuelScale).rounded()
                rows[i].energy.dieselL = (preDiesel[i] * fuelScale).rounded()
                rows[i].waterM3 = max(1, (preWater[i] * waterScale).rounded())
            }
            var electricity = indices.map { rows[$0].energy.electricityKWh * buildingScale }
            if let multiple = SynthTrajectory.meanEnergyPerArea(group, year) {
                let target = multiple * meanEnergyPerArea(base, indices, kgce)
                electricity = tilt(electricity, rows: rows, indices: indices, meanEnergyPerArea: target, kgce)
            }
            for (k, i) in indices.enumerated() { rows[i].energy.electricityKWh = electricity[k].rounded() }
        }
    }

    private func meanEnergyPerArea(_ rows: [SynthRow], _ indices: [Int], _ kgce: (EnergySource) -> Double) -> Double {
        let sum = indices.reduce(0.0) { total, i in
            total + EnergySource.allCases.reduce(0.0) { $0 + rows[i].energy[$1] * kgce($1) } / rows[i].areaM2
        }
        return sum / Double(indices.count)
    }

    /// Moves electricity between the group's institutions, its total kept, in proportion to
    /// area^θ, θ found by bisection so that the mean of the institutions' kgce/m² is `target`
    /// (larger buildings saving less per m² than small ones, or more).
    private func tilt(
        _ electricity: [Double], rows: [SynthRow], indices: [Int], meanEnergyPerArea target: Double,
        _ kgce: (EnergySource) -> Double
    ) -> [Double] {
        let total = electricity.reduce(0, +)
        guard total > 0 else { return electricity }
        let logArea = indices.map { DeterministicMath.log(rows[$0].areaM2) }
        let otherKgce = indices.map { i in
            EnergySource.allCases.filter { $0 != .electricity }.reduce(0.0) { $0 + rows[i].energy[$1] * kgce($1) }
        }
        func tilted(_ theta: Double) -> [Double] {
            let raw = electricity.indices.map { electricity[$0] * DeterministicMath.exp(theta * logArea[$0]) }
            let scale = total / raw.reduce(0, +)
            return raw.map { $0 * scale }
        }
        func mean(_ theta: Double) -> Double {
            let values = tilted(theta)
            let sum = indices.indices.reduce(0.0) { total, k in
                total + (values[k] * kgce(.electricity) + otherKgce[k]) / rows[indices[k]].areaM2
            }
            return sum / Double(indices.count)
        }
        return tilted(SynthMath.solve(target, in: -1, 1, mean))
    }
}
