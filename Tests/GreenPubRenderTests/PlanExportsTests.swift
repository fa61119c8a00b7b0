import Foundation
import GreenPubModel
import Testing
@testable import GreenPubRender

@Suite struct PlanExportsTests {
    let data = PlanPagesFixture.data

    func file(_ path: String) throws -> [UInt8] {
        try #require(ExportSection.files(data).first { $0.path == path }).bytes
    }

    func json(_ path: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(try file(path)))
        return try #require(object as? [String: Any])
    }

    @Test func sameDataGivesTheSameBytesAndNothingWithoutStatistics() {
        let first = ExportSection.files(data)
        let second = ExportSection.files(data)
        #expect(first.map(\.path) == ["data/accounts.json", "data/indicators.csv", "data/indicators.json", "data/tasks.csv", "data/tasks.json"])
        #expect(first == second)
        var empty = data
        empty.accounts = []
        #expect(ExportSection.files(empty).isEmpty)
    }

    @Test func indicatorsJSONReadsBack() throws {
        let root = try json("data/indicators.json")
        #expect(root["schema"] as? String == "greenpub.indicators.v1")
        #expect(root["years"] as? [Int] == [2020, 2021, 2022])
        let indicators = try #require(root["indicators"] as? [[String: Any]])
        #expect(indicators.map { $0["id"] as? String } == ["energy-total", "energy-per-area", "edu-energy-per-area", "coal-share"])
        let intensity = indicators[1]
        #expect(intensity["binding"] as? Bool == true)
        #expect(intensity["attribute"] as? String == "约束性")
        #expect(intensity["group"] is NSNull)
        #expect(intensity["status"] as? [String: String] == ["2021": "on_track", "2022": "behind"])
        #expect(intensity["flagged"] as? [String: Bool] == ["2021": false, "2022": true])
        #expect(intensity["values"] as? [String: Double] == ["2020": 10, "2021": 9.7, "2022": 9.7])
        let base = try #require(intensity["base"] as? [String: Any])
        #expect(base["printed"] as? String == "10.00")
        #expect(base["value_computed"] as? Double == 10)
        let target = try #require(intensity["target"] as? [String: Any])
        #expect(target["printed"] as? String == "≤9.00" && target["value"] as? Double == 9 && target["year"] as? Int == 2025)
        let projection = try #require(intensity["projection"] as? [String: Any])
        #expect(projection["value"] as? Double == 9.2)
        #expect(projection["meets_target"] as? Bool == false)
        #expect(indicators[2]["group"] as? String == "education")
        #expect(indicators[3]["from_target"] as? String == "coal-share")
    }

    @Test func tasksJSONReadsBack() throws {
        let root = try json("data/tasks.json")
        let tasks = try #require(root["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["id"] as? String } == ["c3-1", "coal-share", "heat-pump-area"])
        let task = tasks[0]
        #expect(task["column"] as? Int == 3)
        #expect(task["status"] as? [String: String] == ["2020": "not_started", "2021": "in_progress", "2022": "completed"])
        #expect(task["evidence"] as? [String: [String]] == ["2020": [], "2021": ["RF-1"], "2022": ["RF-1", "RF 3/改"]])
        let completedOn = try #require(task["completed_on"] as? [String: Any])
        #expect(completedOn["2022"] as? String == "2022-09-30")
        #expect(completedOn["2021"] is NSNull)
        #expect((task["responsible"] as? [[String: Any]])?.first?["institution"] as? String == "PSG001")
        #expect(tasks[2]["status"] as? [String: String] == ["2020": "not_measurable", "2021": "not_measurable", "2022": "not_measurable"])
        #expect((root["status_names"] as? [String: String])?["completed_late"] == "逾期完成")
    }

    @Test func accountsJSONHasOneRowPerInstitutionUnderTheFieldNames() throws {
        let root = try json("data/accounts.json")
        let fields = try #require(root["institution_fields"] as? [String])
        let years = try #require(root["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int } == [2020, 2021, 2022])
        let rows = try #require(years[1]["institutions"] as? [[Any]])
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == fields.count })
        let school = rows[0]
        #expect(school[0] as? String == "PSE001" && school[2] as? String == "education" && school[3] as? String == "021")
        let energy = try #require(fields.firstIndex(of: "energy_tce"))
        #expect(school[energy] as? Double == 49)
        let co2 = try #require(fields.firstIndex(of: "co2_t"))
        #expect((rows[1][co2] as? Double) == 80.1235)
        let county = try #require(years[0]["county"] as? [String: Any])
        #expect(county["institution_count"] as? Int == 2)
        #expect((county["energy_tce"] as? [String: Any])?["total"] as? Double == 80)
        let groups = try #require(years[0]["groups"] as? [[String: Any]])
        #expect(groups.map { $0["group"] as? String } == ["government", "education", "health", "other"])
        // Empty groups have no ratios: null, not 0 or NaN.
        #expect(((groups[2]["intensities_ratio_of_totals"] as? [String: Any])?["energy_per_area"]) is NSNull)
    }

    @Test func csvHasBOMCRLFAndQuotesWhatNeedsIt() throws {
        let bytes = try file("data/tasks.csv")
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let header = try #require(text.components(separatedBy: "\r\n").first)
        #expect(header == "plan_id,task_id,column,number,section,key_work,lead,responsible,deadline,deadline_text,status_2020,status_2021,status_2022,completed_on_2022,evidence_2022,missing_2022")
        #expect(text.contains(",\"县机关事务管理中心：负责本单位改造。\n县教委\","))
        #expect(text.contains(",未开始,进行中,已完成,2022-09-30,RF-1 RF 3/改,\r\n"))
        let indicators = String(decoding: try file("data/indicators.csv").dropFirst(3), as: UTF8.self)
        #expect(indicators.components(separatedBy: "\r\n")[2].hasPrefix("county-plan,energy-per-area,,单位建筑面积能耗,,千克标准煤/平方米,全县,约束性,2020,10.00,10,2025,≤9.00,9,10,9.7,9.7,,进度正常,滞后"))
    }

    @Test func csvQuotingAndFormulaGuard() {
        #expect(CSVTable.quoted("plain") == "plain")
        #expect(CSVTable.quoted("a,b") == "\"a,b\"")
        #expect(CSVTable.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.quoted("two\nlines") == "\"two\nlines\"")
        #expect(CSVTable.quoted("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(CSVTable.guarded("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(CSVTable.guarded("+1") == "'+1" && CSVTable.guarded("-1") == "'-1" && CSVTable.guarded("@a") == "'@a")
        #expect(CSVTable.guarded("≤14786") == "≤14786")
        var table = CSVTable(header: ["a", "b"])
        table.append([.text("=1+1"), .number("-3.5")])
        table.append([.text("x,y"), .number(nil)])
        #expect(table.bytes() == [0xEF, 0xBB, 0xBF] + Array("a,b\r\n'=1+1,-3.5\r\n\"x,y\",\r\n".utf8))
    }

    @Test func numbersAreFixedTrimmedAndNeverNegativeZero() {
        #expect(ExportNumber.text(11.92, decimals: 4) == "11.92")
        #expect(ExportNumber.text(15402, decimals: 4) == "15402")
        #expect(ExportNumber.text(0.5, decimals: 2) == "0.5")
        #expect(ExportNumber.text(0.0001, decimals: 4) == "0.0001")
        #expect(ExportNumber.text(0.00004, decimals: 4) == "0")
        #expect(ExportNumber.text(-0.00001, decimals: 4) == "0")
        #expect(ExportNumber.text(-2.25, decimals: 1) == "-2.3")
        #expect(ExportNumber.text(1_234_567.891, decimals: 2) == "1234567.89")
        #expect(ExportNumber.text(nil, decimals: 2) == nil)
        #expect(ExportNumber.text(.nan, decimals: 2) == nil)
        #expect(ExportNumber.text(1e20, decimals: 2) == "1e+20")
        #expect(ExportNumber.text(0.105, decimals: 9) == "0.105")
        #expect(ExportNumber.text(-1.0000001, decimals: 6) == "-1")
    }

    /// The digits are the definition's: |value| × 10^decimals rounded half away from zero, as an
    /// integer, split at the point, trailing zeros dropped, a minus sign unless it is zero; the
    /// shortest round trip when that integer would pass 2^53.
    @Test func numbersFollowTheDefinition() {
        func defined(_ value: Double, _ decimals: Int) -> String {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            if (value.magnitude * scale).rounded(.toNearestOrAwayFromZero) >= 9_007_199_254_740_992 { return value.description }
            let units = UInt64((value.magnitude * scale).rounded(.toNearestOrAwayFromZero))
            if units == 0 { return "0" }
            var digits = String(units)
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            var text = decimals == 0 ? digits : String(digits.dropLast(decimals)) + "." + String(digits.suffix(decimals))
            if decimals > 0 {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return (value < 0 ? "-" : "") + text
        }
        var state: UInt64 = 7
        for index in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let magnitude = [1e-3, 1, 1e3, 1e6, 1e9][index % 5]
            let value = (Double(state >> 11) / Double(1 << 53) - 0.5) * magnitude
            let decimals = Int(state % 10)
            #expect(ExportNumber.text(value, decimals: decimals) == defined(value, decimals), "\(value) \(decimals)")
        }
        for (value, decimals) in [(2.5, 0), (-2.5, 0), (0.125, 2), (1.005, 2), (999.9995, 3), (4_503_599_627_370_495.5, 0)] {
            #expect(ExportNumber.text(value, decimals: decimals) == defined(value, decimals), "\(value) \(decimals)")
        }
    }

    @Test func jsonStringsAreEscapedAndKeysSorted() {
        let output = JSONOutput()
        output.write(.object([("b", .string("引号\"、反斜杠\\、换行\n、\u{01}、\u{2028}")), ("a", .array([.null, .bool(true), .number("1.5")]))]))
        #expect(String(decoding: output.bytes, as: UTF8.self)
            == "{\"a\":[null,true,1.5],\"b\":\"引号\\\"、反斜杠\\\\、换行\\n、\\u0001、\\u2028\"}")
    }

    @Test func jsonStringsKeepEverythingElseAsItIs() {
        func json(_ text: String) -> String {
            let output = JSONOutput()
            output.string(text)
            return String(decoding: output.bytes, as: UTF8.self)
        }
        #expect(json("") == "\"\"")
        #expect(json("\"") == "\"\\\"\"")
        #expect(json("\t开头与结尾\r") == "\"\\t开头与结尾\\r\"")
        // Characters led by E2 other than U+2028 and U+2029 (an em dash, an ellipsis, €) stay.
        #expect(json("—…€\u{2029}x\u{2028}") == "\"—…€\\u2029x\\u2028\"")
        #expect(json("\u{1F}\u{7F}é") == "\"\\u001f\u{7F}é\"")
    }
}
