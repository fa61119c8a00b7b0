import GreenPubModel

/// Reads the data rows of a statistics table whose header has been mapped, collecting problems.
struct StatisticsRowReader {
    let table: RawTable
    let header: StatisticsHeader
    private(set) var diagnostics: [Diagnostic] = []
    private let isWorkbook: Bool
    /// The number of header cells, including unnamed trailing ones.
    private let width: Int
    /// The line (row) where each institution code was first seen.
    private var firstLineOfID: [String: Int] = [:]
    /// Categories and levels already read, by cell text: a year repeats a handful of values.
    private var categoryOfText: [String: InstitutionCategory?] = [:]
    private var levelOfText: [String: InstitutionLevel?] = [:]

    init(table: RawTable, header: StatisticsHeader) {
        self.table = table
        self.header = header
        self.isWorkbook = TableReader.Format(path: table.file) == .xlsx
        self.width = table.header.count
        firstLineOfID.reserveCapacity(table.rows.count)
    }

    /// The cell of `field` in `row`, nil when the column is absent or the row is too short.
    func cell(_ row: [RawTable.Cell], _ field: StatisticsField) -> RawTable.Cell? {
        guard let column = header[field], column.index < row.count else { return nil }
        return row[column.index]
    }

    /// One institution, or nil when the row has an error (each reported).
    mutating func read(_ row: [RawTable.Cell]) -> InstitutionRecord? {
        let errorsBefore = diagnostics.count
        checkWidth(row)

        let id = text(row, .id)
        if let id { checkUnique(id, row) }
        let name = text(row, .name)
        let category = readCategory(row)
        let level = readLevel(row)
        let area = measure(row, .areaM2)
        let users = measure(row, .users)
        let vehicles = count(row, .vehicles)
        let newEnergy = count(row, .newEnergyVehicles)
        var energy = EnergyQuantities()
        energy.electricityKWh = quantity(row, .electricityKWh)
        energy.coalKg = quantity(row, .coalKg)
        energy.gasM3 = quantity(row, .gasM3)
        energy.lpgKg = quantity(row, .lpgKg)
        energy.gasolineL = quantity(row, .gasolineL)
        energy.dieselL = quantity(row, .dieselL)
        energy.heatMJ = quantity(row, .heatMJ)
        let water = quantity(row, .waterM3)
        let pv = quantity(row, .pvKWh)

        if let vehicles, let newEnergy, newEnergy > vehicles, let nevColumn = header[.newEnergyVehicles] {
            let location = cell(row, .newEnergyVehicles)?.location ?? missingLocation(row, nevColumn)
            let vehiclesText = header[.vehicles].map { "\($0.header) (\(vehicles))" }
                ?? "the vehicles (0: the file has no \(StatisticsField.vehicles.label) column)"
            diagnostics.append(.error(location,
                "\(nevColumn.header) (\(newEnergy)) is more than \(vehiclesText); new-energy vehicles are "
                    + "counted among the vehicles, so they cannot outnumber them"))
        }
        guard diagnostics.count == errorsBefore, let id, let name, let category, let area, let users else {
            return nil
        }
        return InstitutionRecord(
            id: id, name: name, category: category, level: level ?? nil, areaM2: area, users: users,
            vehicles: vehicles ?? 0, newEnergyVehicles: newEnergy ?? 0, energy: energy, waterM3: water, pvKWh: pv,
            location: SourceLocation(file: table.file, line: row.first?.location.line ?? 0))
    }

    // MARK: - Cells

    private mutating func checkUnique(_ id: String, _ row: [RawTable.Cell]) {
        guard let column = header[.id] else { return }
        let location = raw(row, column).location
        // One lookup: the slot is made (as Int.min, no line yet) when the id is new, and filled at once.
        func claim(_ firstLine: inout Int) -> Int? {
            if firstLine != Int.min { return firstLine }
            firstLine = location.line
            return nil
        }
        if let firstLine = claim(&firstLineOfID[id, default: Int.min]) {
            diagnostics.append(.error(location,
                "\(column.header) \"\(id)\" appears again; \(StatisticsLoader.rowWord(table.file)) \(firstLine) "
                    + "already has this institution, and each institution appears once a year"))
        }
    }

