import GreenPubModel

/// A table as read from a CSV or XLSX file, before any meaning is given to its columns:
/// the header row and the data rows, every cell with the place it was read from.
///
/// Both the statistics and the registers are read into this shape first, so that encoding,
/// quoting and workbook details live in one place and column mapping in another.
public struct RawTable: Sendable, Hashable {
    /// One cell's text (trimmed of nothing: mapping decides) and where it was read.
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var location: SourceLocation

        public init(text: String, location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// Project-relative path of the file.
    public var file: String
    /// The header row, as written.
    public var header: [Cell]
    /// Data rows in file order; blank lines are already skipped.
    public var rows: [[Cell]]

    public init(file: String, header: [Cell], rows: [[Cell]]) {
        self.file = file
        self.header = header
        self.rows = rows
    }
}
