import Foundation
import GreenPubCompute
@testable import GreenPubKit
import GreenPubModel
import Testing

@Suite("The sample generator")
struct SampleGeneratorTests {
    @Test("Regenerating the default sample gives the committed files byte for byte")
    func committedSampleIsReproducible() throws {
        let files = SampleGenerator.files(sampleStatistics)
        #expect(files.map(\.path) == [
            "content/data/factors.yaml",
            "content/data/statistics/2020.csv", "content/data/statistics/2021.csv", "content/data/statistics/2022.csv",
            "content/data/statistics/2023.csv", "content/data/statistics/2024.csv", "content/data/statistics/2025.csv",
        ])
        for file in files {
            let committed = try Data(contentsOf: checkoutRoot.appendingPathComponent(file.path))
            #expect(committed == Data(file.contents.utf8), "\(file.path) differs from what `greenpub synth` writes")
        }
    }

    @Test("The same seed gives the same bytes; another seed gives other bytes")
    func determinism() {
        let first = SampleGenerator.files(SampleGenerator.generate(seed: 7, institutions: 120, years: 2020...2022))
        let again = SampleGenerator.files(SampleGenerator.generate(seed: 7, institutions: 120, years: 2020...2022))
        let other = SampleGenerator.files(SampleGenerator.generate(seed: 8, institutions: 120, years: 2020...2022))
        #expect(first == again)
        #expect(first.map(\.path) == other.map(\.path))
        for (a, b) in zip(first, other) where a.path.hasSuffix(".csv") { #expect(a.contents != b.contents) }
    }

    @Test("A part of the years is the same as those years of the whole run")
    func yearSubrange() {
        let part = SampleGenerator.generate(years: 2023...2024)
        #expect(part.map(\.year) == [2023, 2024])
        #expect(part == Array(sampleStatistics[3...4]))
    }

    @Test("Every year lists the same institutions with the fixed ids of the shared list")
    func institutionsAreStable() throws {
        let ids = sampleStatistics[0].institutions.map(\.id)
        #expect(ids.count == 292)
        #expect(Set(ids).count == 292)
        for year in sampleStatistics {
            #expect(year.institutions.map(\.id) == ids)
            #expect(year.institutions.map(\.name) == sampleStatistics[0].institutions.map(\.name))
        }
        let byId = Dictionary(uniqueKeysWithValues: sampleStatistics[0].institutions.map { ($0.id, $0) })
        #expect(byId["PSG001"]?.name == "彭水自治县机关事务管理中心")
        #expect(byId["PSG005"]?.name == "彭水自治县公安局")
        #expect(byId["PSE002"]?.name == "重庆市彭水第一中学校")
        #expect(byId["PSH001"]?.name == "彭水自治县人民医院")
        #expect(byId["PSO003"]?.name == "彭水自治县体育馆")
        #expect(byId["PSO003"]?.category == .sports)
        #expect(byId["PSG112"]?.level == .township)
        // Each record carries the CSV line it is written on (the header is line 1).
        let row = try #require(ids.firstIndex(of: "PSE001"))
        #expect(byId["PSE001"]?.location == SourceLocation(file: "content/data/statistics/2020.csv", line: row + 2))
        let csvLine = StatisticsCSVWriter.csv(sampleStatistics[0]).split(separator: "\n")[row + 1]
        #expect(csvLine.hasPrefix("PSE001,彭水自治县汉葭中学,021,县级,"))
    }

    @Test("Other sizes scale every total and keep the ids unique")
    func scales() throws {
        let large = try #require(SampleGenerator.generate(seed: SampleGenerator.defaultSeed, institutions: 1_000, years: 2020...2020).first)
        #expect(large.institutions.count == 1_000)
        #expect(Set(large.institutions.map(\.id)).count == 1_000)
        let county = Accounting.yearAccounts(large, factors: committedFactors.factors(for: 2020)).county.totals
        let ratio = 1_000.0 / 292
        #expect(abs(county.areaM2 / (1_292_100 * ratio) - 1) < 0.001)
        #expect(abs(county.totalEnergyTce / (15_402 * ratio) - 1) < 0.001)
        #expect(printed(county.intensities.energyPerArea ?? 0, decimals: 2) == 11.92)
        let small = try #require(SampleGenerator.generate(institutions: 4, years: 2020...2020).first)
        #expect(small.institutions.map(\.id) == ["PSG001", "PSE001", "PSH001", "PSO001"])
    }
}