    private mutating func checkWidth(_ row: [RawTable.Cell]) {
        guard row.count > width,
              let extra = row[width...].first(where: { !StatisticsHeaderText.shown($0.text).isEmpty }) else { return }
        let position = row.firstIndex { $0.location == extra.location }.map { $0 + 1 } ?? row.count
        diagnostics.append(.error(extra.location,
            "this row has a value in column \(position), but the header has only \(width) columns; "
                + "give the column a header or remove the value"))
    }

    /// Where a cell missing from a short row is reported: its row and column in a workbook,
    /// the row's last line in a text file.
    private func missingLocation(_ row: [RawTable.Cell], _ column: StatisticsColumn) -> SourceLocation {
        let line = row.last?.location.line ?? 0
        if isWorkbook { return SourceLocation(file: table.file, line: line, column: column.headerLocation.column) }
        return SourceLocation(file: table.file, line: line)
    }

    /// The trimmed text of a field's cell ("" when absent) and where to report it.
    private func raw(_ row: [RawTable.Cell], _ column: StatisticsColumn) -> (text: String, location: SourceLocation) {
        guard column.index < row.count else { return ("", missingLocation(row, column)) }
        let cell = row[column.index]
        return (cell.text.trimmingWhitespace(), cell.location)
    }

    /// "建筑面积 is empty", saying so when the row stops before the column.
    private func emptyMessage(_ row: [RawTable.Cell], _ column: StatisticsColumn) -> String {
        guard column.index >= row.count else { return "\(column.header) is empty" }
        return "\(column.header) is empty (the row has \(row.count) cells, the header \(width))"
    }

    /// A required text; nil (with an error) when empty.
    private mutating func text(_ row: [RawTable.Cell], _ field: StatisticsField) -> String? {
        guard let column = header[field] else { return nil }
        let (text, location) = raw(row, column)
        if text.isEmpty {
            diagnostics.append(.error(location, "\(emptyMessage(row, column)); \(field.requiredReason)"))
            return nil
        }
        return text
    }

    private mutating func readCategory(_ row: [RawTable.Cell]) -> InstitutionCategory? {
        guard let column = header[.category], let text = text(row, .category) else { return nil }
        let known: InstitutionCategory?
        if let cached = categoryOfText[text] {
            known = cached
        } else {
            known = InstitutionCategory(lenient: text)
            categoryOfText[text] = known
        }
        if let known { return known }
        let accepted = InstitutionCategory.allCases.map { category in
            category == .stateOrgan ? "\(category.code) \(category.chineseName) (or 党政机关)"
                : "\(category.code) \(category.chineseName)"
        }.joined(separator: ", ")
        diagnostics.append(.error(raw(row, column).location,
            "\(column.header) \"\(text)\" is not a known category; use a code or a name: \(accepted)"))
        return nil
    }

    /// nil: no column or error; .some(nil): empty cell; .some(level).
    private mutating func readLevel(_ row: [RawTable.Cell]) -> InstitutionLevel?? {
        guard let column = header[.level] else { return .some(nil) }
        let (text, location) = raw(row, column)
        if text.isEmpty { return .some(nil) }
        let known: InstitutionLevel?
        if let cached = levelOfText[text] {
            known = cached
        } else {
            known = InstitutionLevel(chineseOrKey: text)
            levelOfText[text] = known
        }
        if let known { return .some(known) }
        diagnostics.append(.error(location,
            "\(column.header) \"\(text)\" is not a known level; use 县级 or 乡镇级 (街道 counts as 乡镇级)"))
        return nil
    }

