import GreenPubModel

/// Gives meaning to a register table's columns: a pure function from a `RawTable` (as the
/// table reader produced it from a CSV or XLSX file) to register entries and a diagnostic for
/// every problem, each at its cell and naming the column's header as written.
///
/// A row becomes an entry when its 编号, 类型, 单位代码, 项目名称 and 状态 are all valid; a
/// problem in another cell is reported and that value left out. Rows whose cells are all
/// empty are skipped.
public enum RegisterMapping {
    public static func entries(from table: RawTable) -> ([RegisterEntry], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let headers = mapHeader(table, &diagnostics)
        var entries: [RegisterEntry] = []
        for row in table.rows {
            if row.allSatisfy({ $0.text.trimmedForRegister().isEmpty }) { continue }
            var reader = RowReader(row: row, headers: headers, table: table)
            if let entry = reader.entry() { entries.append(entry) }
            diagnostics += reader.diagnostics
        }
        return (entries, diagnostics)
    }

    /// The known columns of the header row; unknown (warning), duplicate and missing required
    /// columns (errors) are reported.
    static func mapHeader(_ table: RawTable, _ diagnostics: inout [Diagnostic]) -> [RegisterColumn: RegisterHeader] {
        var headers: [RegisterColumn: RegisterHeader] = [:]
        for (index, cell) in table.header.enumerated() {
            let written = cell.text.trimmedForRegister()
            if written.isEmpty {
                let hasValues = table.rows.contains { index < $0.count && !$0[index].text.trimmedForRegister().isEmpty }
                if hasValues {
                    diagnostics.append(.error(cell.location, "column \(index + 1) has values but no header; name it or delete it"))
                }
                continue
            }
            let (label, unit) = RegisterHeader.split(written)
            guard let column = RegisterColumn.named(label) ?? RegisterColumn.named(written) else {
                diagnostics.append(.warning(cell.location, "unknown column '\(written)' is ignored\(ClosestName.hint(for: label, among: RegisterColumn.allNames))"))
                continue
            }
            var factor = 1.0
            var quantityUnit: String?
            if let unit, RegisterColumn.named(written) == nil {
                switch column.units {
                case nil:
                    diagnostics.append(.error(cell.location, "column '\(written)' takes no unit; write '\(label)'"))
                    continue
                case let units? where units.isEmpty:
                    quantityUnit = unit
                case let units?:
                    guard let match = units.first(where: { $0.names.contains { $0.lowercased() == unit.lowercased() } }) else {
                        let accepted = units.flatMap(\.names).joined(separator: ", ")
                        diagnostics.append(.error(cell.location, "unknown unit '\(unit)' in column '\(written)'; accepted units: \(accepted)"))
                        continue
                    }
                    factor = match.factor
                }
            }
            if let first = headers[column] {
                diagnostics.append(.error(cell.location, "column '\(written)' repeats '\(first.written)' (column \(first.index + 1)); keep one"))
                continue
            }
            headers[column] = RegisterHeader(
                column: column, written: written, factor: factor, unit: quantityUnit, index: index, location: cell.location
            )
        }
        let headerLocation = table.header.first.map { SourceLocation(file: table.file, line: $0.location.line, column: 1) }
            ?? SourceLocation(file: table.file)
        for column in RegisterColumn.allCases where column.isRequired && headers[column] == nil {
            diagnostics.append(.error(headerLocation, "missing column \(column.displayName); every register needs it"))
        }
        return headers
    }
}

/// Reads one data row against the mapped header.
private struct RowReader {
    let row: [RawTable.Cell]
    let headers: [RegisterColumn: RegisterHeader]
    let table: RawTable
    var diagnostics: [Diagnostic] = []

    init(row: [RawTable.Cell], headers: [RegisterColumn: RegisterHeader], table: RawTable) {
        self.row = row
        self.headers = headers
        self.table = table
    }

    var rowLocation: SourceLocation {
        SourceLocation(file: table.file, line: row.first?.location.line ?? 0, column: 1)
    }

