import Testing
@testable import GreenPubLoad
import GreenPubModel

/// One malformed fixture per validation rule, each with the exact diagnostics it must give.
@Suite struct StatisticsValidationTests {
    static let file = "content/data/statistics/2021.csv"

    struct Case: CustomTestStringConvertible, Sendable {
        var fixture: String
        var expected: [String]
        /// Institutions still read (rows without errors), nil when the year is not usable.
        var institutions: Int?
        var testDescription: String { fixture }
    }

    static let known = "单位代码, 单位名称, 单位类别, 层级, 建筑面积, 用能人数, 公务用车, 新能源汽车, 电, 水, 煤炭, 天然气, "
        + "液化石油气, 汽油, 柴油, 热力, 光伏发电量"

    static let cases: [Case] = [
        Case(fixture: "missing-required-column", expected: [
            "\(file):1:1: error: the header has no 建筑面积 column; every institution needs its floor area: "
                + "add a column headed 建筑面积 or area_m2",
            "\(file):1:1: error: the header has no 用能人数 column; every institution needs its number of energy "
                + "users (用能人数): add a column headed 用能人数 or users",
        ], institutions: nil),
        Case(fixture: "empty-required-cell", expected: [
            "\(file):3:22: error: 建筑面积（万平方米） is empty; every institution needs its floor area",
        ], institutions: 2),
        Case(fixture: "non-numeric-value", expected: [
            "\(file):2:34: error: 用电量（万千瓦时） is not a number: \"12万\"; write digits such as 1234.5 or 1,234.5 "
                + "(leave the cell empty for none)",
            "\(file):3:42: error: 用水量（吨） is not a number: \"5,67,80\"; write digits such as 1234.5 or 1,234.5 "
                + "(leave the cell empty for none)",
        ], institutions: 0),
        Case(fixture: "negative-value", expected: [
            "\(file):3:42: error: 用水量（吨） is negative (-50); a quantity cannot be below zero",
        ], institutions: 1),
        Case(fixture: "unknown-category", expected: [
            "\(file):3:18: error: 单位类别 \"学校\" is not a known category; use a code or a name: 01 国家机关 "
                + "(or 党政机关), 021 教育, 022 科技, 023 文化, 024 卫生, 025 体育, 026 其他事业单位, 03 社会团体",
        ], institutions: 1),
        Case(fixture: "duplicate-id", expected: [
            "\(file):4:1: error: 单位代码 \"500243001\" appears again; line 2 already has this institution, and "
                + "each institution appears once a year",
        ], institutions: 2),
        Case(fixture: "nev-above-vehicles", expected: [
            "\(file):3:33: error: 新能源汽车 (3) is more than 公务用车 (2); new-energy vehicles are counted among "
                + "the vehicles, so they cannot outnumber them",
        ], institutions: 1),
        Case(fixture: "zero-area-or-users", expected: [
            "\(file):2:21: error: 建筑面积（万平方米） is 0; the floor area must be above zero",
            "\(file):3:26: error: 用能人数 is 0; the number of energy users must be above zero",
        ], institutions: 0),
        Case(fixture: "more-cells-than-header", expected: [
            "\(file):3:52: error: this row has a value in column 11, but the header has only 9 columns; give the "
                + "column a header or remove the value",
        ], institutions: 2),
        Case(fixture: "fewer-cells-than-header", expected: [
            "\(file):3:1: error: 建筑面积（万平方米） is empty (the row has 3 cells, the header 9); every institution "
                + "needs its floor area",
            "\(file):3:1: error: 用能人数 is empty (the row has 3 cells, the header 9); every institution needs its "
                + "number of energy users (用能人数)",
        ], institutions: 1),
        Case(fixture: "duplicate-column", expected: [
            "\(file):1:42: error: 电（千瓦时） holds the same quantity (electricity_kwh) as 用电量（万千瓦时） in "
                + "column 6; keep only one of the two columns",
        ], institutions: 1),
        Case(fixture: "unknown-column", expected: [
            "\(file):1:32: warning: 电费（元） is not a statistics column, so its values are ignored; known columns "
                + "are \(known) (or their keys, such as electricity_kwh)",
        ], institutions: 1),
        Case(fixture: "unknown-unit", expected: [
            "\(file):1:32: error: 用电量（万元）: the unit 万元 is not one GreenPub converts for electricity_kwh; "
                + "write one of: 千瓦时 (kWh, 度, kW·h); 万千瓦时 (万kWh, 万度)",
            "\(file):1:40: error: 汽油（桶）: the unit 桶 is not one GreenPub converts for gasoline_l; write one of: "
                + "升 (L); 万升 (万L); 吨 (t); 千克 (kg, 公斤)",
        ], institutions: 1),
        Case(fixture: "fractional-vehicles", expected: [
            "\(file):2:29: error: 公务用车 is not a whole number: \"2.5\"; count the vehicles",
        ], institutions: 0),
        Case(fixture: "unknown-level", expected: [
            "\(file):2:21: error: 层级 \"市级\" is not a known level; use 县级 or 乡镇级 (街道 counts as 乡镇级)",
        ], institutions: 1),
        Case(fixture: "title-row", expected: [
            "\(file):1:1: error: the first row names none of the statistics columns; the header row must come first "
                + "(remove any title rows above it), with columns such as \(known)",
        ], institutions: nil),
        Case(fixture: "header-only", expected: [
            "\(file):1:1: error: the file has a header but no institutions; add one row per institution",
        ], institutions: nil),
        Case(fixture: "unterminated-quote", expected: [
            "\(file):3:11: error: this quoted cell is never closed: the '\"' opening it has no closing '\"' before "
                + "the end of the file (write \"\" for a quote inside a cell)",
        ], institutions: 1),
    ]

