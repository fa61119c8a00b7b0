import Foundation
import GreenPubModel

/// Reads the first sheet of an `.xlsx` workbook into a `RawTable`.
///
/// - The sheet read is the first visible one in tab order (found through `xl/workbook.xml` and
///   its relationships).
/// - Cell text: shared strings and inline strings with rich-text runs joined; numbers as plain
///   decimals (integers without ".0", others in their shortest exact form); booleans as `TRUE`
///   and `FALSE`; error values as written (`#DIV/0!`); cells styled as dates as ISO dates
///   (`2023-06-30`); formulas by their saved result.
/// - Locations: for a workbook, line = row number and column = column number, so cell `C12` is
///   reported as `file.xlsx:12:3`.
/// - Rows whose cells are all blank are skipped; the first remaining row is the header. Each row
///   has cells from column A up to its last stored cell, empty where the sheet has none.
public enum XLSXReader {
    /// Reads the workbook `data`, from the project-relative path `file`.
    /// - Returns: the table (nil when the workbook cannot be read or has no rows) and every problem.
    public static func read(data: Data, file: String) -> (RawTable?, [Diagnostic]) {
        do {
            return try readThrowing(data: data, file: file)
        } catch {
            return (nil, [error.diagnostic(file: file)])
        }
    }

    private static func readThrowing(data: Data, file: String) throws(XLSXError) -> (RawTable?, [Diagnostic]) {
        let package = try XLSXPackage(data: data)

        let workbookPart = try package.relationships(of: "")
            .first { $0.kind == "officeDocument" && !$0.isExternal }?.target ?? "xl/workbook.xml"
        guard package.contains(workbookPart) else {
            throw XLSXError("this zip archive is not an .xlsx workbook (it has no \(workbookPart)); "
                + "save the sheet as .xlsx or as \"CSV UTF-8\"")
        }
        let workbook = try XLSXWorkbookPart.parse(try package.bytes(of: workbookPart), part: workbookPart)
        let relationships = try package.relationships(of: workbookPart)
        guard let sheet = workbook.firstSheet else {
            throw XLSXError("the workbook has no sheet")
        }
        guard let sheetPart = relationships.first(where: { $0.id == sheet.relationshipID })?.target,
              package.contains(sheetPart) else {
            throw XLSXError("the workbook's first sheet \"\(sheet.name)\" has no worksheet part; "
                + "save the workbook again in Excel or WPS")
        }

        var sharedStrings: [String] = []
        if let part = relationships.first(where: { $0.kind == "sharedStrings" })?.target, package.contains(part) {
            sharedStrings = try XLSXSharedStrings.parse(try package.bytes(of: part), part: part)
        }
        var styles = XLSXStyles.none
        if let part = relationships.first(where: { $0.kind == "styles" })?.target, package.contains(part) {
            styles = try XLSXStyles.parse(try package.bytes(of: part), part: part)
        }
        let worksheet = try XLSXWorksheet.parse(try package.bytes(of: sheetPart), part: sheetPart)

        var builder = XLSXTableBuilder(
            file: file, sharedStrings: sharedStrings, styles: styles, uses1904: workbook.uses1904DateSystem)
        for bad in worksheet.badReferences {
            builder.diagnostics.append(XLSXError(
                "the cell reference \"\(bad.text)\" cannot be read; save the workbook again in Excel or WPS",
                cell: bad.near).diagnostic(file: file))
        }
        return builder.build(worksheet.cells, sheetName: sheet.name)
    }
}

/// Turns stored cells into the rows of a `RawTable`.
private struct XLSXTableBuilder {
    let file: String
    let sharedStrings: [String]
    let styles: XLSXStyles
    let uses1904: Bool
    var diagnostics: [Diagnostic] = []

    init(file: String, sharedStrings: [String], styles: XLSXStyles, uses1904: Bool) {
        self.file = file
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.uses1904 = uses1904
    }

    mutating func build(_ cells: [XLSXWorksheet.StoredCell], sheetName: String) -> (RawTable?, [Diagnostic]) {
        // Rows in ascending order; cells of a row in ascending column order.
        let ordered = cells.enumerated().sorted { a, b in
            a.element.reference != b.element.reference
                ? a.element.reference < b.element.reference : a.offset < b.offset
        }.map(\.element)

        var rows: [[RawTable.Cell]] = []
        var index = 0
        while index < ordered.count {
            let rowNumber = ordered[index].reference.row
            var row: [RawTable.Cell] = []
            while index < ordered.count && ordered[index].reference.row == rowNumber {
                let stored = ordered[index]
                index += 1
                if let last = row.last, last.location.column == stored.reference.column {
                    report("the sheet stores this cell twice; save the workbook again in Excel or WPS",
                           at: stored.reference)
                    continue
                }
                while row.count + 1 < stored.reference.column {
                    row.append(RawTable.Cell(text: "", location: XLSXCellReference(
                        row: rowNumber, column: row.count + 1).location(file: file)))
                }
                row.append(RawTable.Cell(text: text(of: stored), location: stored.reference.location(file: file)))
            }
            let blank = row.allSatisfy { $0.text.allSatisfy { $0 == " " || $0 == "\t" } }
            if !blank { rows.append(row) }
        }
        guard let header = rows.first else {
            diagnostics.append(.error(SourceLocation(file: file),
                "the workbook's first sheet \"\(sheetName)\" is empty; a table needs a header row, then one row per record"))
            return (nil, diagnostics)
        }
        return (RawTable(file: file, header: header, rows: Array(rows.dropFirst())), diagnostics)
    }

    private mutating func text(of cell: XLSXWorksheet.StoredCell) -> String {
        let reference = cell.reference
        switch cell.type {
        case "s":
            guard let index = cell.value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                  index >= 0, index < sharedStrings.count else {
                report("the cell refers to a shared string that the workbook does not have; "
                    + "save the workbook again in Excel or WPS", at: reference)
                return ""
            }
            return sharedStrings[index]
        case "inlineStr":
            return cell.inlineText ?? cell.value ?? ""
        case "str", "e", "d":
            return valueOrFormulaProblem(cell) ?? ""
        case "b":
            guard let value = valueOrFormulaProblem(cell) else { return "" }
            return value == "1" || value.lowercased() == "true" ? "TRUE" : "FALSE"
        default:
            guard let value = valueOrFormulaProblem(cell) else { return "" }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return "" }
            guard let number = Double(trimmed), number.isFinite else {
                report("the cell holds \"\(value)\", which is not a number although the workbook says it is; "
                    + "save the workbook again in Excel or WPS", at: reference)
                return value
            }
            if styles.isDate(style: cell.style),
               let date = SpreadsheetValueText.date(serial: number, uses1904: uses1904) {
                return date
            }
            return SpreadsheetValueText.number(number)
        }
    }

    /// The stored value; nil (and an error) for a formula whose result was never saved.
    private mutating func valueOrFormulaProblem(_ cell: XLSXWorksheet.StoredCell) -> String? {
        // Some writers store a formula with an empty `<v/>`: no result either.
        if let value = cell.value, !(cell.hasFormula && value.isEmpty) { return value }
        if cell.hasFormula {
            report("the cell holds a formula whose result is not saved in the workbook; open the workbook "
                + "in Excel or WPS and save it, so that the results are stored", at: cell.reference)
        }
        return nil
    }

    private mutating func report(_ message: String, at reference: XLSXCellReference) {
        diagnostics.append(XLSXError(message, cell: reference).diagnostic(file: file))
    }
}
