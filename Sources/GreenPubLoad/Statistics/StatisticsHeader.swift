import GreenPubModel

/// One statistics column found in a file's header: which field, where, and its unit. A class:
/// the row reader looks a column up for every cell, and a reference is one count to copy where
/// the fields were two strings.
final class StatisticsColumn {
    let field: StatisticsField
    /// 0-based index of the column in the table's rows.
    let index: Int
    /// The header as written (for messages).
    let header: String
    let headerLocation: SourceLocation
    /// Multiply by 10^n ...
    let tens: Int
    /// ... then by this factor (1 except for fuel given by mass).
    let factor: Double

    init(field: StatisticsField, index: Int, header: String, headerLocation: SourceLocation, tens: Int = 0,
         factor: Double = 1) {
        self.field = field
        self.index = index
        self.header = header
        self.headerLocation = headerLocation
        self.tens = tens
        self.factor = factor
    }
}

/// The meaning of a statistics file's header row: a column per field, and the problems found.
struct StatisticsHeader {
    /// Bound columns, indexed by `StatisticsField.rawValue`.
    private(set) var columns: [StatisticsColumn?] = Array(repeating: nil, count: StatisticsField.allCases.count)
    private(set) var diagnostics: [Diagnostic] = []
    /// True when the header can be used to read rows: every required column is present.
    private(set) var isUsable = false

    subscript(field: StatisticsField) -> StatisticsColumn? { columns[field.rawValue] }

    /// Maps `table`'s header; `factors` are those of the file's year (fuel densities).
    init(table: RawTable, factors: FactorSet) {
        var unnamed: [Int] = []
        // Fields whose column is present but unusable (unknown unit): reported there, not as missing.
        var rejected: [StatisticsField] = []
        var unknown: [RawTable.Cell] = []
        for (index, cell) in table.header.enumerated() {
            let shown = StatisticsHeaderText.shown(cell.text)
            if shown.isEmpty {
                unnamed.append(index)
                continue
            }
            let (label, unit) = StatisticsHeaderText.split(cell.text)
            guard let field = Self.field(forLabel: label) ?? (unit == nil ? nil : Self.field(forLabel:
                StatisticsHeaderText.normalized(cell.text))) else {
                unknown.append(cell)
                continue
            }
            if let first = columns[field.rawValue] {
                diagnostics.append(.error(cell.location,
                    "\(shown) holds the same quantity (\(field.key)) as \(first.header) in column \(first.index + 1); "
                        + "keep only one of the two columns"))
                continue
            }
            guard let column = bind(field, index: index, cell: cell, shown: shown, unit: unit, factors: factors)
            else {
                rejected.append(field)
                continue
            }
            columns[field.rawValue] = column
        }

        if columns.allSatisfy({ $0 == nil }) && diagnostics.isEmpty {
            diagnostics.append(.error(Self.rowLocation(table),
                "the first row names none of the statistics columns; the header row must come "
                    + "first (remove any title rows above it), with columns such as \(Self.knownLabels)"))
            return
        }
        for cell in unknown {
            diagnostics.append(.warning(cell.location,
                "\(StatisticsHeaderText.shown(cell.text)) is not a statistics column, so its values are ignored; "
                    + "known columns are \(Self.knownLabels) (or their keys, such as electricity_kwh)"))
        }
        for index in unnamed {
            if let value = table.rows.lazy.compactMap({ $0.indices.contains(index) ? $0[index] : nil })
                .first(where: { !StatisticsHeaderText.shown($0.text).isEmpty }) {
                diagnostics.append(.warning(value.location,
                    "column \(index + 1) has no header, so its values are ignored; give it a header or delete it"))
            }
        }
        var missingRequired = false
        for field in StatisticsField.allCases where field.isRequired && columns[field.rawValue] == nil {
            missingRequired = true
            if rejected.contains(field) { continue }
            diagnostics.append(.error(Self.rowLocation(table),
                "the header has no \(field.label) column; \(field.requiredReason): "
                    + "add a column headed \(field.label) or \(field.key)"))
        }
        isUsable = !missingRequired
    }

    private static func rowLocation(_ table: RawTable) -> SourceLocation {
        SourceLocation(file: table.file, line: table.header.first?.location.line ?? 1)
    }

    /// Every field's usual label, in field order.
    static let knownLabels = StatisticsField.allCases.map(\.label).joined(separator: ", ")

    /// The field a normalised label (Chinese label or canonical key) names.
    static func field(forLabel label: String) -> StatisticsField? {
        labelIndex.first { $0.label == label }?.field
    }

    private static let labelIndex: [(label: String, field: StatisticsField)] = StatisticsField.allCases.flatMap { field in
        ([field.key] + field.labels).map { (StatisticsHeaderText.normalized($0), field) }
    }

    private mutating func bind(
        _ field: StatisticsField, index: Int, cell: RawTable.Cell, shown: String, unit: String?, factors: FactorSet
    ) -> StatisticsColumn? {
        func column(tens: Int = 0, factor: Double = 1) -> StatisticsColumn {
            StatisticsColumn(field: field, index: index, header: shown, headerLocation: cell.location, tens: tens,
                             factor: factor)
        }
        // Text columns take no unit: words in parentheses are a note, e.g. 单位名称（全称）.
        guard let unit, !field.units.isEmpty else { return column() }
        guard let known = field.units.first(where: { $0.matches(unit) }) else {
            let accepted = field.units.map(\.shown).joined(separator: "; ")
            let written = shown.hasSuffix(")") || shown.hasSuffix("）") ? unitAsWritten(shown) : unit
            diagnostics.append(.error(cell.location,
                "\(shown): the unit \(written) is not one GreenPub converts for \(field.key); "
                    + "write one of: \(accepted)"))
            return nil
        }
        switch known.conversion {
        case .powerOfTen(let tens):
            return column(tens: tens)
        case .fuelMass(let kgPerUnit):
            let density = field.fuel == .diesel ? factors.dieselDensity : factors.gasolineDensity
            guard density.value > 0 else {
                diagnostics.append(.error(cell.location,
                    "\(shown) is given by mass, but the density of \(field.fuel?.chineseName ?? field.key) in the "
                        + "factors is not above zero, so it cannot be turned into litres"))
                return nil
            }
            return column(factor: kgPerUnit / density.value)
        }
    }

    /// The text inside the last parentheses of a header as written: `用电量（万元）` → `万元`.
    private func unitAsWritten(_ shown: String) -> String {
        guard let open = shown.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return shown }
        return String(shown[shown.index(after: open)..<shown.index(before: shown.endIndex)])
    }
}