    /// A number of a field's column in its canonical unit; nil (with an error) when unreadable,
    /// negative, or empty where `emptyMeans` is nil.
    private mutating func number(
        _ row: [RawTable.Cell], _ column: StatisticsColumn, emptyMeans: Double?
    ) -> (value: Double, location: SourceLocation)? {
        guard column.index < row.count else {
            if let emptyMeans { return (emptyMeans, missingLocation(row, column)) }
            diagnostics.append(.error(missingLocation(row, column),
                "\(emptyMessage(row, column)); \(column.field.requiredReason)"))
            return nil
        }
        let location = row[column.index].location
        let written = row[column.index].text
        switch StatisticsNumber.read(written) {
        case .empty:
            if let emptyMeans { return (emptyMeans, location) }
            diagnostics.append(.error(location, "\(emptyMessage(row, column)); \(column.field.requiredReason)"))
            return nil
        case .invalid:
            let hint = emptyMeans == nil ? "" : " (leave the cell empty for none)"
            diagnostics.append(.error(location,
                "\(column.header) is not a number: \"\(written.trimmingWhitespace())\"; write digits such as "
                    + "1234.5 or 1,234.5\(hint)"))
            return nil
        case .number(let number):
            if number.isBelowZero {
                diagnostics.append(.error(location,
                    "\(column.header) is negative (\(written.trimmingWhitespace())); a quantity cannot be below zero"))
                return nil
            }
            let value = number.value(timesPowerOfTen: column.tens) * column.factor
            guard value.isFinite else {
                diagnostics.append(.error(location, "\(column.header) is too large: \"\(written.trimmingWhitespace())\""))
                return nil
            }
            return (value, location)
        }
    }

    private mutating func measure(_ row: [RawTable.Cell], _ field: StatisticsField) -> Double? {
        guard let column = header[field], let (value, location) = number(row, column, emptyMeans: nil) else {
            return nil
        }
        if value == 0 {
            let what = field == .areaM2 ? "the floor area" : "the number of energy users"
            diagnostics.append(.error(location, "\(column.header) is 0; \(what) must be above zero"))
            return nil
        }
        return value
    }

    /// A whole number of vehicles; 0 when the column is absent or the cell empty.
    private mutating func count(_ row: [RawTable.Cell], _ field: StatisticsField) -> Int? {
        guard let column = header[field] else { return 0 }
        guard let (value, location) = number(row, column, emptyMeans: 0) else { return nil }
        guard value == value.rounded(), value < 1e9 else {
            diagnostics.append(.error(location,
                "\(column.header) is not a whole number: \"\(raw(row, column).text)\"; count the vehicles"))
            return nil
        }
        return Int(value)
    }

    /// A yearly quantity; 0 when the column is absent or the cell empty.
    private mutating func quantity(_ row: [RawTable.Cell], _ field: StatisticsField) -> Double {
        guard let column = header[field] else { return 0 }
        return number(row, column, emptyMeans: 0)?.value ?? 0
    }
}

extension Unicode.Scalar {
    /// White space by the Unicode property, answered without a table lookup for ASCII.
    var isWhitespace: Bool {
        value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
    }
}

extension String {
    /// Without leading and trailing white space (including full-width spaces and line breaks).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isUnicodeWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isUnicodeWhitespace }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace` (Unicode's White_Space property, 25 code points) by a switch
    /// instead of the property tables: every statistics cell is trimmed with it.
    var isUnicodeWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension InstitutionCategory {
    /// Reads a code or name as `init(codeOrName:)` does, and also a code followed by its name
    /// (`021 教育`, `021教育`, `021-教育`) when both agree.
    init?(lenient text: String) {
        if let category = InstitutionCategory(codeOrName: text) {
            self = category
            return
        }
        let code = String(text.prefix { $0.isASCII && $0.isNumber })
        guard !code.isEmpty, let byCode = InstitutionCategory(codeOrName: code) else { return nil }
        let rest = text.dropFirst(code.count).drop { $0 == " " || $0 == "-" || $0 == "—" || $0 == "_" || $0 == "　" }
        let name = String(rest)
        guard name.isEmpty || InstitutionCategory(codeOrName: name) == byCode else { return nil }
        self = byCode
    }
}
