import Foundation
import Testing
@testable import GreenPubLoad
import GreenPubModel

/// A test-only splitter for simple CSV text (no quotes, no commas inside cells): each cell
/// with its line and 1-based character column, blank lines skipped, as the table reader would.
private func table(_ csv: String, file: String = "content/data/registers/test.csv") -> RawTable {
    var rows: [[RawTable.Cell]] = []
    for (index, line) in csv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        var cells: [RawTable.Cell] = []
        var column = 1
        for text in line.split(separator: ",", omittingEmptySubsequences: false) {
            cells.append(RawTable.Cell(text: String(text), location: SourceLocation(file: file, line: index + 1, column: column)))
            column += text.count + 1
        }
        rows.append(cells)
    }
    return RawTable(file: file, header: rows.first ?? [], rows: Array(rows.dropFirst()))
}

private let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
private let projectRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

private func messages(_ csv: String) -> [String] {
    RegisterMapping.entries(from: table(csv)).1.map(\.description)
}

private let header = "id,kind,institution,title,status,start,end"

@Suite struct RegisterMappingTests {
    // MARK: Reading

    @Test func chineseHeadersWithUnitsScaleIntoCanonicalUnits() throws {
        let csv = """
        编号,类型,单位代码,项目名称,状态,开始日期,完成日期,面积（万平方米）,装机容量(兆瓦),投资(元),年节能量（千克标准煤）,改造前PUE,改造后PUE,数量（人次）,备注
        R-1,既有建筑绿色化改造,PSG007, 县政府办公楼综合节能改造 ,已完成,2023年3月1日,2023-11-30,1.2,0.08,"1,850,000",45000,1.62,1.38,35,首个项目
        """
        let (entries, diagnostics) = RegisterMapping.entries(from: table(csv.replacingOccurrences(of: "\"1,850,000\"", with: "1850000")))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let entry = try #require(entries.first)
        #expect(entry.id == "R-1" && entry.kind == .retrofit && entry.institution == "PSG007")
        #expect(entry.title == "县政府办公楼综合节能改造")
        #expect(entry.status == .completed)
        #expect(entry.start?.description == "2023-03-01" && entry.end?.description == "2023-11-30")
        #expect(entry.areaM2 == 12000)
        #expect(entry.capacityKW == 80)
        #expect(abs((entry.investmentWan ?? 0) - 185) < 1e-9)
        #expect(abs((entry.savingTce ?? 0) - 45) < 1e-9)
        #expect(entry.pueBefore == 1.62 && entry.pueAfter == 1.38)
        #expect(entry.quantity == 35 && entry.quantityUnit == "人次")
        #expect(entry.note == "首个项目")
        #expect(entry.location == SourceLocation(file: "content/data/registers/test.csv", line: 2, column: 1))
        #expect(entry.institutionCell == RegisterEntry.Cell(header: "单位代码", location: SourceLocation(file: "content/data/registers/test.csv", line: 2, column: 15)))
    }

    @Test func canonicalKeysAndEnglishStatuses() throws {
        let csv = """
        id,kind,institution,title,status,start,end,area_m2,quantity
        T-1,training,PSG001,能耗统计培训,completed,2021-06-10,2021-06-11, ,1200 
        T-2,pv,PSE001,屋顶光伏,in_progress,2024/3/1,,,
        T-3,heat_pump,PSE005,热泵,planned,,,,
        """
        let (entries, diagnostics) = RegisterMapping.entries(from: table(csv))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(entries.map(\.status) == [.completed, .inProgress, .planned])
        #expect(entries[0].quantity == 1200)
        #expect(entries[1].start?.description == "2024-03-01")
    }

    @Test func blankRowsAreSkipped() {
        let csv = "\(header)\nA,pv,PSE001,光伏,计划,,\n,,,,,,\nB,pv,PSE002,光伏,计划,,"
        let (entries, diagnostics) = RegisterMapping.entries(from: table(csv))
        #expect(diagnostics.isEmpty)
        #expect(entries.map(\.id) == ["A", "B"])
    }