    mutating func entry() -> RegisterEntry? {
        if row.count > table.header.count {
            let extra = row[table.header.count]
            diagnostics.append(.error(extra.location, "this row has \(row.count) cells but the header has \(table.header.count)"))
        }
        let id = requiredText(.id)
        let kind = requiredText(.kind).flatMap { parseKind($0) }
        let institution = requiredText(.institution)
        let title = requiredText(.title)
        let status = requiredText(.status).flatMap { parseStatus($0) }
        let start = date(.start)
        let end = date(.end)
        if let start, let end, end < start, let endCell = cell(.end) {
            diagnostics.append(.error(endCell.location, "\(name(.end)) \(end) is before \(name(.start)) \(start)"))
        }
        if status == .completed, end == nil, text(.end)?.isEmpty ?? true {
            let location = cell(.end)?.location ?? cell(.status)?.location ?? rowLocation
            let endName = name(.end)
            diagnostics.append(.error(location, "\(name(.status)) is 已完成 but \(endName) is empty; a completed project needs its completion date"))
        }
        var numbers: [RegisterNumericField: Double] = [:]
        for column in RegisterColumn.allCases {
            guard let field = column.numericField, let value = number(column) else { continue }
            numbers[field] = value
        }
        for field in [RegisterNumericField.pueBefore, .pueAfter] {
            if let value = numbers[field], value < 1, let column = RegisterColumn(rawValue: field.rawValue), let cell = cell(column) {
                diagnostics.append(.error(cell.location, "\(name(column)) is \(format(value)); a PUE is 1 or more"))
                numbers[field] = nil
            }
        }
        if let before = numbers[.pueBefore], let after = numbers[.pueAfter], after > before, let cell = cell(.pueAfter) {
            diagnostics.append(.error(cell.location, "\(name(.pueAfter)) \(format(after)) is above \(name(.pueBefore)) \(format(before)); a retrofit lowers the PUE"))
        }
        let note = text(.note).flatMap { $0.isEmpty ? nil : $0 }
        guard let id, let kind, let institution, let title, let status,
              let idHeader = headers[.id], let institutionHeader = headers[.institution],
              let idCell = cell(.id), let institutionCell = cell(.institution) else { return nil }
        return RegisterEntry(
            id: id, kind: kind, institution: institution, title: title, status: status,
            start: start, end: end,
            areaM2: numbers[.areaM2], capacityKW: numbers[.capacityKW], investmentWan: numbers[.investmentWan],
            savingTce: numbers[.savingTce], pueBefore: numbers[.pueBefore], pueAfter: numbers[.pueAfter],
            quantity: numbers[.quantity], quantityUnit: headers[.quantity]?.unit, note: note,
            location: rowLocation,
            idCell: .init(header: idHeader.written, location: idCell.location),
            institutionCell: .init(header: institutionHeader.written, location: institutionCell.location)
        )
    }

    // MARK: Cells

    /// The header as written, or the column's label and key when the file lacks it.
    func name(_ column: RegisterColumn) -> String {
        headers[column]?.written ?? column.displayName
    }

    func cell(_ column: RegisterColumn) -> RawTable.Cell? {
        guard let header = headers[column], header.index < row.count else { return nil }
        return row[header.index]
    }

    /// The trimmed text; "" for a cell missing at the end of a short row; nil without the column.
    func text(_ column: RegisterColumn) -> String? {
        guard headers[column] != nil else { return nil }
        return cell(column)?.text.trimmedForRegister() ?? ""
    }

    /// Where a problem with the column's value is reported: its cell, or the row's end.
    func location(_ column: RegisterColumn) -> SourceLocation {
        cell(column)?.location ?? row.last?.location ?? rowLocation
    }

    mutating func requiredText(_ column: RegisterColumn) -> String? {
        guard let header = headers[column], let text = text(column) else { return nil }
        if text.isEmpty {
            diagnostics.append(.error(location(column), "\(header.written) is empty; every register row needs it"))
            return nil
        }
        return text
    }

    mutating func parseKind(_ text: String) -> RegisterKind? {
        if let kind = RegisterKind(keyOrName: text) { return kind }
        let candidates = RegisterKind.allCases.flatMap(\.spellings)
        var message = "unknown \(name(.kind)) '\(text)'"
        if let nearest = ClosestName.suggestion(for: text, among: candidates), let kind = RegisterKind(keyOrName: nearest) {
            message += " (did you mean '\(nearest)', kind \(kind.key)?)"
        }
        message += "; accepted: " + RegisterKind.allCases.map { "\($0.key) \($0.chineseName)" }.joined(separator: ", ")
        diagnostics.append(.error(location(.kind), message))
        return nil
    }

    mutating func parseStatus(_ text: String) -> RegisterStatus? {
        if let status = RegisterStatus(keyOrName: text) { return status }
        let accepted = RegisterStatus.allCases.map { "\($0.chineseName) (\($0.key))" }.joined(separator: ", ")
        diagnostics.append(.error(location(.status), "unknown \(name(.status)) '\(text)'; accepted: \(accepted)"))
        return nil
    }

    mutating func date(_ column: RegisterColumn) -> CalendarDate? {
        guard let header = headers[column], let text = text(column), !text.isEmpty else { return nil }
        guard let date = RegisterCellParsing.date(text) else {
            diagnostics.append(.error(location(column), "\(header.written) '\(text)' is not a date; write 2023-06-30 or 2023年6月30日"))
            return nil
        }
        return date
    }

    mutating func number(_ column: RegisterColumn) -> Double? {
        guard let header = headers[column], let text = text(column), !text.isEmpty else { return nil }
        guard let value = RegisterCellParsing.number(text) else {
            diagnostics.append(.error(location(column), "\(header.written) '\(text)' is not a number"))
            return nil
        }
        if value < 0 {
            diagnostics.append(.error(location(column), "\(header.written) is negative (\(text)); write the amount without a sign"))
            return nil
        }
        return value * header.factor
    }

    func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
