import GreenPubModel

/// Reads the year statistics (`content/data/statistics/<YEAR>.csv|xlsx`) into `YearStatistics`.
///
/// See DATA.md §1 for the columns, labels and units. Every problem of a file is reported, each
/// at its cell and naming the column's header as written in the file.
public enum StatisticsLoader {
    /// Pure: one file's table → that year's records and the problems found.
    ///
    /// - Returns: nil when the header cannot be used (a required column is missing, or the first
    ///   row names no statistics column) or the table has no rows. Otherwise the year holds every
    ///   row that was read without error; rows with errors are left out, and each error is in the
    ///   diagnostics, so a caller must check `hasErrors` before trusting the year as complete.
    public static func parseYear(table: RawTable, year: Int, factors: FactorTable) -> (YearStatistics?, [Diagnostic]) {
        let header = StatisticsHeader(table: table, factors: factors.factors(for: year))
        var diagnostics = header.diagnostics
        guard header.isUsable else { return (nil, diagnostics) }
        guard !table.rows.isEmpty else {
            diagnostics.append(.error(SourceLocation(file: table.file, line: table.header.first?.location.line ?? 1),
                "the file has a header but no institutions; add one row per institution"))
            return (nil, diagnostics)
        }

        var reader = StatisticsRowReader(table: table, header: header)
        var institutions: [InstitutionRecord] = []
        institutions.reserveCapacity(table.rows.count)
        for row in table.rows {
            if let record = reader.read(row) { institutions.append(record) }
        }
        diagnostics += reader.diagnostics
        return (YearStatistics(year: year, file: table.file, institutions: institutions), diagnostics)
    }

    /// "row" for a workbook, whose locations are rows; "line" for a text file.
    static func rowWord(_ file: String) -> String {
        TableReader.Format(path: file) == .xlsx ? "row" : "line"
    }
}
