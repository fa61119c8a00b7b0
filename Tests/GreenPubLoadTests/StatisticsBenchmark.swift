import Foundation
import Testing
import GreenPubLoad
import GreenPubModel

/// Times the loader at the scale of the later benchmark (30,000 institutions). Not part of the
/// normal run and asserts no timing: run it on demand, in a release build, with
/// `GREENPUB_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing --filter StatisticsBenchmark`.
/// Set `GREENPUB_BENCHMARK_XLSX=/path/to/2021.xlsx` to time a workbook as well.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["GREENPUB_BENCHMARK"] != nil))
struct StatisticsBenchmark {
    /// A year file of `rows` institutions with Chinese headers, units, quotes and thousands separators.
    static func largeCSV(rows: Int) -> Data {
        var text = "单位代码,单位名称,单位类别,层级,建筑面积（万平方米）,用能人数,公务用车,新能源汽车,用电量（万千瓦时）,"
            + "用水量（吨）,煤炭（吨）,天然气（万立方米）,液化石油气（千克）,汽油（吨）,柴油（升）,热力（百万千焦）,光伏发电量\r\n"
        let categories = ["01", "021", "教育", "024", "卫生", "023", "026", "03"]
        for index in 0..<rows {
            let id = 500_243_000_000 + index
            let area = 0.05 + Double(index % 97) * 0.013
            text += "\(id),\"彭水县第\(index)号公共机构\",\(categories[index % categories.count]),"
                + "\(index % 3 == 0 ? "乡镇级" : "县级"),\(area),\(20 + index % 400),\(index % 9),\(index % 3),"
                + "\(Double(index % 1000) / 10 + 0.5),\"\(1 + index % 90),\(100 + index % 900)\",\(index % 5),"
                + "\(Double(index % 50) / 100),\(index % 7 * 10),\(Double(index % 20) / 10),\(index % 600),"
                + "\(index % 4 == 0 ? "" : "12.5"),\(index % 11 == 0 ? "\"1,500\"" : "")\r\n"
        }
        return Data(text.utf8)
    }

    @Test func thirtyThousandRows() throws {
        let clock = ContinuousClock()
        let file = "content/data/statistics/2021.csv"
        let data = Self.largeCSV(rows: 30_000)

        var table: RawTable?
        let readTime = clock.measure { table = TableReader.read(data: data, file: file).0 }
        let raw = try #require(table)
        var result: (YearStatistics?, [Diagnostic]) = (nil, [])
        let parseTime = clock.measure {
            result = StatisticsLoader.parseYear(table: raw, year: 2021, factors: TestFactors.table)
        }
        let crossTime = clock.measure {
            _ = StatisticsLoader.crossYearWarnings(
                [result.0!, result.0!], factors: TestFactors.table, settings: .standard)
        }
        #expect(result.1.isEmpty)
        #expect(result.0?.institutions.count == 30_000)
        print("benchmark: \(data.count) bytes, 30000 rows: decode+CSV \(readTime), parseYear \(parseTime), "
            + "crossYearWarnings (2 years) \(crossTime)")

        if let path = ProcessInfo.processInfo.environment["GREENPUB_BENCHMARK_XLSX"] {
            let workbook = try Data(contentsOf: URL(fileURLWithPath: path))
            var sheet: (RawTable?, [Diagnostic]) = (nil, [])
            let xlsxTime = clock.measure {
                sheet = TableReader.read(data: workbook, file: "content/data/statistics/2021.xlsx")
            }
            #expect(sheet.1.isEmpty)
            print("benchmark: \(workbook.count) bytes xlsx, \(sheet.0?.rows.count ?? 0) rows: read \(xlsxTime)")
        }
    }
}
