import GreenPubCompute
import GreenPubModel
import Testing

/// One figure the county plan prints for 2020, and how to read it from the accounts.
struct PlanFigure: Sendable, CustomTestStringConvertible {
    var name: String
    /// The value as printed.
    var printedValue: Double
    /// Decimal places as printed.
    var decimals: Int
    var compute: @Sendable (YearAccounts) -> Double?

    var testDescription: String { "\(name) = \(printedValue)" }

    init(_ name: String, _ printedValue: Double, decimals: Int, _ compute: @escaping @Sendable (YearAccounts) -> Double?) {
        self.name = name
        self.printedValue = printedValue
        self.decimals = decimals
        self.compute = compute
    }
}

private let sources: [(EnergySource, String)] = [
    (.electricity, "电力"), (.coal, "煤炭"), (.gas, "天然气"), (.gasoline, "汽油"), (.diesel, "柴油"),
]
private let groups: [(InstitutionGroup, String)] = [(.government, "党政机关"), (.education, "教育"), (.health, "卫生")]

private func perSource(
    _ label: String, _ values: [Double], decimals: Int, _ read: @escaping @Sendable (YearAccounts, EnergySource) -> Double
) -> [PlanFigure] {
    zip(sources, values).map { entry, value in
        let source = entry.0
        return PlanFigure("\(label) \(entry.1)", value, decimals: decimals) { read($0, source) }
    }
}

private func perGroup(
    _ label: String, _ values: [Double], decimals: Int, _ read: @escaping @Sendable (GroupAccount) -> Double?
) -> [PlanFigure] {
    zip(groups, values).map { entry, value in
        let group = entry.0
        return PlanFigure("\(label) \(entry.1)", value, decimals: decimals) { read($0.group(group)) }
    }
}

/// Every 2020 figure of the plan's baseline paragraphs and of 专栏1 that the sample reproduces.
let planFigures: [PlanFigure] =
    [
        PlanFigure("公共机构 (个)", 292, decimals: 0) { Double($0.county.totals.institutionCount) },
        PlanFigure("建筑总面积 (万m²)", 129.21, decimals: 2) { $0.county.totals.areaM2 / 10_000 },
        PlanFigure("用能人数 (万人)", 8.85, decimals: 2) { $0.county.totals.users / 10_000 },
        PlanFigure("公务用车 (辆)", 673, decimals: 0) { Double($0.county.totals.vehicles) },
        PlanFigure("能源消费总量 (吨标准煤)", 15402, decimals: 0) { $0.county.totals.totalEnergyTce },
        PlanFigure("碳排放总量 (吨)", 45169, decimals: 0) { $0.county.totals.totalCO2Tonnes },
        PlanFigure("碳排放总量 (万吨)", 4.52, decimals: 2) { $0.county.totals.totalCO2Tonnes / 10_000 },
        PlanFigure("用水总量 (万m³)", 211, decimals: 0) { $0.county.totals.waterM3 / 10_000 },
        PlanFigure("建筑能耗占能源消费总量 (%)", 81.26, decimals: 2) { $0.county.totals.buildingEnergySharePercent },
        PlanFigure("建筑碳排放占碳排放总量 (%)", 86.70, decimals: 2) { $0.county.totals.buildingCO2SharePercent },
    ]
    + perSource("能源消费结构 (%)", [72.95, 0.86, 7.45, 16.25, 2.49], decimals: 2) { $0.county.totals.energySharesPercent[$1] }
    + perSource("能源消费量 (万吨标煤)", [1.12, 0.01, 0.11, 0.25, 0.04], decimals: 2) { $0.county.totals.energyTce[$1] / 10_000 }
    + perSource("碳排放占比 (%)", [81.83, 0.74, 4.13, 11.47, 1.84], decimals: 2) { $0.county.totals.co2SharesPercent[$1] }
    + perGroup("能源消费总量占比 (%)", [47.31, 25.18, 26.06], decimals: 2) { $0.shares.energyPercent }
    + perGroup("碳排放总量占比 (%)", [45.39, 24.38, 28.84], decimals: 2) { $0.shares.co2Percent }
    + perGroup("建筑碳排放占比 (%)", [38.88, 27.44, 32.50], decimals: 2) { $0.shares.buildingCO2Percent }
    + [
        // 专栏1, county rows: ratios of the county's totals.
        PlanFigure("专栏1 全县 单位建筑面积能耗 (ratio of totals)", 11.92, decimals: 2) { $0.county.totals.intensities.energyPerArea },
        PlanFigure("专栏1 全县 人均综合能耗 (ratio of totals)", 174.03, decimals: 2) { $0.county.totals.intensities.energyPerPerson },
        PlanFigure("专栏1 全县 单位建筑面积碳排放 (ratio of totals)", 34.96, decimals: 2) { $0.county.totals.intensities.co2PerArea },
        // The only reading under which 23.92 can hold (211万 ÷ 8.85万 = 23.84; see content/README.md).
        PlanFigure("专栏1 全县 人均用水量 (mean of institutions)", 23.92, decimals: 2) { $0.county.meanOfInstitutions.waterPerPerson },
        // 专栏1, group rows: means of the group's institutions (平均值).
        PlanFigure("专栏1 教育 单位建筑面积能耗 (mean)", 1.27, decimals: 2) { $0.group(.education).meanOfInstitutions.energyPerArea },
        PlanFigure("专栏1 教育 人均综合能耗 (mean)", 19.26, decimals: 2) { $0.group(.education).meanOfInstitutions.energyPerPerson },
        PlanFigure("专栏1 教育 人均用水量 (mean)", 17.67, decimals: 2) { $0.group(.education).meanOfInstitutions.waterPerPerson },
        PlanFigure("专栏1 教育 单位建筑面积碳排放 (mean)", 3.66, decimals: 2) { $0.group(.education).meanOfInstitutions.co2PerArea },
        PlanFigure("专栏1 卫生 单位建筑面积能耗 (mean)", 9.44, decimals: 2) { $0.group(.health).meanOfInstitutions.energyPerArea },
        PlanFigure("专栏1 卫生 人均综合能耗 (mean)", 50.96, decimals: 2) { $0.group(.health).meanOfInstitutions.energyPerPerson },
        PlanFigure("专栏1 卫生 人均用水量 (mean)", 11.04, decimals: 2) { $0.group(.health).meanOfInstitutions.waterPerPerson },
    ]

