import Foundation
import Testing
@testable import GreenPubLoad
import GreenPubModel

@Suite struct XLSXReaderTests {
    let file = "content/data/statistics/2021.xlsx"

    func rows(_ table: RawTable?) -> [[String]] {
        guard let table else { return [] }
        return ([table.header] + table.rows).map { $0.map(\.text) }
    }

    @Test func statisticsWorkbookWithSharedStringsAndNumbers() throws {
        let (table, diagnostics) = try Fixtures.table("tables/statistics-2021.xlsx", as: file)
        #expect(diagnostics.isEmpty)
        let read = rows(table)
        #expect(read.count == 4)
        #expect(read.first?.prefix(3) == ["统一社会信用代码", "单位名称", "机构类型"])
        #expect(read[1] == ["500243001", "县政府办公室", "01", "县级", "12000", "352", "12", "3", "461000",
                            "12150.5", "3600", "11500.25", "1180", "0", "0", "0"])
        // Rich text runs are joined.
        #expect(read[2][1] == "彭水第一中学")
        #expect(read[2][13] == "1.5")
        // Locations: line = row, column = column number.
        #expect(table?.rows[2][15].location == SourceLocation(file: file, line: 4, column: 16))
        #expect(table?.rows[2][15].location.description == "\(file):4:16")
    }

    @Test func cellKinds() throws {
        let (table, diagnostics) = try Fixtures.table("tables/cells.xlsx", as: file)
        let read = rows(table)
        #expect(read == [
            ["kind", "value"],
            ["integer", "1234"],
            ["decimal", "1234.5678"],
            ["tenth", "0.1"],
            ["small", "0.00001"],
            ["rich", "年节能量（吨标准煤）"],
            ["date", "2023-06-30"],
            ["boolean", "TRUE"],
            ["formula", ""],
            ["after a gap", "", "C12"],
            ["big", "123456789012"],
            ["negative", "-2.5"],
        ])
        // openpyxl saves formulas without their results: the reader says so instead of reading nothing.
        #expect(printed(diagnostics) == ["\(file):9:2: error: the cell holds a formula whose result is not saved in "
            + "the workbook; open the workbook in Excel or WPS and save it, so that the results are stored"])
        // Row 10 holds only a styled empty cell and is skipped; the gap keeps row numbers.
        #expect(table?.rows[8][2].location == SourceLocation(file: file, line: 12, column: 3))
        #expect(table?.rows[8][1].location == SourceLocation(file: file, line: 12, column: 2))
    }

    @Test func handWrittenWorkbook() throws {
        // Prefixed namespace, hidden first sheet, absolute and relative targets, inline strings,
        // cells without references, 1904 dates, phonetic runs, errors and booleans.
        let (table, diagnostics) = try Fixtures.table("tables/handmade.xlsx", as: file)
        #expect(diagnostics.isEmpty)
        #expect(rows(table) == [
            ["单位名称", "完成日期", "公式"],
            ["县 医院", "2023-06-30", "2.5"],
            ["", "#DIV/0!", "FALSE"],
        ])
        #expect(table?.rows[1].map { $0.location.description } == ["\(file):4:1", "\(file):4:2", "\(file):4:3"])
    }

    @Test func sheetsAboveTenMegabytesAreRead() throws {
        // libxml2 refuses a single pushed chunk above 10 MB; a 30,000-row sheet is about 20 MB of XML.
        let padding = String(repeating: "x", count: 1000)
        var xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for row in 1...11_000 {
            xml += "<row r=\"\(row)\" note=\"\(padding)\"><c r=\"A\(row)\"><v>\(row)</v></c></row>"
        }
        xml += "</sheetData></worksheet>"
        #expect(xml.utf8.count > 11_000_000)
        let sheet = try XLSXWorksheet.parse(Array(xml.utf8), part: "xl/worksheets/sheet1.xml")
        #expect(sheet.cells.count == 11_000)
        #expect(sheet.cells.last?.value == "11000")
        #expect(sheet.cells.last?.reference == XLSXCellReference(row: 11_000, column: 1))
    }

    @Test(arguments: ["<worksheet><sheetData><row>", "<worksheet><sheetData></worksheet>", "", "junk",
                      "<worksheet>&bogus;</worksheet>", "<worksheet/><worksheet/>"])
    func brokenXMLIsAnError(_ xml: String) {
        #expect(throws: XLSXError.self) {
            try XLSXWorksheet.parse(Array(xml.utf8), part: "xl/worksheets/sheet1.xml")
        }
    }

    @Test func truncatedWorkbookPartIsOneError() throws {
        // A sheet cut short: the reader must not take the rows it got for the whole sheet.
        let (table, diagnostics) = try Fixtures.table("tables/truncated-sheet.xlsx", as: file)
        #expect(table == nil)
        #expect(printed(diagnostics) == ["\(whole(file)): error: the workbook part xl/worksheets/data.xml is not well-formed "
            + "XML: the part ends before the element <x:row> of line 4 is closed, at its line 4, column 102; the file "
            + "may be damaged: save the workbook again in Excel or WPS"])
    }

    @Test func notAZipIsOneError() {
        let (table, diagnostics) = XLSXReader.read(data: Data("id,name\n".utf8), file: file)
        #expect(table == nil)
        #expect(printed(diagnostics) == ["\(whole(file)): error: this is not an .xlsx workbook (not a zip archive); "
            + "save the sheet as .xlsx or as \"CSV UTF-8\""])
        #expect(printed(XLSXReader.read(data: Data(), file: file).1) ==
            ["\(whole(file)): error: the file is empty; an .xlsx workbook is expected"])
        #expect(printed(XLSXReader.read(data: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), file: file).1)
            == ["\(whole(file)): error: this is an old Excel 97-2003 (.xls) workbook, not an .xlsx one; save it as .xlsx"])
    }

    @Test func zipWithoutWorkbookIsOneError() throws {
        // The GreenPub fixtures folder holds no zip of another kind, so make one: an .xlsx with
        // its workbook part renamed is a zip that is not a workbook.
        var data = try Fixtures.data("tables/handmade.xlsx")
        data = renamingEntries(in: data, from: "xl/workbook.xml", to: "xl/workbook.xmx")
        let (table, diagnostics) = XLSXReader.read(data: data, file: file)
        #expect(table == nil)
        #expect(printed(diagnostics) == ["\(whole(file)): error: this zip archive is not an .xlsx workbook (it has no "
            + "xl/workbook.xml); save the sheet as .xlsx or as \"CSV UTF-8\""])
    }

    /// Replaces an entry name in a zip's local and central headers (same length, so offsets hold).
    private func renamingEntries(in data: Data, from old: String, to new: String) -> Data {
        let oldBytes = Array(old.utf8), newBytes = Array(new.utf8)
        var bytes = [UInt8](data)
        var index = 0
        while index + oldBytes.count <= bytes.count {
            if Array(bytes[index..<index + oldBytes.count]) == oldBytes {
                bytes.replaceSubrange(index..<index + oldBytes.count, with: newBytes)
            }
            index += 1
        }
        return Data(bytes)
    }

    @Test func tableReaderChoosesByExtension() throws {
        let data = try Fixtures.data("tables/statistics-2021.xlsx")
        #expect(TableReader.read(data: data, file: "a/2021.XLSX").0?.rows.count == 3)
        #expect(printed(TableReader.read(data: data, file: "a/2021.ods").1) == ["\(whole("a/2021.ods")): error: GreenPub reads "
            + "tables from .csv or .xlsx files; save this one as \"CSV UTF-8\" or .xlsx"])
        #expect(TableReader.Format(path: "content/data/x.csv") == .csv)
        #expect(TableReader.Format(path: "content/data.d/x") == nil)
    }

    @Test func fileSystemReadReportsMissingFiles() {
        let (table, diagnostics) = TableReader.read(contentsOf: Fixtures.url("tables/absent.csv"), file: "absent.csv")
        #expect(table == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.description.hasPrefix("\(whole("absent.csv")): error: cannot read the file") == true)
    }
}

