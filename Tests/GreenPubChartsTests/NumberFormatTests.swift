import Testing
@testable import GreenPubCharts

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (1.005, 2, false, "1.01"),
        (2.5, 0, false, "3"),
        (-2.5, 0, false, "-3"),
        (0.5, 0, false, "1"),
        (-0.004, 2, false, "0.00"),
        (-0.0, 1, false, "0.0"),
        (0.1 + 0.2, 2, false, "0.30"),
        (47.31, 2, false, "47.31"),
        (100, 2, false, "100.00"),
        (15402, 0, true, "15,402"),
        (15402, 0, false, "15402"),
        (1_234_567.891, 2, true, "1,234,567.89"),
        (-1_234_567.891, 1, true, "-1,234,567.9"),
        (999.5, 0, true, "1,000"),
        (9.995, 2, false, "10.00"),
        (123, 0, true, "123"),
        (1e-7, 2, false, "0.00"),
        (0.00051, 3, false, "0.001"),
        (5e-324, 3, false, "0.000"),
        (1e21, 0, true, "1,000,000,000,000,000,000,000"),
        (123.456, -1, false, "123"),
        (0.125, 20, false, "0.125000000000"),
        (11.536, 2, false, "11.54"),
    ])
    func formats(value: Double, decimals: Int, grouping: Bool, expected: String) {
        #expect(ChartNumberFormat.format(value, decimals: decimals, grouping: grouping) == expected)
    }

    @Test func nonFiniteAndMissingPrintAsDash() {
        #expect(ChartNumberFormat.format(Double.nan, decimals: 2) == "—")
        #expect(ChartNumberFormat.format(Double.infinity, decimals: 0) == "—")
        #expect(ChartNumberFormat.format(-Double.infinity, decimals: 0, grouping: true) == "—")
        #expect(ChartNumberFormat.format(nil, decimals: 2) == "—")
        #expect(ChartNumberFormat.percent(nil, decimals: 2) == "—")
        #expect(ChartNumberFormat.percent(47.3149, decimals: 2) == "47.31%")
    }

    @Test func svgNumbersAreShortAndFinite() {
        #expect(Markup.number(12.0) == "12")
        #expect(Markup.number(12.5) == "12.5")
        #expect(Markup.number(-0.001) == "0")
        #expect(Markup.number(1.239) == "1.24")
        #expect(Markup.number(Double.nan) == "0")
        #expect(Markup.number(-Double.infinity) == "0")
    }

    /// Round-tripping a grid of values through formatting and parsing stays within half a unit
    /// of the last place, and the text never has a locale's separators.
    @Test func formattingIsWithinHalfAUnit() {
        var state: UInt64 = 42
        for _ in 0..<2000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let value = (Double(state >> 11) / Double(1 << 53) - 0.5) * 2e6
            let decimals = Int(state % 5)
            let text = ChartNumberFormat.format(value, decimals: decimals)
            guard let parsed = Double(text) else {
                Issue.record("unparseable \(text)")
                continue
            }
            var unit = 1.0
            for _ in 0..<decimals { unit /= 10 }
            #expect(abs(parsed - value) <= unit / 2 + 1e-9 * abs(value), "\(value) -> \(text)")
            #expect(!text.contains(",") && !text.contains(" "))
        }
    }
}

@Suite struct CoordinateFormatTests {
    /// The fast coordinate path prints exactly what the decimal path prints.
    @Test func fastPathAgreesWithTheDecimalPath() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15  // a fixed sequence, the same every run
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(truncatingIfNeeded: state >> 33) % 5_000_001 }
        var values: [Double] = [0, -0.0, 0.004, -0.004, 0.005, 1.005, 2.675, 12.5, -12.5, 419.999, 1e6 + 0.125, -0.015,
                                // around 2^31 hundredths (where an earlier version changed paths) and far beyond
                                21_474_836.47, 21_474_836.475, 21_474_836.49, -21_474_836.48, 21_474_837.125,
                                1e12 + 0.37, -99_999_999.994, 9_223_372_036.85, 0.995, -0.995, 99.999]
        for index in 0..<20_000 { values.append(Double(index % 2 == 0 ? next() : -next()) / 1000) }
        for value in values {
            var slow = ChartNumberFormat.format(value, decimals: 2)
            if slow.contains(".") {
                while slow.hasSuffix("0") { slow.removeLast() }
                if slow.hasSuffix(".") { slow.removeLast() }
            }
            #expect(Markup.number(value) == slow, "\(value)")
        }
    }
}

@Suite struct NumberFormatPathTests {
    /// The binary fast path, whenever it answers, prints what the decimal path prints.
    @Test func fastPathAgreesWithTheDecimalPath() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        var answered = 0
        for index in 0..<200_000 {
            let magnitude = [1.0, 10, 100, 1_000, 100_000, 10_000_000, 0.01][index % 7]
            var value = Double(next() % 1_000_000) / 1_000_000 * magnitude
            if index % 5 == 0 { value = (value * 1000).rounded() / 1000 + 0.0005 }  // ties at 3 decimals
            if index % 3 == 0 { value = -value }
            let places = index % 5
            let grouping = index % 2 == 0
            if let fast = ChartNumberFormat.binaryFormat(value, places: places, grouping: grouping) {
                answered += 1
                #expect(fast == ChartNumberFormat.decimalFormat(value, places: places, grouping: grouping), "\(value) \(places)")
            }
        }
        #expect(answered > 150_000)
        #expect(ChartNumberFormat.binaryFormat(1.005, places: 2, grouping: false) == nil)
        #expect(ChartNumberFormat.format(-0.004, decimals: 2) == "0.00")
        #expect(ChartNumberFormat.format(15402.25, decimals: 1, grouping: true) == "15,402.3")
    }

    @Test("the byte form appends exactly the text form, fast path or not")
    func appendMatchesFormat() {
        let values: [Double] = [0, -0.004, 1.005, 15402.25, -15402.25, 999_999_999.5, 123_456_789_012, .nan, -.infinity, 0.5, 2.675]
        for value in values {
            for decimals in [-1, 0, 1, 2, 4, 13] {
                for grouping in [false, true] {
                    var bytes: [UInt8] = Array("x".utf8)
                    ChartNumberFormat.append(value, decimals: decimals, grouping: grouping, to: &bytes)
                    #expect(String(decoding: bytes, as: UTF8.self)
                        == "x" + ChartNumberFormat.format(value, decimals: decimals, grouping: grouping), "\(value) \(decimals)")
                }
            }
        }
    }
}