@Suite("2020 accounts of the sample equal the county plan's printed baseline")
struct PlanBaselineTests {
    @Test(arguments: planFigures)
    func figure(_ figure: PlanFigure) throws {
        let value = try #require(figure.compute(accounts(2020)))
        #expect(printed(value, decimals: figure.decimals) == figure.printedValue, "computed \(value)")
    }
}

/// The figures that cannot all hold at once, and the arithmetic content/README.md gives.
@Suite("Conflicts in the plan's 2020 figures")
struct PlanConflictTests {
    @Test("211万 m³ ÷ 8.85万 users is 23.84, not 23.92: the ratio of totals cannot give 23.92")
    func waterPerPersonAsRatio() throws {
        let county = accounts(2020).county.totals
        #expect(try printed(#require(county.intensities.waterPerPerson), decimals: 2) == 23.84)
        // Every total within the printed rounding: at most 211.5万 m³ over at least 8.845万 users.
        #expect(2_115_000.0 / 88_450 < 23.915)
    }

    @Test("Health 32.35 kgCO2/m² is out of reach with 9.44 kgce/m²: no source emits more per kgce than electricity")
    func healthCarbonIntensity() throws {
        let factors = committedFactors.factors(for: 2020)
        let highest = EnergySource.allCases.map { factors.kgCO2(per: $0) / factors.kgce(per: $0) }.max() ?? 0
        #expect(highest == factors.kgCO2(per: .electricity) / factors.kgce(per: .electricity))
        // The mean of c_i/A_i is at most (highest kgCO2 per kgce) × the mean of e_i/A_i.
        #expect(highest * 9.445 < 32.345)
        let health = accounts(2020).group(.health).meanOfInstitutions
        let co2 = try #require(health.co2PerArea)
        let energy = try #require(health.energyPerArea)
        #expect(co2 <= highest * energy)
        #expect(printed(co2, decimals: 2) == 29.44)
    }

    @Test("The group rows of 专栏1 cannot be ratios of totals: education would need more area and users than the county has")
    func groupRowsAreMeans() {
        let county = accounts(2020).county.totals
        let education = accounts(2020).group(.education).totals
        // 1.27 kgce/m² as a ratio would need education's energy spread over more floor area than the whole county's.
        #expect(education.totalEnergyTce * 1_000 / 1.275 > county.areaM2)
        #expect(education.totalEnergyTce * 1_000 / 19.265 > county.users)
    }

    @Test("The plan's five CO2 shares add up to 100.01%, its five energy shares to 100.00%")
    func sharesAddUp() {
        #expect(printed(81.83 + 0.74 + 4.13 + 11.47 + 1.84, decimals: 2) == 100.01)
        #expect(printed(72.95 + 0.86 + 7.45 + 16.25 + 2.49, decimals: 2) == 100.00)
        let shares = accounts(2020).county.totals.co2SharesPercent
        #expect(abs(shares.total - 100) < 1e-9)
    }

    @Test("The ratio 1:1.74:1.13:1.44:1.50 holds among the fuels, not with electricity by the 当量值")
    func carbonPerTceRatio() {
        let factors = committedFactors.factors(for: 2020)
        func perTce(_ source: EnergySource) -> Double { factors.kgCO2(per: source) / factors.kgce(per: source) }
        // Electricity by the 当量值 has the most CO2 per tce of the five, not the least.
        for fuel in [EnergySource.coal, .gas, .gasoline, .diesel] { #expect(perTce(.electricity) > perTce(fuel)) }
        // Among the fuels the plan's ratio holds: gasoline ÷ gas = 1.44 ÷ 1.13, diesel ÷ gas = 1.50 ÷ 1.13.
        #expect(abs(perTce(.gasoline) / perTce(.gas) - 1.44 / 1.13) < 0.01)
        #expect(abs(perTce(.diesel) / perTce(.gas) - 1.50 / 1.13) < 0.01)
        #expect(abs(perTce(.coal) / perTce(.gas) - 1.74 / 1.13) < 0.02)
        // Electricity would be 1 at about 0.281 kgce/kWh.
        let implied = factors.kgCO2(per: .electricity) / (perTce(.gas) / 1.13)
        #expect(printed(implied, decimals: 3) == 0.281)
    }
}
