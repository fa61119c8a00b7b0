/// A CSV file as Excel opens it correctly: UTF-8 with a byte-order mark, RFC 4180 (fields
/// separated by commas, records ended by CRLF, a field quoted when it holds a comma, a quote,
/// CR or LF, quotes inside doubled).
///
/// A text cell that starts with `=`, `+`, `-`, `@`, a tab or a CR would be read by a
/// spreadsheet as a formula; such cells get a leading `'` (the usual guard), so a hostile
/// title in a register stays text. Number cells are written as they are.
struct CSVTable {
    enum Cell {
        case text(String)
        /// A number already formatted by `ExportNumber` (or empty when missing).
        case number(String?)
    }

    var header: [String]
    var rows: [[Cell]] = []

    init(header: [String]) {
        self.header = header
    }

    mutating func append(_ row: [Cell]) { rows.append(row) }

    /// The file's bytes.
    func bytes() -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        func record(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: Self.quoted(field).utf8)
            }
            out.append(contentsOf: [13, 10])
        }
        record(header)
        for row in rows {
            record(row.map { cell in
                switch cell {
                case .text(let text): Self.guarded(text)
                case .number(let text): text ?? ""
                }
            })
        }
        return out
    }

    /// RFC 4180 quoting.
    static func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return field }
        var out = "\""
        for character in field {
            if character == "\"" { out += "\"\"" } else { out.append(character) }
        }
        return out + "\""
    }

    /// Text that a spreadsheet would take for a formula, with a leading `'`.
    static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + text
        default: return text
        }
    }
}
