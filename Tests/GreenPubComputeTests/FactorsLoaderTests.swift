import Foundation
import GreenPubLoad
import GreenPubModel
import Testing

/// A complete default set, one value per line, so that fixtures can break a known line.
private let completeDefault = """
default:
  standard_coal:
    electricity: {value: 0.1229, source: "GB/T 2589-2020"}
    electricity_equal_value: {value: 0.3055, source: "CEC 2020"}
    coal: {value: 0.7143, source: "GB/T 2589-2020"}
    gas: {value: 1.33, source: "GB/T 2589-2020"}
    lpg: {value: 1.7143, source: "GB/T 2589-2020"}
    gasoline: {value: 1.4714, source: "GB/T 2589-2020"}
    diesel: {value: 1.4571, source: "GB/T 2589-2020"}
    heat: {value: 0.03412, source: "GB/T 2589-2020"}
  density:
    gasoline: {value: 0.73, source: "derived"}
    diesel: {value: 0.85, source: "derived"}
  co2:
    electricity: {value: 0.4043, source: "derived"}
    coal: {value: 1.8055, source: "derived"}
    gas: {value: 2.1615, source: "derived"}
    lpg: {value: 3.1013, source: "classic"}
    gasoline: {value: 2.2224, source: "derived"}
    diesel: {value: 2.6806, source: "derived"}
    heat: {value: 0.11, source: "guideline"}

"""

private func parse(_ yaml: String) -> (FactorTable?, [Diagnostic]) {
    FactorsLoader.parse(yaml: yaml, file: "content/data/factors.yaml")
}

/// The diagnostics as printed, one per line.
private func printedDiagnostics(_ yaml: String) -> [String] { parse(yaml).1.map(\.description) }

@Suite("factors.yaml loader")
struct FactorsLoaderTests {
    @Test("A complete default set with a year override resolves both, gasoline and diesel per litre")
    func completeTable() throws {
        let yaml = completeDefault + """
            years:
              2024:
                standard_coal:
                  electricity_equal_value: {value: 0.3024, source: "CEC 2024"}
                density:
                  gasoline: {value: 0.74, source: "test"}

            """
        let (table, diagnostics) = parse(yaml)
        #expect(diagnostics.isEmpty)
        let factors = try #require(table)
        #expect(factors.defaults.kgce(per: .electricity) == 0.1229)
        #expect(factors.defaults.electricityEqualValue.value == 0.3055)
        #expect(abs(factors.defaults.kgce(per: .gasoline) - 1.4714 * 0.73) < 1e-12)
        #expect(abs(factors.defaults.kgce(per: .diesel) - 1.4571 * 0.85) < 1e-12)
        #expect(factors.defaults.standardCoal[.gasoline]?.source.contains("1.4714 kgce/kg × 0.73 kg/L") == true)
        #expect(factors.defaults.kgCO2(per: .heat) == 0.11)
        #expect(factors.factors(for: 2023) == factors.defaults)
        let later = factors.factors(for: 2024)
        #expect(later.electricityEqualValue.value == 0.3024)
        #expect(abs(later.kgce(per: .gasoline) - 1.4714 * 0.74) < 1e-12)
        #expect(later.kgce(per: .coal) == 0.7143)
    }

    @Test("The committed content/data/factors.yaml loads and gives the sample's factors")
    func committedFile() {
        let (table, diagnostics) = FactorsLoader.load(root: checkoutRoot)
        #expect(diagnostics.isEmpty)
        #expect(table?.defaults.kgCO2(per: .electricity) == 0.4043)
        #expect(table?.factors(for: 2024).electricityEqualValue.value == 0.3024)
        #expect(table?.factors(for: 2025).electricityEqualValue.value == 0.3024)
        #expect(table?.factors(for: 2021).electricityEqualValue.value == 0.3055)
    }