@Suite("The sample's years 2021 to 2025")
struct SampleTrajectoryTests {
    /// The straight path from the 2020 value to its 2025 target, at `year`.
    private func path(_ base: Double, change: Double, _ year: Int) -> Double {
        base * (1 + change * Double(year - 2020) / 5)
    }

    private func series(_ value: (YearAccounts) -> Double?) -> [(year: Int, value: Double)] {
        sampleAccounts.map { ($0.year, value($0) ?? .nan) }
    }

    @Test("County energy per m² runs ahead of the straight path to −4% every year")
    func countyEnergyPerAreaAhead() {
        let values = series { $0.county.totals.intensities.energyPerArea }
        for (year, value) in values.dropFirst() { #expect(value < path(values[0].value, change: -0.04, year), "\(year)") }
    }

    @Test("County water per person runs behind the straight path to −4% every year, in both readings")
    func countyWaterPerPersonBehind() {
        for reading in [series { $0.county.totals.intensities.waterPerPerson }, series { $0.county.meanOfInstitutions.waterPerPerson }] {
            for (year, value) in reading.dropFirst() { #expect(value > path(reading[0].value, change: -0.04, year), "\(year)") }
        }
    }

    @Test("Education CO2 per m² runs behind the straight path to −6% every year; its energy per m² ahead of −4%")
    func educationCarbonBehind() {
        let carbon = series { $0.group(.education).meanOfInstitutions.co2PerArea }
        for (year, value) in carbon.dropFirst() { #expect(value > path(carbon[0].value, change: -0.06, year), "\(year)") }
        let energy = series { $0.group(.education).meanOfInstitutions.energyPerArea }
        for (year, value) in energy.dropFirst() { #expect(value < path(energy[0].value, change: -0.04, year), "\(year)") }
    }

    @Test("2025 against the plan's totals: energy and CO2 within, water over")
    func totalsIn2025() {
        let county = accounts(2025).county.totals
        #expect(county.totalEnergyTce <= 14_786)
        #expect(county.totalCO2Tonnes <= 42_459)
        #expect(county.waterM3 > 2_010_000)
        #expect(printed(county.energySharesPercent.coal, decimals: 2) < 2)
    }

    @Test("New-energy vehicles are a growing share of a shrinking fleet")
    func newEnergyVehicles() {
        let shares = series { $0.county.totals.nevSharePercent }
        for k in 1..<shares.count { #expect(shares[k].value > shares[k - 1].value) }
        #expect(accounts(2025).county.totals.vehicles < accounts(2020).county.totals.vehicles)
    }

    @Test("Coal falls to zero; LPG only in a few canteens; no bought heat")
    func coalLpgHeat() {
        let coal = series { $0.county.totals.energyTce.coal }
        for k in 1..<coal.count { #expect(coal[k].value < coal[k - 1].value) }
        #expect(coal.last?.value == 0)
        let lpgUsers = sampleStatistics.map { $0.institutions.filter { $0.energy.lpgKg > 0 }.count }
        #expect(lpgUsers[0] >= 1 && lpgUsers[0] <= 8)
        #expect(lpgUsers.last == 0)
        #expect(sampleStatistics.allSatisfy { $0.institutions.allSatisfy { $0.energy.heatMJ == 0 } })
    }

    @Test("PV generation from 2023 at PSE001, PSE002, PSE003 and PSG001 only")
    func photovoltaics() {
        for year in sampleStatistics {
            let generating = year.institutions.filter { $0.pvKWh > 0 }.map(\.id)
            #expect(generating == (year.year >= 2023 ? ["PSG001", "PSE001", "PSE002", "PSE003"] : []), "\(year.year)")
        }
    }

    @Test("A few institutions change their floor area")
    func areaChanges() {
        let first = sampleStatistics[0].institutions
        let last = sampleStatistics[5].institutions
        let changed = zip(first, last).filter { $0.areaM2 != $1.areaM2 }.map(\.0.id)
        #expect(changed.count >= 4 && changed.count <= 15)
        #expect(["PSE001", "PSH001", "PSE004", "PSG005"].allSatisfy(changed.contains))
    }
}

@Suite("Generator internals")
struct SynthInternalsTests {
    @Test("SplitMix64 gives the reference sequence for seed 0")
    func splitMix() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("exp, log and pow from basic operations agree with the platform's to a few ulps")
    func deterministicMath() {
        for x in [1e-9, 0.001, 0.5, 1, 2, 10, 1_292_100, 1e12] {
            #expect(abs(DeterministicMath.log(x) - Foundation.log(x)) <= 4 * Foundation.log(x).ulp.magnitude + 1e-300)
        }
        for x in [-20.0, -1, -0.1, 0, 0.3, 1, 5, 30] {
            #expect(abs(DeterministicMath.exp(x) / Foundation.exp(x) - 1) < 1e-14)
        }
        #expect(abs(DeterministicMath.pow(2, 10) - 1024) < 1e-10)
    }

    @Test("Rounding keeps the total exactly; allocation respects caps and keeps the total")
    func roundingAndAllocation() {
        let rounded = SynthMath.roundPreservingSum([1.4, 2.4, 3.2, 0.1], total: 7)
        #expect(rounded.reduce(0, +) == 7)
        #expect(rounded == [2, 2, 3, 0])  // 7 ÷ 7.1 of each: 1.38, 2.37, 3.15, 0.10
        #expect(SynthMath.roundPreservingSum([0, 0, 0], total: 3) == [1, 1, 1])
        let shares = SynthMath.allocate(10, weights: [1, 1, 2], caps: [100, 1, 100])
        #expect(abs(shares.reduce(0, +) - 10) < 1e-12)
        #expect(shares[1] == 1)
        #expect(abs(shares[2] - 6) < 1e-12)
    }

    @Test("Intensities calibrate to a mean of institutions and a ratio of totals at once")
    func calibration() {
        let energy = [1_000.0, 2_000, 50_000, 400_000, 900_000]
        let intensities = SynthMath.calibrateIntensities(
            amounts: energy, base: energy, total: 200_000, mean: 5.0, composition: .divides, start: 0
        )
        let areas = zip(energy, intensities).map { $0 / $1 }
        #expect(abs(areas.reduce(0, +) - 200_000) < 1e-6)
        #expect(abs(intensities.reduce(0, +) / 5 - 5.0) < 1e-9)
        // The ratio of totals is 6.77 kgce/m²; the smallest mean any spread can give is 3.54.
        #expect(abs(energy.reduce(0, +) / 200_000 - 6.765) < 1e-9)
    }

    @Test("CSV numbers are plain and locale-free; fields with commas or quotes are quoted")
    func csvWriter() {
        #expect(StatisticsCSVWriter.number(0) == "0")
        #expect(StatisticsCSVWriter.number(1_234_567) == "1234567")
        #expect(StatisticsCSVWriter.number(12.5) == "12.5")
        #expect(StatisticsCSVWriter.number(-3.25) == "-3.25")
        #expect(StatisticsCSVWriter.quoted("彭水,中学") == "\"彭水,中学\"")
        #expect(StatisticsCSVWriter.quoted("a\"b") == "\"a\"\"b\"")
        #expect(StatisticsCSVWriter.quoted("彭水自治县图书馆") == "彭水自治县图书馆")
        let header = StatisticsCSVWriter.csv(sampleStatistics[0]).split(separator: "\n").first
        #expect(header == "id,name,category,level,area_m2,users,vehicles,nev,electricity_kwh,water_m3,coal_kg,gas_m3,lpg_kg,gasoline_l,diesel_l,heat_mj,pv_kwh")
    }
}
