import GreenPubModel

/// A year's row of one institution while the sample is built, in canonical units.
struct SynthRow: Sendable, Hashable {
    var areaM2: Double = 0
    var users: Double = 0
    var vehicles: Int = 0
    var newEnergyVehicles: Int = 0
    var energy = EnergyQuantities()
    var waterM3: Double = 0
    var pvKWh: Double = 0
}

/// Builds the 2020 rows: each group's printed totals spread over its institutions by their
/// draws, then areas, users, water and the gas mix calibrated so that the group means of
/// 专栏1 come out.
struct SynthBaseYear {
    let roster: [SynthInstitution]
    let draws: [SynthDraws]
    let factors: FactorSet
    /// Institutions ÷ 292: every total scales with it, no intensity does.
    let scale: Double

    /// Share of an institution's building energy that gas, coal and LPG together may take.
    private static let fossilCap = 0.75

    func rows() -> [SynthRow] {
        var rows = Array(repeating: SynthRow(), count: roster.count)
        var members: [InstitutionGroup: [Int]] = [:]
        for institution in roster { members[institution.group, default: []].append(institution.index) }

        for group in InstitutionGroup.allCases {
            guard let indices = members[group], !indices.isEmpty else { continue }
            spreadEnergy(group, indices, &rows)
            spreadVehicles(group, indices, &rows)
            setAreas(group, indices, &rows)
            if let means = SynthBaseline.groupMeans(group), let co2PerArea = means.co2PerArea {
                remixGas(group, indices, co2PerArea: co2PerArea, &rows)
            }
            setUsers(group, indices, &rows)
        }
        // Water last: the government's mean is what the county mean of 23.92 leaves over.
        for group in [InstitutionGroup.education, .health, .other] {
            if let indices = members[group], !indices.isEmpty { setWater(group, indices, mean: nil, &rows) }
        }
        if let indices = members[.government], !indices.isEmpty {
            let others = rows.indices.filter { roster[$0].group != .government }
            let otherSum = others.reduce(0.0) { $0 + rows[$1].waterM3 / rows[$1].users }
            let mean = (SynthBaseline.countyMeanWaterPerPerson * Double(rows.count) - otherSum) / Double(indices.count)
            setWater(.government, indices, mean: mean, &rows)
        }
        return rows
    }

    // MARK: Energy

    private func kgce(_ source: EnergySource) -> Double { factors.kgce(per: source) }

    private func scaled(_ value: Double) -> Int { Int((value * scale).rounded()) }

    /// Building energy in proportion to area × intensity; coal, LPG and gas to the institutions
    /// that burn them; electricity the rest. Every group total exact in whole units.
    private func spreadEnergy(_ group: InstitutionGroup, _ indices: [Int], _ rows: inout [SynthRow]) {
        let target = SynthBaseline.groupTotals(group).energy
        let buildingSources: [EnergySource] = [.electricity, .coal, .gas, .lpg]
        let buildingKgce = buildingSources.reduce(0.0) { $0 + Double(scaled(target[$1])) * kgce($1) }
        let weights = indices.map { draws[$0].area * draws[$0].buildingIntensity }
        let weightSum = weights.reduce(0, +)
        let building = weights.map { buildingKgce * $0 / weightSum }

        let coal = SynthMath.allocate(
            Double(scaled(target.coalKg)) * kgce(.coal),
            weights: zip(weights, indices).map { $0 * draws[$1].coalWeight },
            caps: building.map { 0.6 * $0 }
        )
        let lpg = SynthMath.allocate(
            Double(scaled(target.lpgKg)) * kgce(.lpg),
            weights: zip(weights, indices).map { $0 * draws[$1].lpgWeight },
            caps: building.indices.map { max(0, 0.3 * building[$0] - coal[$0]) }
        )
        let gas = SynthMath.allocate(
            Double(scaled(target.gasM3)) * kgce(.gas),
            weights: zip(weights, indices).map { $0 * draws[$1].gasWeight },
            caps: building.indices.map { max(0, Self.fossilCap * building[$0] - coal[$0] - lpg[$0]) }
        )
        let electricity = building.indices.map { max(0, building[$0] - coal[$0] - lpg[$0] - gas[$0]) }

        func assign(_ source: EnergySource, _ amountsKgce: [Double]) {
            let units = SynthMath.roundPreservingSum(amountsKgce.map { $0 / kgce(source) }, total: scaled(target[source]))
            for (k, i) in indices.enumerated() { rows[i].energy[source] = Double(units[k]) }
        }
        assign(.electricity, electricity)
        assign(.coal, coal)
        assign(.lpg, lpg)
        assign(.gas, gas)
    }

