/// From `xl/styles.xml`, which cell styles (the `s` attribute of a cell) show a number as a date.
///
/// Dates are numbers in a workbook (days since 1899-12-30); only the number format says a cell
/// is a date, and registers hold dates, so the reader turns those cells into ISO dates.
struct XLSXStyles {
    /// For each cell style index, whether its number format is a date format.
    var dateStyles: [Bool]

    static let none = XLSXStyles(dateStyles: [])

    func isDate(style: Int) -> Bool { style >= 0 && style < dateStyles.count && dateStyles[style] }

    static func parse(_ data: [UInt8], part: String) throws(XLSXError) -> XLSXStyles {
        let collector = Collector()
        try XMLEventReader.read(data, part: part, into: collector)
        let dates = collector.cellFormatIDs.map { id in
            if let code = collector.customFormats[id] { return isDateFormat(code) }
            return isBuiltInDateFormat(id)
        }
        return XLSXStyles(dateStyles: dates)
    }

    /// Built-in number formats that show dates: 14-22 and 45-47 everywhere, and 27-36 and 50-58
    /// which the Chinese, Japanese and Korean editions of Excel use for their local date styles.
    static func isBuiltInDateFormat(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// A custom format code shows a date when, outside quoted text, escapes and `[...]` parts,
    /// it holds a year or day token (`y`, `d`) or the characters 年 or 日.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            if inBracket { if character == "]" { inBracket = false }; continue }
            switch character {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\", "_", "*": escaped = true
            case "y", "Y", "d", "D", "年", "日": return true
            default: break
            }
        }
        return false
    }

    private final class Collector: XMLEventHandler {
        var customFormats: [Int: String] = [:]
        var cellFormatIDs: [Int] = []
        private var inCellXfs = false

        func startElement(_ name: String, attributes: XMLAttributes) {
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init),
                   let code = attributes["formatCode"] {
                    customFormats[id] = code
                }
            case "cellXfs":
                inCellXfs = true
            case "xf" where inCellXfs:
                cellFormatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default:
                break
            }
        }

        func endElement(_ name: String) {
            if name == "cellXfs" { inCellXfs = false }
        }

        func characters(_ text: String) {}
    }
}
