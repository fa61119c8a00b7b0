/// What GreenPub needs from `xl/workbook.xml`: the sheets in tab order and the date system.
struct XLSXWorkbookPart {
    struct Sheet: Hashable {
        var name: String
        /// The relationship id (`r:id`) leading to the sheet's part.
        var relationshipID: String
        var isHidden: Bool
    }

    var sheets: [Sheet]
    /// True when dates count from 1904-01-01 (old Mac workbooks) instead of 1899-12-30.
    var uses1904DateSystem: Bool

    /// The sheet a table is read from: the first visible one in tab order.
    var firstSheet: Sheet? { sheets.first { !$0.isHidden } ?? sheets.first }

    static func parse(_ data: [UInt8], part: String) throws(XLSXError) -> XLSXWorkbookPart {
        let collector = Collector()
        try XMLEventReader.read(data, part: part, into: collector)
        return XLSXWorkbookPart(sheets: collector.sheets, uses1904DateSystem: collector.uses1904)
    }

    private final class Collector: XMLEventHandler {
        var sheets: [Sheet] = []
        var uses1904 = false

        func startElement(_ name: String, attributes: XMLAttributes) {
            switch name {
            case "sheet":
                guard let id = attributes["id"] else { return }
                let state = attributes["state"] ?? "visible"
                sheets.append(Sheet(name: attributes["name"] ?? "", relationshipID: id,
                                    isHidden: state != "visible"))
            case "workbookPr":
                let value = attributes["date1904"] ?? "0"
                uses1904 = value == "1" || value.lowercased() == "true"
            default:
                break
            }
        }

        func endElement(_ name: String) {}
        func characters(_ text: String) {}
    }
}