    @Test("A value without 'value' is reported at its mapping")
    func missingValue() {
        let yaml = completeDefault.replacingOccurrences(
            of: #"coal: {value: 0.7143, source: "GB/T 2589-2020"}"#, with: #"coal: {source: "GB/T 2589-2020"}"#
        )
        #expect(printedDiagnostics(yaml) == [
            "content/data/factors.yaml:5:11: error: 'default.standard_coal.coal' is missing its value (kgce/kg)",
        ])
        #expect(parse(yaml).0 == nil)
    }

    @Test("A negative value is reported at the number")
    func negativeValue() {
        let yaml = completeDefault.replacingOccurrences(of: "value: 2.1615", with: "value: -2.1615")
        #expect(printedDiagnostics(yaml) == [
            "content/data/factors.yaml:17:18: error: 'default.co2.gas.value' must not be negative (-2.1615 kgCO2/m³)",
        ])
    }

    @Test("An unknown source key is reported at the key, with the keys allowed")
    func unknownSourceKey() {
        let yaml = completeDefault + """
            years:
              2022:
                co2:
                  kerosene: {value: 3.0179, source: "classic"}

            """
        #expect(printedDiagnostics(yaml) == [
            "content/data/factors.yaml:25:7: error: unknown source key 'kerosene' in 'years.2022.co2'; expected one of electricity, coal, gas, lpg, gasoline, diesel, heat",
        ])
    }

    @Test("A year key that is not a year is reported at the key")
    func unknownYear() {
        let yaml = completeDefault + """
            years:
              twenty-one:
                co2:
                  electricity: {value: 0.5, source: "test"}
              1850:
                co2:
                  electricity: {value: 0.5, source: "test"}

            """
        #expect(printedDiagnostics(yaml) == [
            "content/data/factors.yaml:23:3: error: unknown year 'twenty-one' under 'years'; use a four-digit year such as 2021",
            "content/data/factors.yaml:26:3: error: unknown year '1850' under 'years'; use a four-digit year such as 2021",
        ])
    }

    @Test("A YAML syntax error is reported at libyaml's mark")
    func syntaxError() {
        let yaml = completeDefault.replacingOccurrences(of: #"gas: {value: 1.33, source: "GB/T 2589-2020"}"#, with: #"gas: {value: 1.33, source: "GB/T 2589-2020""#)
        let diagnostics = printedDiagnostics(yaml)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("content/data/factors.yaml:7:5: error: YAML syntax error:") == true)
    }

    @Test("A tab used for indentation is a syntax error at its line and column")
    func tabIndentation() {
        let yaml = completeDefault.replacingOccurrences(of: "  density:\n    gasoline:", with: "  density:\n\tgasoline:")
        let diagnostics = printedDiagnostics(yaml)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("content/data/factors.yaml:12:1: error: YAML syntax error:") == true)
    }

    @Test("A number that is not a number, a zero density and an empty source are each reported")
    func badValues() {
        let yaml = completeDefault
            .replacingOccurrences(of: "value: 1.7143,", with: "value: one,")
            .replacingOccurrences(of: "value: 0.85,", with: "value: 0,")
            .replacingOccurrences(of: #"heat: {value: 0.11, source: "guideline"}"#, with: #"heat: {value: 0.11, source: ""}"#)
        #expect(printedDiagnostics(yaml) == [
            "content/data/factors.yaml:7:18: error: 'default.standard_coal.lpg.value' must be a number in kgce/kg, not 'one'",
            "content/data/factors.yaml:13:21: error: 'default.density.diesel.value' must be greater than zero (kg/L)",
            "content/data/factors.yaml:21:33: error: 'default.co2.heat.source' must say where the value comes from",
        ])
    }

    @Test("A default set that lacks a whole section reports every missing value")
    func missingSection() {
        let lines = completeDefault.split(separator: "\n", omittingEmptySubsequences: false)
        let yaml = (lines[0..<10] + lines[13...]).joined(separator: "\n")
        #expect(printedDiagnostics(yaml) == [
            "content/data/factors.yaml:2:3: error: 'default.density.diesel' is missing its value (kg/L); the default set must give every factor",
            "content/data/factors.yaml:2:3: error: 'default.density.gasoline' is missing its value (kg/L); the default set must give every factor",
        ])
    }

    @Test("Unknown top-level keys and sections, duplicate keys and an empty file are reported")
    func structure() {
        #expect(printedDiagnostics(completeDefault + "extra: 1\n") == [
            "content/data/factors.yaml:22:1: error: unknown key 'extra'; expected 'default' or 'years'",
        ])
        #expect(printedDiagnostics(completeDefault.replacingOccurrences(of: "  density:", with: "  densities:")) == [
            "content/data/factors.yaml:2:3: error: 'default.density.diesel' is missing its value (kg/L); the default set must give every factor",
            "content/data/factors.yaml:2:3: error: 'default.density.gasoline' is missing its value (kg/L); the default set must give every factor",
            "content/data/factors.yaml:11:3: error: unknown section 'densities' in 'default'; expected one of standard_coal, density, co2",
        ])
        let duplicate = printedDiagnostics(completeDefault.replacingOccurrences(
            of: "    heat: {value: 0.03412", with: "    coal: {value: 0.7, source: \"again\"}\n    heat: {value: 0.03412"
        ))
        #expect(duplicate == ["content/data/factors.yaml:5:5: error: duplicate key 'coal' in one mapping; give each key once"])
        #expect(parse("").1 == [.error(SourceLocation(file: "content/data/factors.yaml"), "the factors file is empty; it needs a 'default:' set")])
        #expect(printedDiagnostics("years: {}\n") == ["content/data/factors.yaml:1:1: error: the factors file has no 'default:' set"])
    }
}
