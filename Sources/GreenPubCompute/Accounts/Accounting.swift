import GreenPubModel

/// The energy, water and carbon accounts (能源资源消费与碳排放核算): pure functions from
/// a year's statistics and the year's factors to institution, group and county accounts.
public enum Accounting {
    /// The additive quantities of one institution's row.
    ///
    /// Energy in tce is quantity × kgce per unit ÷ 1000, electricity by the 当量值 and, for
    /// `electricityEqualValueTce`, by the 等价值; CO2 in tonnes is quantity × kgCO2 per unit ÷ 1000.
    /// On-site PV generation is carried along and never subtracted.
    public static func sums(of record: InstitutionRecord, factors: FactorSet) -> AccountSums {
        var sums = AccountSums()
        sums.institutionCount = 1
        sums.areaM2 = record.areaM2
        sums.users = record.users
        sums.vehicles = record.vehicles
        sums.newEnergyVehicles = record.newEnergyVehicles
        sums.waterM3 = record.waterM3
        sums.pvKWh = record.pvKWh
        sums.energyTce = SourceAmounts { record.energy[$0] * factors.kgce(per: $0) / 1000 }
        sums.electricityEqualValueTce = record.energy.electricityKWh * factors.electricityEqualValue.value / 1000
        sums.co2Tonnes = SourceAmounts { record.energy[$0] * factors.kgCO2(per: $0) / 1000 }
        return sums
    }

    /// One institution's accounts.
    public static func institutionAccount(_ record: InstitutionRecord, factors: FactorSet) -> InstitutionAccount {
        InstitutionAccount(
            id: record.id, name: record.name, category: record.category, level: record.level,
            totals: AccountTotals(sums(of: record, factors: factors))
        )
    }

    /// Every account of one year, computed with the factor set in force for that year.
    public static func yearAccounts(_ stats: YearStatistics, factors: FactorSet) -> YearAccounts {
        let institutions = stats.institutions.map { institutionAccount($0, factors: factors) }
        let county = AccountTotals(AccountSums.total(institutions.map(\.totals.sums)))
        // Each group's members in one pass, in row order.
        var membersByGroup = InstitutionGroup.allCases.map { _ in [InstitutionAccount]() }
        for institution in institutions { membersByGroup[institution.group.order].append(institution) }
        let groups = InstitutionGroup.allCases.map { group in
            let members = membersByGroup[group.order]
            let totals = AccountTotals(AccountSums.total(members.map(\.totals.sums)))
            return GroupAccount(
                group: group,
                totals: totals,
                meanOfInstitutions: .mean(of: members.map(\.intensities)),
                shares: GroupShares(of: totals, in: county)
            )
        }
        return YearAccounts(
            year: stats.year, file: stats.file, institutions: institutions, groups: groups,
            county: CountyAccount(totals: county, meanOfInstitutions: .mean(of: institutions.map(\.intensities)))
        )
    }

    /// The accounts of several years in ascending year order, each year with its own factors
    /// (`FactorTable.factors(for:)`). Years given twice keep their input order. The years are
    /// computed on both cores.
    public static func series(_ years: [YearStatistics], factors: FactorTable) -> [YearAccounts] {
        let ordered = years.enumerated().sorted { a, b in
            (a.element.year, a.offset) < (b.element.year, b.offset)
        }
        return ParallelMap.map(ordered.map(\.element)) { yearAccounts($0, factors: factors.factors(for: $0.year)) }
    }
}