@Suite struct SpreadsheetValueTextTests {
    @Test func numbers() {
        #expect(SpreadsheetValueText.number(1234) == "1234")
        #expect(SpreadsheetValueText.number(-0.0) == "0")
        #expect(SpreadsheetValueText.number(0.1) == "0.1")
        #expect(SpreadsheetValueText.number(0.1 + 0.2) == "0.30000000000000004")
        #expect(SpreadsheetValueText.number(1e-5) == "0.00001")
        #expect(SpreadsheetValueText.number(-1.5e-7) == "-0.00000015")
        #expect(SpreadsheetValueText.number(1.2345e20) == "123450000000000000000")
        #expect(SpreadsheetValueText.number(123456789012345) == "123456789012345")
        #expect(SpreadsheetValueText.number(1234.5678) == "1234.5678")
    }

    @Test func dates() {
        #expect(SpreadsheetValueText.date(serial: 45107, uses1904: false) == "2023-06-30")
        #expect(SpreadsheetValueText.date(serial: 1, uses1904: false) == "1900-01-01")
        #expect(SpreadsheetValueText.date(serial: 59, uses1904: false) == "1900-02-28")
        #expect(SpreadsheetValueText.date(serial: 61, uses1904: false) == "1900-03-01")
        #expect(SpreadsheetValueText.date(serial: 43645, uses1904: true) == "2023-06-30")
        #expect(SpreadsheetValueText.date(serial: 45107.75, uses1904: false) == "2023-06-30 18:00:00")
        #expect(SpreadsheetValueText.date(serial: 2_958_465, uses1904: false) == "9999-12-31")
        #expect(SpreadsheetValueText.date(serial: -1, uses1904: false) == nil)
    }