    @Test func dateCellsOfAWorkbookMayCarryATime() throws {
        // The workbook reader writes a date cell as ISO text, with the time when it has one.
        let csv = "\(header)\nA,pv,PSE001,光伏,已完成,2023-03-15 08:30:00,2023-06-30"
        let (entries, diagnostics) = RegisterMapping.entries(from: table(csv, file: "content/data/registers/energy.xlsx"))
        #expect(diagnostics.isEmpty)
        #expect(entries.first?.start?.description == "2023-03-15")
        // A bare number is not a date (a date cell would have been written as a date).
        #expect(messages("\(header)\nA,pv,PSE001,光伏,已完成,45000,2023-06-31 25:00") == [
            "content/data/registers/test.csv:2:20: error: start '45000' is not a date; write 2023-06-30 or 2023年6月30日",
            "content/data/registers/test.csv:2:26: error: end '2023-06-31 25:00' is not a date; write 2023-06-30 or 2023年6月30日",
        ])
    }

    @Test func aWorkbookReadByTheTableReader() throws {
        let data = try Data(contentsOf: testsFolder.appendingPathComponent("Fixtures/registers/energy.xlsx"))
        let (raw, readProblems) = TableReader.read(data: data, file: "content/data/registers/energy.xlsx")
        #expect(readProblems.isEmpty)
        let (entries, diagnostics) = RegisterMapping.entries(from: try #require(raw))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(entries.map(\.id) == ["EN-001", "EN-010"])
        #expect(entries[0].kind == .pv && entries[0].capacityKW == 120 && entries[0].investmentWan == 54.5)
        #expect(entries[0].start?.description == "2023-01-10" && entries[0].end?.description == "2023-04-28")
        #expect(entries[1].kind == .heatPump && entries[1].status == .inProgress && entries[1].end?.description == "2025-08-20")
        #expect(entries[1].location == SourceLocation(file: "content/data/registers/energy.xlsx", line: 3, column: 1))
    }

    @Test func theSampleRegistersReadCleanly() throws {
        let folder = projectRoot.appendingPathComponent("content/data/registers")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!files.isEmpty)
        for name in files {
            let (raw, readProblems) = TableReader.read(contentsOf: folder.appendingPathComponent(name), file: "content/data/registers/\(name)")
            #expect(readProblems.isEmpty, "\(name): \(readProblems.map(\.description))")
            let (entries, diagnostics) = RegisterMapping.entries(from: try #require(raw))
            #expect(diagnostics.isEmpty, "\(name): \(diagnostics.map(\.description))")
            #expect(!entries.isEmpty)
        }
    }

    // MARK: Validation, every problem with its header as written

    @Test func everyRuleInOneFile() throws {
        let text = try String(contentsOf: testsFolder.appendingPathComponent("Fixtures/registers/every-error.csv"), encoding: .utf8)
        let (entries, diagnostics) = RegisterMapping.entries(from: table(text, file: "content/data/registers/every-error.csv"))
        let f = "content/data/registers/every-error.csv"
        #expect(diagnostics.map(\.description) == [
            "\(f):1:55: warning: unknown column '外部编号' is ignored (did you mean '编号'?)",
            "\(f):2:6: error: unknown 类型 '能源费用拖管' (did you mean '能源费用托管', kind trusteeship?); accepted: retrofit 既有建筑绿色化改造, single_retrofit 单项节能改造（照明/空调/节水器具）, pv 光伏, solar_thermal 太阳能光热, heat_pump 空气源热泵, canteen 食堂电气化（零碳直排）, trusteeship 能源费用托管, emc 合同能源管理, data_centre 数据中心机房绿色化改造, food_waste 餐厨垃圾就地资源化设备, metering 分项计量, nev 新能源汽车购置, charging 充电设施, conservation_organ 节约型机关, water_saving_unit 节水型单位, sorting_demo 生活垃圾分类示范点, demo_unit 示范单位/能效领跑者, training 培训, publicity 宣传活动, mechanism 方案/制度/工作机制, platform 数据库/监测平台, carbon_accounting 碳排放统计/核查",
            "\(f):3:15: error: 单位代码 is empty; every register row needs it",
            "\(f):4:28: error: unknown 状态 '完成'; accepted: 计划 (planned), 实施中 (in_progress), 已完成 (completed)",
            "\(f):5:32: error: 开始日期 '2023-02-30' is not a date; write 2023-06-30 or 2023年6月30日",
            "\(f):6:43: error: 完成日期 2023-05-01 is before 开始日期 2023-06-01",
            "\(f):7:43: error: 状态 is 已完成 but 完成日期 is empty; a completed project needs its completion date",
            "\(f):8:61: error: 改造后PUE 1.6 is above 改造前PUE 1.4; a retrofit lowers the PUE",
            "\(f):9:54: error: 面积（平方米） is negative (-300); write the amount without a sign",
            "\(f):10:54: error: 数量 '很多' is not a number",
            "\(f):11:61: error: 改造后PUE is 0.9; a PUE is 1 or more",
            "\(f):12:58: error: this row has 13 cells but the header has 12",
        ])
        // Rows whose required cells are fine still become entries (their other problems are errors).
        #expect(entries.map(\.id) == ["R-04", "R-05", "R-06", "R-07", "R-08", "R-09", "R-10", "R-11"])
    }

    @Test func missingRequiredColumnsAreNamed() {
        #expect(messages("编号,类型,项目名称\nA,pv,光伏") == [
            "content/data/registers/test.csv:1:1: error: missing column 单位代码 (institution); every register needs it",
            "content/data/registers/test.csv:1:1: error: missing column 状态 (status); every register needs it",
        ])
    }

    @Test func headerProblems() {
        #expect(messages("\(header),面积(亩),类型,备注(说明)\nA,pv,PSE001,光伏,计划,,,,,") == [
            "content/data/registers/test.csv:1:44: error: unknown unit '亩' in column '面积(亩)'; accepted units: 平方米, m2, m², ㎡, 万平方米, 万m2, 万m², 万㎡",
            "content/data/registers/test.csv:1:50: error: column '类型' repeats 'kind' (column 2); keep one",
            "content/data/registers/test.csv:1:53: error: column '备注(说明)' takes no unit; write '备注'",
        ])
    }

    // MARK: Checks across registers

    @Test func duplicateIDsAndUnknownInstitutions() {
        let first = RegisterMapping.entries(from: table("\(header)\nR-1,pv,PSE001,光伏,计划,,", file: "content/data/registers/energy.csv")).0
        let second = RegisterMapping.entries(from: table("编号,类型,单位代码,项目名称,状态\nR-2,培训,PSG001,培训,计划\nR-1,培训,PSG01,培训,计划", file: "content/data/registers/activities.csv")).0
        let institutions = [
            "PSE001": InstitutionRef(id: "PSE001", name: "汉葭中学", group: .education, level: .county),
            "PSG001": InstitutionRef(id: "PSG001", name: "机关事务管理中心", group: .government, level: .county),
        ]
        #expect(RegisterValidation.check(first + second, institutions: institutions).map(\.description) == [
            "content/data/registers/activities.csv:3:1: error: 编号 'R-1' is already used at content/data/registers/energy.csv:2:1; ids must be unique across registers",
            "content/data/registers/activities.csv:3:8: error: 单位代码 'PSG01' is not an institution of the statistics (did you mean 'PSG001'?)",
        ])
    }

    @Test func completedEntriesTheCriteriaCannotCountAreWarned() {
        let entries = RegisterMapping.entries(from: table("\(header)\nD-1,data_centre,PSG001,机房,已完成,2023-01-01,2023-05-01\nT-1,training,PSG001,培训,已完成,2023-01-01,2023-01-02")).0
        let institutions = ["PSG001": InstitutionRef(id: "PSG001", name: "机关事务管理中心", group: .government, level: .county)]
        #expect(RegisterValidation.check(entries, institutions: institutions).map(\.description) == [
            "content/data/registers/test.csv:2:1: warning: completed data-centre retrofit 'D-1' has no 改造后PUE; the plans' PUE criterion cannot count it",
            "content/data/registers/test.csv:3:1: warning: completed training 'T-1' has no 数量 (participants); it adds nothing to the training totals",
        ])
    }

    // MARK: Parsing helpers

    @Test func datesAndNumbers() {
        #expect(CalendarDate.parse("2023年6月30日")?.description == "2023-06-30")
        #expect(CalendarDate.parse("2024-02-29") != nil)
        #expect(CalendarDate.parse("2023-02-29") == nil)
        #expect(CalendarDate.parse("2023-13-01") == nil)
        #expect(CalendarDate.parse("23-6-30") == nil)
        // Each accepted form, and its near misses: separators mixed, missing, extra or doubled.
        for (text, parsed) in [("2022-6-3", "2022-06-03"), ("2022/06/30", "2022-06-30"), (" 2022-06-30\u{3000}", "2022-06-30"),
                               ("2022年6月30日", "2022-06-30"), ("\u{FEFF}2022年6月3日 ", "2022-06-03")] {
            #expect(CalendarDate.parse(text)?.description == parsed, "\(text)")
        }
        for text in ["2022/06-30", "2022-06-30-", "2022-06-30-1", "2022--06-30", "2022年6月30", "2022年6月30日日",
                     "2022-06", "2022", "", "-2022-06-30", "2022-006-30", "20221-06-30", "2022.06.30", "2022年6-30日"] {
            #expect(CalendarDate.parse(text) == nil, "\(text)")
        }
        #expect(RegisterStatus(keyOrName: "已完成") == .completed)
        #expect(RegisterStatus(keyOrName: " In_Progress ") == .inProgress)
        #expect(RegisterStatus(keyOrName: "完成") == nil)
        #expect(RegisterCellParsing.number(" 1,234.5 ") == 1234.5)
        #expect(RegisterCellParsing.number("12,34") == nil)
        #expect(RegisterCellParsing.number("nan") == nil)
        #expect(RegisterCellParsing.date("2023-06-30 23:59")?.description == "2023-06-30")
        #expect(RegisterCellParsing.date("2023-06-30 24:00") == nil)
        #expect(RegisterKind(keyOrName: "能效领跑者") == .demoUnit)
        #expect(RegisterKind(keyOrName: "单项节能改造") == .singleRetrofit)
        #expect(RegisterKind(keyOrName: "DATA_CENTRE") == .dataCentre)
        #expect(RegisterKind.allCases.count == 22)
    }
}
