import Foundation
import Testing
@testable import GreenPubLoad
import GreenPubModel

@Suite struct StatisticsCrossYearTests {
    func record(_ id: String, year: Int, line: Int, area: Double, kWh: Double) -> InstitutionRecord {
        var energy = EnergyQuantities()
        energy.electricityKWh = kWh
        return InstitutionRecord(id: id, name: "单位\(id)", category: .stateOrgan, areaM2: area, users: 10,
                                 energy: energy,
                                 location: SourceLocation(file: "content/data/statistics/\(year).csv", line: line))
    }

    var years: [YearStatistics] {
        [
            YearStatistics(year: 2021, file: "content/data/statistics/2021.csv", institutions: [
                record("A", year: 2021, line: 2, area: 1000, kWh: 400_000),  // 49.16 kgce/m², 4× 2020
                record("B", year: 2021, line: 3, area: 1000, kWh: 120_000),
                record("C", year: 2021, line: 4, area: 500, kWh: 1000),       // from zero
            ]),
            YearStatistics(year: 2020, file: "content/data/statistics/2020.csv", institutions: [
                record("A", year: 2020, line: 2, area: 1000, kWh: 100_000),  // 12.29 kgce/m²
                record("B", year: 2020, line: 3, area: 1000, kWh: 100_000),
                record("C", year: 2020, line: 4, area: 500, kWh: 0),
                record("D", year: 2020, line: 5, area: 2000, kWh: 100_000),  // 6.145
            ]),
            YearStatistics(year: 2022, file: "content/data/statistics/2022.csv", institutions: [
                record("A", year: 2022, line: 2, area: 1000, kWh: 380_000),
                record("D", year: 2022, line: 3, area: 200, kWh: 100_000),   // 61.45: 10× its 2020 value
                record("E", year: 2022, line: 4, area: 200, kWh: 0),
            ]),
        ]
    }

    @Test func changesBeyondTheFactorAreWarnings() {
        let warnings = StatisticsLoader.crossYearWarnings(years, factors: TestFactors.table, settings: .standard)
        #expect(printed(warnings) == [
            "content/data/statistics/2021.csv:2:1: warning: the energy intensity of 单位A (A) went from 12.29 kgce/m² "
                + "in 2020 to 49.16 kgce/m² in 2021, by a factor of 4.00 (the check flags changes beyond 3×); check "
                + "its floor area and consumption in both years",
            "content/data/statistics/2021.csv:4:1: warning: the energy intensity of 单位C (C) went from 0 kgce/m² "
                + "in 2020 to 0.25 kgce/m² in 2021, from zero (the check flags changes beyond 3×); check its floor "
                + "area and consumption in both years",
            "content/data/statistics/2022.csv:3:1: warning: the energy intensity of 单位D (D) went from 6.15 kgce/m² "
                + "in 2020 to 61.45 kgce/m² in 2022, by a factor of 10.00 (the check flags changes beyond 3×); check "
                + "its floor area and consumption in both years",
        ])
    }

    @Test func factorIsConfigurable() {
        let loose = StatisticsLoader.crossYearWarnings(
            years, factors: TestFactors.table, settings: StatisticsCheckSettings(intensityChangeFactor: 4.5))
        #expect(loose.map(\.location.line) == [4, 3])
        let strict = StatisticsLoader.crossYearWarnings(
            years, factors: TestFactors.table, settings: StatisticsCheckSettings(intensityChangeFactor: 1.1))
        #expect(strict.count == 4)  // B's 1.2× counts too
        #expect(strict.allSatisfy { $0.severity == .warning })
    }

    @Test func decreasesCountLikeIncreases() {
        let down = [
            YearStatistics(year: 2020, file: "a", institutions: [record("A", year: 2020, line: 2, area: 100, kWh: 4000)]),
            YearStatistics(year: 2021, file: "b", institutions: [record("A", year: 2021, line: 2, area: 100, kWh: 1000)]),
        ]
        #expect(StatisticsLoader.crossYearWarnings(down, factors: TestFactors.table, settings: .standard).count == 1)
    }

    @Test func anIdGivenTwiceInAYearCountsItsFirstRow() {
        // 2021's second row of A would be no change from 2020; the first is 4×, and 2022 is compared with it.
        let years = [
            YearStatistics(year: 2020, file: "a", institutions: [record("A", year: 2020, line: 2, area: 100, kWh: 1000)]),
            YearStatistics(year: 2021, file: "b", institutions: [
                record("A", year: 2021, line: 2, area: 100, kWh: 4000),
                record("A", year: 2021, line: 3, area: 100, kWh: 1000),
            ]),
            YearStatistics(year: 2022, file: "c", institutions: [record("A", year: 2022, line: 2, area: 100, kWh: 1000)]),
        ]
        let warnings = StatisticsLoader.crossYearWarnings(years, factors: TestFactors.table, settings: .standard)
        #expect(warnings.map(\.location.file) == ["content/data/statistics/2021.csv", "content/data/statistics/2022.csv"])
        #expect(warnings.map(\.location.line) == [2, 2])
    }

    @Test func twoFilesOfOneYearAreNotComparedAndTheLaterCounts() {
        // Two files of 2021 (in that order): no warning between them; 2022 is compared with the second.
        let years = [
            YearStatistics(year: 2022, file: "c", institutions: [record("A", year: 2022, line: 2, area: 100, kWh: 8000)]),
            YearStatistics(year: 2021, file: "a", institutions: [record("A", year: 2021, line: 2, area: 100, kWh: 1000)]),
            YearStatistics(year: 2021, file: "b", institutions: [record("A", year: 2021, line: 3, area: 100, kWh: 4000)]),
        ]
        let warnings = StatisticsLoader.crossYearWarnings(years, factors: TestFactors.table, settings: .standard)
        #expect(warnings.isEmpty)  // 8000 against the second file's 4000 is 2×; against the first it would be 8×
        let strict = StatisticsLoader.crossYearWarnings(
            years, factors: TestFactors.table, settings: StatisticsCheckSettings(intensityChangeFactor: 1.5))
        #expect(strict.map(\.location.file) == ["content/data/statistics/2022.csv"])
    }
}

