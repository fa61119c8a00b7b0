import Foundation
import Testing
@testable import GreenPubLoad
import GreenPubModel

@Suite struct StatisticsLoaderTests {
    let file = "content/data/statistics/2021.csv"

    func parse(_ fixture: String, year: Int = 2021, factors: FactorTable = TestFactors.table)
        throws -> (YearStatistics?, [Diagnostic]) {
        let (table, problems) = try Fixtures.table(fixture, as: file)
        let parsed = StatisticsLoader.parseYear(table: try #require(table), year: year, factors: factors)
        return (parsed.0, problems + parsed.1)
    }

    @Test func chineseHeadersAndUnits() throws {
        let (year, diagnostics) = try parse("statistics/valid/chinese-headers-with-units.csv")
        #expect(diagnostics.isEmpty)
        let records = try #require(year?.institutions)
        #expect(records.count == 2)

        var energy = EnergyQuantities()
        energy.electricityKWh = 456_000            // 45.6 万千瓦时, shifted in decimal: exact
        energy.gasolineL = 8.5 * (1000 / 0.73)     // 8.5 吨 at 0.73 kg/L
        energy.dieselL = 1200
        #expect(records[0] == InstitutionRecord(
            id: "500243001", name: "县政府办公室", category: .stateOrgan, level: .county, areaM2: 12_000,
            users: 350, vehicles: 12, newEnergyVehicles: 2, energy: energy, waterM3: 12_000, pvKWh: 0,
            location: SourceLocation(file: file, line: 3)))

        var school = EnergyQuantities()
        school.electricityKWh = 187_500
        #expect(records[1] == InstitutionRecord(
            id: "500243009", name: "城北\"阳光\"小学", category: .education, level: .township, areaM2: 8000,
            users: 620, vehicles: 0, newEnergyVehicles: 0, energy: school, waterM3: 0, pvKWh: 0,
            location: SourceLocation(file: file, line: 4)))
    }

    @Test func canonicalKeysWithEveryUnit() throws {
        let (year, diagnostics) = try parse("statistics/valid/canonical-keys-with-units.csv")
        #expect(diagnostics.isEmpty)
        let record = try #require(year?.institutions.first)
        #expect(record.category == .education)  // "021 教育"
        #expect(record.areaM2 == 35_000)
        #expect(record.users == 2650)
        #expect(record.energy.electricityKWh == 12_025_000)
        #expect(record.waterM3 == 56_780)
        #expect(record.energy.coalKg == 1500)
        #expect(record.energy.gasM3 == 12_000)
        #expect(record.energy.lpgKg == 120)
        #expect(record.energy.gasolineL == 1.1 * (1000 / 0.73))
        #expect(record.energy.dieselL == 0.5 * (1000 / 0.85))
        #expect(record.energy.heatMJ == 35_500)
        #expect(record.pvKWh == 15_000)
        #expect(record.location == SourceLocation(file: file, line: 2))
    }

    @Test func fuelDensityComesFromTheYearsFactors() throws {
        let factors = FactorTable(defaults: TestFactors.set(), byYear: [2022: TestFactors.set(gasolineDensity: 0.75)])
        let (year, _) = try parse("statistics/valid/canonical-keys-with-units.csv", year: 2022, factors: factors)
        #expect(year?.institutions.first?.energy.gasolineL == 1.1 * (1000 / 0.75))
        #expect(year?.year == 2022)
    }

    @Test func fuelByMassNeedsADensity() throws {
        let factors = FactorTable(defaults: TestFactors.set(gasolineDensity: 0))
        let (year, diagnostics) = try parse("statistics/valid/canonical-keys-with-units.csv", factors: factors)
        #expect(printed(diagnostics) == [
            "\(file):1:126: error: gasoline_l（吨） is given by mass, but the density of 汽油 in the factors is not "
                + "above zero, so it cannot be turned into litres",
        ])
        #expect(year?.institutions.first?.energy.gasolineL == 0)
    }

    @Test func workbookStatistics() throws {
        let workbook = "content/data/statistics/2021.xlsx"
        let table = try #require(try Fixtures.table("tables/statistics-2021.xlsx", as: workbook).0)
        let (year, diagnostics) = StatisticsLoader.parseYear(table: table, year: 2021, factors: TestFactors.table)
        #expect(diagnostics.isEmpty)
        let records = try #require(year?.institutions)
        #expect(records.map(\.name) == ["县政府办公室", "彭水第一中学", "县人民医院"])
        #expect(records.map(\.category) == [.stateOrgan, .education, .health])
        #expect(records[1].energy.coalKg == 1500)
        #expect(records[2].energy.heatMJ == 35_500)
        #expect(records[2].location.description == "\(workbook):4:1")
    }
}