    /// Vehicles in proportion to each institution's draw, new-energy vehicles to a few with
    /// fleets, fuel in proportion to fuel vehicles × litres each.
    private func spreadVehicles(_ group: InstitutionGroup, _ indices: [Int], _ rows: inout [SynthRow]) {
        let totals = SynthBaseline.groupTotals(group)
        let counts = SynthMath.roundPreservingSum(indices.map { draws[$0].vehicleWeight }, total: scaled(Double(totals.vehicles)))
        for (k, i) in indices.enumerated() { rows[i].vehicles = counts[k] }

        var remaining = scaled(Double(totals.newEnergyVehicles))
        let candidates = indices.filter { rows[$0].vehicles >= 2 }.sorted { a, b in
            let ka = Double(rows[a].vehicles) * (0.5 + draws[a].newEnergyRank)
            let kb = Double(rows[b].vehicles) * (0.5 + draws[b].newEnergyRank)
            return ka != kb ? ka > kb : a < b
        }
        var progress = true
        while remaining > 0 && progress {
            progress = false
            for i in candidates where remaining > 0 && rows[i].newEnergyVehicles < rows[i].vehicles - 1 {
                rows[i].newEnergyVehicles += 1
                remaining -= 1
                progress = true
            }
        }

        let fuelWeights = indices.map { Double(rows[$0].vehicles - rows[$0].newEnergyVehicles) * draws[$0].litresPerVehicle }
        let gasoline = SynthMath.roundPreservingSum(
            zip(fuelWeights, indices).map { $0 * (1 - draws[$1].dieselShare) }, total: scaled(totals.energy.gasolineL)
        )
        let diesel = SynthMath.roundPreservingSum(
            zip(fuelWeights, indices).map { $0 * draws[$1].dieselShare }, total: scaled(totals.energy.dieselL)
        )
        for (k, i) in indices.enumerated() {
            rows[i].energy.gasolineL = Double(gasoline[k])
            rows[i].energy.dieselL = Double(diesel[k])
        }
    }

    private func energyKgce(_ row: SynthRow) -> Double {
        EnergySource.allCases.reduce(0.0) { $0 + row.energy[$1] * kgce($1) }
    }

    private func co2Kg(_ row: SynthRow) -> Double {
        EnergySource.allCases.reduce(0.0) { $0 + row.energy[$1] * factors.kgCO2(per: $1) }
    }

    // MARK: Area, users, water

    /// Areas: in proportion to the draws, or calibrated so that the mean of the institutions'
    /// kgce/m² is the plan's group value while the group's area stays its total. Calibrated
    /// intensities grow with the institution's energy (a large boarding school or hospital uses
    /// more per m² than a village school), with each institution's own jitter.
    private func setAreas(_ group: InstitutionGroup, _ indices: [Int], _ rows: inout [SynthRow]) {
        let total = Double(scaled(SynthBaseline.groupTotals(group).areaM2))
        let values: [Double]
        if let means = SynthBaseline.groupMeans(group) {
            let energy = indices.map { energyKgce(rows[$0]) }
            let intensities = SynthMath.calibrateIntensities(
                amounts: energy, base: energy, jitter: indices.map { draws[$0].areaJitter },
                total: total, mean: means.energyPerArea, composition: .divides, start: 0
            )
            values = zip(energy, intensities).map { $0 / $1 }
        } else {
            values = indices.map { draws[$0].area }
        }
        let areas = SynthMath.roundPreservingSum(values, total: Int(total), minimum: 50)
        for (k, i) in indices.enumerated() { rows[i].areaM2 = Double(areas[k]) }
    }

    /// Users: in proportion to area × the drawn density, or calibrated to the plan's group
    /// mean of kgce per user (intensities growing with energy, as for areas).
    private func setUsers(_ group: InstitutionGroup, _ indices: [Int], _ rows: inout [SynthRow]) {
        let total = Double(scaled(SynthBaseline.groupTotals(group).users))
        let drawn = indices.map { rows[$0].areaM2 * draws[$0].usersPerThousandM2 / 1000 }
        let energy = indices.map { energyKgce(rows[$0]) }
        let means = SynthBaseline.groupMeans(group)
        let values: [Double]
        if let means {
            let intensities = SynthMath.calibrateIntensities(
                amounts: energy, base: energy, jitter: indices.map { draws[$0].usersJitter },
                total: total, mean: means.energyPerPerson, composition: .divides, start: 0
            )
            values = zip(energy, intensities).map { $0 / $1 }
        } else {
            values = drawn
        }
        var users = SynthMath.roundPreservingSum(values, total: Int(total), minimum: 3)
        if let means { SynthMath.nudgeDivisors(&users, numerators: energy, mean: means.energyPerPerson, minimum: 3) }
        for (k, i) in indices.enumerated() { rows[i].users = Double(users[k]) }
    }

