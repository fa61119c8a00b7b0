import GreenPubModel

/// A cell reference such as `C12`: row 12, column 3 (both 1-based).
///
/// Locations in a workbook are printed as `file.xlsx:row:column`, so `C12` is `file.xlsx:12:3`.
struct XLSXCellReference: Hashable, Comparable {
    var row: Int
    var column: Int

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `C12`, `AB7`, `$C$12`; nil for anything else.
    init?(_ text: String) {
        var column = 0, row = 0, sawLetter = false, sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                sawLetter = true
                guard column <= 16_384 else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                sawDigit = true
                guard row <= 1_048_576 else { return nil }
            default:
                return nil
            }
        }
        guard sawLetter, sawDigit, row > 0 else { return nil }
        self.row = row
        self.column = column
    }

    func location(file: String) -> SourceLocation {
        SourceLocation(file: file, line: row, column: column)
    }

    static func < (lhs: XLSXCellReference, rhs: XLSXCellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