@Suite struct StatisticsNumberTests {
    func value(_ text: String, tens: Int = 0) -> Double? {
        guard case .number(let number) = StatisticsNumber.read(text) else { return nil }
        return number.value(timesPowerOfTen: tens)
    }

    @Test func acceptedForms() {
        #expect(value("1234.5") == 1234.5)
        #expect(value(" 1,234.5 ") == 1234.5)
        #expect(value("12,345,678") == 12_345_678)
        #expect(value("\u{3000}１２３．５\u{3000}") == 123.5)
        #expect(value(".5") == 0.5)
        #expect(value("5.") == 5)
        #expect(value("+5") == 5)
        #expect(value("1.2E+5") == 120_000)
        #expect(value("-2") == -2)
    }

    @Test func refusedForms() {
        for text in ["1,23", "1234,567", "12,34.5", "1 234", "--1", "nan", "inf", "0x10", "1e", "e5", ".", "12万",
                     "1.2.3", ",123", "123,"] {
            #expect(StatisticsNumber.read(text) == .invalid, "\(text)")
        }
        #expect(StatisticsNumber.read("  ") == .empty)
        #expect(StatisticsNumber.read("") == .empty)
    }

    @Test func powersOfTenShiftTheDecimalText() {
        // 45.6 * 10000 in binary floating point is 455999.99999999994; shifting the text is exact.
        #expect(value("45.6", tens: 4) == 456_000)
        #expect(value("1.2345", tens: 4) == 12_345)
        #expect(value("35.5", tens: 3) == 35_500)
        #expect(value("2", tens: -3) == 0.002)
    }

    @Test func valuesAreTheCorrectlyRoundedDoubleOfTheDecimal() {
        // Against the C library's correctly rounded strtod, over short and long significands
        // (up to 33 digits), fractions, exponents and shifts, exact and inexact alike.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(next(10))) }) }
        for _ in 0..<20_000 {
            let integer = digits(next(22)), fraction = digits(next(12))
            let decimal = (integer.isEmpty ? "0" : integer) + (fraction.isEmpty ? "" : "." + fraction)
            let exponent = next(4) == 0 ? next(41) - 20 : 0
            let tens = next(17) - 8
            let written = decimal + (exponent == 0 ? "" : "E\(exponent)")
            let reference = Double("\(decimal)e\(exponent + tens)")!
            #expect(value(written, tens: tens) == reference, "\(written) × 10^\(tens)")
            #expect(value("-" + written, tens: tens) == -reference, "-\(written) × 10^\(tens)")
        }
        #expect(value("9007199254740993") == 9_007_199_254_740_992)  // 2^53 + 1: a tie, to even
        #expect(value("123456789012345678901234567890") == 1.2345678901234568e29)
        #expect(value("0.1", tens: -30) == 1e-31)
        #expect(value("1,234.5", tens: 4) == 12_345_000)
    }

    @Test func negativeZeroIsNotBelowZero() {
        guard case .number(let zero) = StatisticsNumber.read("-0") else { Issue.record("not read"); return }
        #expect(!zero.isBelowZero)
        guard case .number(let minus) = StatisticsNumber.read("-0.5") else { Issue.record("not read"); return }
        #expect(minus.isBelowZero)
    }
}

@Suite struct StatisticsHeaderTextTests {
    @Test func labelsAndUnits() {
        #expect(StatisticsHeaderText.split("用电量（万千瓦时）") == ("用电量", "万千瓦时"))
        #expect(StatisticsHeaderText.split("用水量(吨)") == ("用水量", "吨"))
        #expect(StatisticsHeaderText.split(" 建筑面积\n（万 m² ） ") == ("建筑面积", "万m2"))
        #expect(StatisticsHeaderText.split("Electricity_kWh") == ("electricity_kwh", nil))
        #expect(StatisticsHeaderText.split("（备注）") == ("（备注）", nil))
        #expect(StatisticsHeaderText.split("热力（GJ）") == ("热力", "gj"))
    }

    @Test func everyLabelNamesOneField() {
        var seen: [String: StatisticsField] = [:]
        for field in StatisticsField.allCases {
            for label in [field.key] + field.labels {
                let normalized = StatisticsHeaderText.normalized(label)
                #expect(seen[normalized] == nil, "\(label) is used twice")
                seen[normalized] = field
                #expect(StatisticsHeader.field(forLabel: normalized) == field)
            }
        }
    }
}

@Suite struct CellTrimmingTests {
    /// The switch names exactly the scalars Unicode calls white space, across all of Unicode.
    @Test func whiteSpaceIsUnicodesWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isUnicodeWhitespace != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16))")
            }
        }
        #expect(" \u{3000}党政机关\u{00A0}\t".trimmingWhitespace() == "党政机关")
        #expect("\u{2028} \u{85}".trimmingWhitespace() == "")
    }
}