    /// Water: users × the drawn m³ per user, calibrated to the plan's group mean where there is
    /// one (or to `mean` when given), the group total kept.
    private func setWater(_ group: InstitutionGroup, _ indices: [Int], mean: Double?, _ rows: inout [SynthRow]) {
        let total = Double(scaled(SynthBaseline.groupTotals(group).waterM3))
        let users = indices.map { rows[$0].users }
        let drawn = indices.map { draws[$0].waterPerPerson }
        let values: [Double]
        if let target = mean ?? SynthBaseline.groupMeans(group)?.waterPerPerson {
            let perPerson = SynthMath.calibrateIntensities(
                amounts: users, base: drawn, total: total, mean: target, composition: .multiplies, start: 1
            )
            values = zip(users, perPerson).map { $0 * $1 }
        } else {
            values = zip(users, drawn).map { $0 * $1 }
        }
        let water = SynthMath.roundPreservingSum(values, total: Int(total), minimum: 1)
        for (k, i) in indices.enumerated() { rows[i].waterM3 = Double(water[k]) }
    }

    // MARK: Gas mix

    /// Moves the group's gas between its gas-burning institutions (each keeping its building
    /// energy, electricity taking up the difference) until the mean of the institutions'
    /// kgCO2/m² is the plan's group value. Gas goes to institutions in proportion to
    /// weight × area^-τ (gas in a small building lowers its kgCO2/m² more); τ is found by bisection.
    private func remixGas(_ group: InstitutionGroup, _ indices: [Int], co2PerArea: Double, _ rows: inout [SynthRow]) {
        let gasTotalM3 = rows.indicesSum(indices) { $0.energy.gasM3 }
        let electricityTotalKWh = rows.indicesSum(indices) { $0.energy.electricityKWh }
        guard gasTotalM3 > 0 else { return }
        let gasKgce = gasTotalM3 * kgce(.gas)
        let flexible = indices.map { rows[$0].energy.electricityKWh * kgce(.electricity) + rows[$0].energy.gasM3 * kgce(.gas) }
        let building = indices.map { i in
            [EnergySource.electricity, .coal, .gas, .lpg].reduce(0.0) { $0 + rows[i].energy[$1] * kgce($1) }
        }
        let fixedFossil = zip(building, flexible).map { $0 - $1 }
        let caps = building.indices.map { max(0, Self.fossilCap * building[$0] - fixedFossil[$0]) }
        let fixedCO2 = indices.map { i in
            [EnergySource.coal, .lpg, .gasoline, .diesel, .heat].reduce(0.0) { $0 + rows[i].energy[$1] * factors.kgCO2(per: $1) }
        }
        let logArea = indices.map { DeterministicMath.log(rows[$0].areaM2) }
        let baseWeights = indices.map { draws[$0].area * draws[$0].buildingIntensity * draws[$0].gasWeight }
        let electricityCO2PerKgce = factors.kgCO2(per: .electricity) / kgce(.electricity)
        let gasCO2PerKgce = factors.kgCO2(per: .gas) / kgce(.gas)

        func gasShares(_ tau: Double) -> [Double] {
            let weights = baseWeights.indices.map { baseWeights[$0] * DeterministicMath.exp(-tau * logArea[$0]) }
            return SynthMath.allocate(gasKgce, weights: weights, caps: caps)
        }
        func meanCO2PerArea(_ tau: Double) -> Double {
            let gas = gasShares(tau)
            var sum = 0.0
            for k in indices.indices {
                let electricity = max(0, flexible[k] - gas[k])
                let co2 = fixedCO2[k] + electricity * electricityCO2PerKgce + gas[k] * gasCO2PerKgce
                sum += co2 / rows[indices[k]].areaM2
            }
            return sum / Double(indices.count)
        }
        let tau = SynthMath.solve(co2PerArea, in: -6, 6, meanCO2PerArea)
        let gas = gasShares(tau)
        let gasUnits = SynthMath.roundPreservingSum(gas.map { $0 / kgce(.gas) }, total: Int(gasTotalM3))
        let electricityUnits = SynthMath.roundPreservingSum(
            indices.indices.map { max(0, flexible[$0] - gas[$0]) / kgce(.electricity) }, total: Int(electricityTotalKWh)
        )
        for (k, i) in indices.enumerated() {
            rows[i].energy.gasM3 = Double(gasUnits[k])
            rows[i].energy.electricityKWh = Double(electricityUnits[k])
        }
    }
}

extension Array where Element == SynthRow {
    func indicesSum(_ indices: [Int], _ value: (SynthRow) -> Double) -> Double {
        indices.reduce(0.0) { $0 + value(self[$1]) }
    }
}