    @Test(arguments: cases)
    func fixtureGivesExactDiagnostics(_ testCase: Case) throws {
        let (table, readProblems) = try Fixtures.table("statistics/invalid/\(testCase.fixture).csv", as: Self.file)
        var diagnostics = readProblems
        var year: YearStatistics?
        if let table {
            let parsed = StatisticsLoader.parseYear(table: table, year: 2021, factors: TestFactors.table)
            year = parsed.0
            diagnostics += parsed.1
        }
        #expect(printed(diagnostics) == testCase.expected)
        #expect(year?.institutions.count == testCase.institutions)
    }

    @Test func everyProblemOfARowIsReported() {
        let table = csv("""
            单位代码,单位名称,单位类别,建筑面积,用能人数,用电量
            ,县政府办公室,x,-1,0,abc
            """)
        let (year, diagnostics) = StatisticsLoader.parseYear(table: table, year: 2021, factors: TestFactors.table)
        #expect(printed(diagnostics) == [
            "\(Self.file):2:1: error: 单位代码 is empty; every institution needs its code (统一社会信用代码)",
            "\(Self.file):2:9: error: 单位类别 \"x\" is not a known category; use a code or a name: 01 国家机关 "
                + "(or 党政机关), 021 教育, 022 科技, 023 文化, 024 卫生, 025 体育, 026 其他事业单位, 03 社会团体",
            "\(Self.file):2:11: error: 建筑面积 is negative (-1); a quantity cannot be below zero",
            "\(Self.file):2:14: error: 用能人数 is 0; the number of energy users must be above zero",
            "\(Self.file):2:16: error: 用电量 is not a number: \"abc\"; write digits such as 1234.5 or 1,234.5 "
                + "(leave the cell empty for none)",
        ])
        #expect(year?.institutions == [])
    }

    @Test func unnamedColumnWithValuesIsAWarning() {
        let table = csv("""
            id,name,category,area_m2,users,,
            1,a,01,10,2,,
            2,b,01,10,2,x,
            """)
        let (year, diagnostics) = StatisticsLoader.parseYear(table: table, year: 2021, factors: TestFactors.table)
        #expect(printed(diagnostics) == [
            "\(Self.file):3:13: warning: column 6 has no header, so its values are ignored; give it a header or "
                + "delete it",
        ])
        #expect(year?.institutions.count == 2)
    }

    @Test func duplicateIDsAreFoundEvenInRowsWithOtherErrors() {
        let table = csv("""
            id,name,category,area_m2,users
            A1,a,01,10,0
            A1,b,01,10,2
            """)
        let (_, diagnostics) = StatisticsLoader.parseYear(table: table, year: 2021, factors: TestFactors.table)
        #expect(printed(diagnostics) == [
            "\(Self.file):2:12: error: users is 0; the number of energy users must be above zero",
            "\(Self.file):3:1: error: id \"A1\" appears again; line 2 already has this institution, and each "
                + "institution appears once a year",
        ])
    }

    @Test func workbookMessagesSayRow() throws {
        let file = "content/data/statistics/2021.xlsx"
        var table = try #require(try Fixtures.table("tables/statistics-2021.xlsx", as: file).0)
        table.rows[2][0].text = table.rows[0][0].text
        let (_, diagnostics) = StatisticsLoader.parseYear(table: table, year: 2021, factors: TestFactors.table)
        #expect(printed(diagnostics) == [
            "\(file):4:1: error: 统一社会信用代码 \"500243001\" appears again; row 2 already has this institution, "
                + "and each institution appears once a year",
        ])
    }

    @Test func requiredColumnWithUnknownUnitIsNotAlsoMissing() {
        let table = csv("""
            id,name,category,建筑面积（亩）,users
            1,a,01,10,2
            """)
        let (year, diagnostics) = StatisticsLoader.parseYear(table: table, year: 2021, factors: TestFactors.table)
        #expect(printed(diagnostics) == [
            "\(Self.file):1:18: error: 建筑面积（亩）: the unit 亩 is not one GreenPub converts for area_m2; write one "
                + "of: 平方米 (m2, m², ㎡); 万平方米 (万m2, 万m², 万㎡)",
        ])
        #expect(year == nil)
    }

    @Test func nevWithoutVehiclesColumn() {
        let table = csv("""
            id,name,category,area_m2,users,nev
            1,a,01,10,2,1
            """)
        let (_, diagnostics) = StatisticsLoader.parseYear(table: table, year: 2021, factors: TestFactors.table)
        #expect(printed(diagnostics) == [
            "\(Self.file):2:13: error: nev (1) is more than the vehicles (0: the file has no 公务用车 column); "
                + "new-energy vehicles are counted among the vehicles, so they cannot outnumber them",
        ])
    }

    private func csv(_ text: String) -> RawTable {
        CSVParser.parse(text, file: Self.file).0!
    }
}