    @Test func excelEscapes() {
        #expect(XLSXEscapes.decode("用电量_x000D_\n（万千瓦时）") == "用电量\r\n（万千瓦时）")
        #expect(XLSXEscapes.decode("a_x005F_x0041_b") == "a_x0041_b")
        #expect(XLSXEscapes.decode("_xZZZZ_") == "_xZZZZ_")
        #expect(XLSXEscapes.decode("plain") == "plain")
    }

    @Test func cellReferences() {
        #expect(XLSXCellReference("C12") == XLSXCellReference(row: 12, column: 3))
        #expect(XLSXCellReference("AA1") == XLSXCellReference(row: 1, column: 27))
        #expect(XLSXCellReference("$B$7") == XLSXCellReference(row: 7, column: 2))
        #expect(XLSXCellReference("XFD1048576") == XLSXCellReference(row: 1_048_576, column: 16_384))
        #expect(XLSXCellReference("12C") == nil)
        #expect(XLSXCellReference("C0") == nil)
        #expect(XLSXCellReference("C") == nil)
    }

    @Test func dateFormats() {
        #expect(XLSXStyles.isDateFormat("yyyy/m/d"))
        #expect(XLSXStyles.isDateFormat("[$-804]yyyy\"年\"m\"月\"d\"日\""))
        #expect(XLSXStyles.isDateFormat("yyyy年m月"))
        #expect(!XLSXStyles.isDateFormat("0.00"))
        #expect(!XLSXStyles.isDateFormat("#,##0\"d\""))
        #expect(!XLSXStyles.isDateFormat("General"))
        #expect(!XLSXStyles.isDateFormat("[Red]0.0"))
        #expect(XLSXStyles.isBuiltInDateFormat(14))
        #expect(!XLSXStyles.isBuiltInDateFormat(2))
    }
}
