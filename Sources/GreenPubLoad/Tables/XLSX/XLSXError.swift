import GreenPubModel

/// Why a workbook could not be read; becomes a `Diagnostic` at the file or at a cell.
struct XLSXError: Error, Equatable {
    var message: String
    /// Row and column of the cell concerned, when there is one.
    var cell: XLSXCellReference?

    init(_ message: String, cell: XLSXCellReference? = nil) {
        self.message = message
        self.cell = cell
    }

    func diagnostic(file: String) -> Diagnostic {
        .error(cell?.location(file: file) ?? SourceLocation(file: file), message)
    }
}
