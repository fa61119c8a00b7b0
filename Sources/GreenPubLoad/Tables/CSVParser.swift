import GreenPubModel

/// Reads comma-separated text (RFC 4180) into a `RawTable`, keeping every cell's location.
///
/// - Quoted cells may hold commas, doubled quotes (`""` for `"`) and line breaks; a line break
///   inside a quoted cell is kept as `\n` whatever the file uses.
/// - Records end at CRLF, LF or CR.
/// - Lines that are blank, or whose cells are all blank (`,,,` as spreadsheets export empty
///   rows), are skipped.
/// - A cell's location is the line and column of its first character (the opening quote of a
///   quoted cell); columns count Unicode scalars from 1, not bytes.
/// - The first record that is not blank is the header.
public enum CSVParser {
    /// Parses `text`, read from the project-relative path `file`.
    /// - Returns: the table (nil when there is no usable header) and every problem found.
    ///   After a recoverable problem the table is still returned, together with the error.
    public static func parse(_ text: String, file: String) -> (RawTable?, [Diagnostic]) {
        var text = text
        let (records, diagnostics) = text.withUTF8 { bytes in
            var scanner = CSVScanner(bytes: bytes, file: file)
            scanner.run()
            return (scanner.records, scanner.diagnostics)
        }
        return makeTable(records: records, diagnostics: diagnostics, file: file)
    }

    private static func makeTable(
        records: [[RawTable.Cell]], diagnostics: [Diagnostic], file: String
    ) -> (RawTable?, [Diagnostic]) {
        guard let header = records.first else {
            if diagnostics.isEmpty {
                return (nil, [.error(SourceLocation(file: file),
                                     "the file is empty; a table needs a header row, then one row per record")])
            }
            return (nil, diagnostics)
        }
        if header.count == 1, let separator = WrongSeparator(headerText: header[0].text) {
            return (nil, diagnostics + [.error(header[0].location,
                "wrong separator: GreenPub reads comma-separated files; this file seems to use "
                    + "\(separator.shown) (save it again as \"CSV UTF-8\", which separates cells with commas)")])
        }
        return (RawTable(file: file, header: header, rows: Array(records.dropFirst())), diagnostics)
    }
}

/// A separator other than the comma, guessed from a header that came out as one cell.
private enum WrongSeparator {
    case semicolon
    case tab

    init?(headerText: String) {
        var semicolons = 0, tabs = 0
        for scalar in headerText.unicodeScalars {
            if scalar == ";" { semicolons += 1 } else if scalar == "\t" { tabs += 1 }
        }
        if semicolons == 0 && tabs == 0 { return nil }
        self = tabs > semicolons ? .tab : .semicolon
    }

    var shown: String {
        switch self {
        case .semicolon: "';'"
        case .tab: "tabs ('\\t')"
        }
    }
}

/// The byte-level state machine behind `CSVParser`.
private struct CSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var records: [[RawTable.Cell]] = []
    var diagnostics: [Diagnostic] = []

    private var index = 0
    private var line = 1
    /// Column of the scalar starting at `index`.
    private var column = 1

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    mutating func run() {
        var record: [RawTable.Cell] = []
        while true {
            let start = SourceLocation(file: file, line: line, column: column)
            let text: String
            if index < bytes.count && bytes[index] == Self.quote {
                guard let quoted = readQuoted(start: start) else { return }  // unterminated: stop
                text = quoted
            } else {
                text = readUnquoted()
            }
            record.append(RawTable.Cell(text: text, location: start))

            // Now at a comma, a line break or the end.
            if index >= bytes.count {
                finish(record)
                return
            }
            let byte = bytes[index]
            if byte == Self.comma {
                advance()
            } else {
                consumeLineBreak()
                finish(record)
                record = []
                record.reserveCapacity(records.last?.count ?? 0)
            }
        }
    }

    private mutating func finish(_ record: [RawTable.Cell]) {
        let blank = record.allSatisfy { cell in
            cell.text.utf8.allSatisfy { $0 == Self.space || $0 == Self.tab }
        }
        if !blank { records.append(record) }
    }

    /// Moves past one byte, counting a column when the byte starts a scalar.
    private mutating func advance() {
        if bytes[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
        // A continuation byte belongs to the scalar already counted; skip all of them.
        while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
    }

    /// Moves past CRLF, LF or CR.
    private mutating func consumeLineBreak() {
        if bytes[index] == Self.cr && index + 1 < bytes.count && bytes[index + 1] == Self.lf {
            index += 2
        } else {
            index += 1
        }
        line += 1
        column = 1
    }

    private mutating func readUnquoted() -> String {
        let begin = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.comma || byte == Self.lf || byte == Self.cr { break }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<index]), as: UTF8.self)
    }

    /// Reads a quoted cell starting at the opening quote; nil when the quote is never closed.
    private mutating func readQuoted(start: SourceLocation) -> String? {
        advance()  // the opening quote
        var content: [UInt8] = []
        while true {
            guard index < bytes.count else {
                diagnostics.append(.error(start, "this quoted cell is never closed: the '\"' opening it "
                    + "has no closing '\"' before the end of the file (write \"\" for a quote inside a cell)"))
                return nil
            }
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 < bytes.count && bytes[index + 1] == Self.quote {
                    content.append(Self.quote)
                    advance()
                    advance()
                    continue
                }
                advance()  // the closing quote
                break
            }
            if byte == Self.cr || byte == Self.lf {
                content.append(Self.lf)
                consumeLineBreak()
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            content.append(byte)
            index += 1
        }
        // Spaces may follow the closing quote; anything else before the separator is an error.
        while index < bytes.count && (bytes[index] == Self.space || bytes[index] == Self.tab) { advance() }
        if index < bytes.count {
            let byte = bytes[index]
            if byte != Self.comma && byte != Self.cr && byte != Self.lf {
                diagnostics.append(.error(SourceLocation(file: file, line: line, column: column),
                    "unexpected text after the closing '\"' of a quoted cell; quote the whole cell "
                        + "and write \"\" for a quote inside it"))
                let rest = readUnquoted()
                content.append(contentsOf: rest.utf8)
            }
        }
        return String(decoding: content, as: UTF8.self)
    }
}