@Suite struct StatisticsLoadAllTests {
    @Test func validProjectInThreeFormats() {
        let (years, diagnostics) = StatisticsLoader.loadAll(
            root: Fixtures.url("projects/valid"), factors: TestFactors.table, settings: .standard)
        #expect(years.map(\.year) == [2020, 2021, 2022])
        #expect(years.map(\.file) == ["content/data/statistics/2020.csv", "content/data/statistics/2021.xlsx",
                                      "content/data/statistics/2022.csv"])
        #expect(years.map(\.institutions.count) == [3, 3, 4])
        // GB18030 with units: 1.2 万平方米, 45.6 万千瓦时, 8.5 吨 of gasoline.
        #expect(years[0].institutions[0].areaM2 == 12_000)
        #expect(years[0].institutions[0].energy.electricityKWh == 456_000)
        #expect(years[0].institutions[2].pvKWh == 0)
        #expect(years[2].institutions[3].level == .township)
        // The hospital's 2022 area lost a zero: the cross-year check points at it.
        #expect(printed(diagnostics) == [
            "content/data/statistics/2022.csv:4:1: warning: the energy intensity of 县人民医院 (500243003) went from "
                + "11.85 kgce/m² in 2021 to 120.69 kgce/m² in 2022, by a factor of 10.18 (the check flags changes "
                + "beyond 3×); check its floor area and consumption in both years",
        ])
    }

    @Test func fileNamesAndDuplicateYears() {
        let (years, diagnostics) = StatisticsLoader.loadAll(
            root: Fixtures.url("projects/invalid-files"), factors: TestFactors.table, settings: .standard)
        let folder = "content/data/statistics"
        #expect(printed(diagnostics) == [
            "\(whole("\(folder)/2019.xls")): error: old Excel 97-2003 (.xls) workbooks are not read; save it as .xlsx or as "
                + "\"CSV UTF-8\"",
            "\(whole("\(folder)/notes.txt")): warning: this file is ignored; the statistics are the files <YEAR>.csv or "
                + "<YEAR>.xlsx",
            "\(whole("\(folder)/old")): warning: this folder is ignored; the statistics are the files <YEAR>.csv or <YEAR>.xlsx "
                + "in \(folder)",
            "\(whole("\(folder)/stats-2022.csv")): error: the file name must be the statistics year, such as 2021.csv or "
                + "2021.xlsx; rename the file",
            "\(whole("\(folder)/2021.xlsx")): error: 2021.csv and 2021.xlsx both hold the year 2021; keep only one of them",
        ])
        #expect(years.map(\.file) == ["\(folder)/2021.csv"])
    }

    @Test func missingFolderIsAnError() {
        let (years, diagnostics) = StatisticsLoader.loadAll(
            root: Fixtures.url("projects/absent"), factors: TestFactors.table, settings: .standard)
        #expect(years.isEmpty)
        #expect(printed(diagnostics) == ["\(whole("content/data/statistics")): error: there is no statistics folder; put one "
            + "file per year in content/data/statistics, named after the year (2021.csv or 2021.xlsx)"])
    }
}
