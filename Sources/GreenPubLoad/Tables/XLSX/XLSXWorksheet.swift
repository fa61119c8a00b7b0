/// The cells of one worksheet part (`<sheetData>`), as stored: reference, type, value, style.
struct XLSXWorksheet {
    /// One `<c>` element.
    struct StoredCell: Hashable {
        var reference: XLSXCellReference
        /// The `t` attribute: `s` shared string, `inlineStr`, `str` formula text, `b` boolean,
        /// `e` error, `d` ISO date, `n` or nil a number.
        var type: String?
        /// The text of `<v>`, nil when the cell has none.
        var value: String?
        /// The text of `<is>` for an inline string.
        var inlineText: String?
        /// The `s` attribute: index into the cell styles.
        var style: Int
        var hasFormula: Bool
    }

    var cells: [StoredCell]
    /// References that could not be read, to report.
    var badReferences: [(text: String, near: XLSXCellReference)]

    static func parse(_ data: [UInt8], part: String) throws(XLSXError) -> XLSXWorksheet {
        let collector = Collector()
        try XMLEventReader.read(data, part: part, into: collector)
        return XLSXWorksheet(cells: collector.cells, badReferences: collector.badReferences)
    }

    private final class Collector: XMLEventHandler {
        var cells: [StoredCell] = []
        var badReferences: [(text: String, near: XLSXCellReference)] = []

        private var row = 0
        private var nextColumn = 1
        private var cell: StoredCell?
        private var inValue = false
        private var value = ""
        private var inline: XLSXTextCollector?

        func startElement(_ name: String, attributes: XMLAttributes) {
            if let inline {
                inline.startElement(name, attributes: attributes)
                return
            }
            switch name {
            case "row":
                row = attributes["r"].flatMap(Int.init) ?? row + 1
                nextColumn = 1
            case "c":
                var reference = XLSXCellReference(row: max(row, 1), column: nextColumn)
                if let text = attributes["r"] {
                    if let parsed = XLSXCellReference(text) {
                        reference = parsed
                    } else {
                        badReferences.append((text, reference))
                    }
                }
                nextColumn = reference.column + 1
                cell = StoredCell(reference: reference, type: attributes["t"], value: nil,
                                  inlineText: nil, style: attributes["s"].flatMap(Int.init) ?? 0,
                                  hasFormula: false)
            case "v" where cell != nil:
                inValue = true
                value = ""
            case "f" where cell != nil:
                cell?.hasFormula = true
            case "is" where cell != nil:
                let collector = XLSXTextCollector(itemElement: "is")
                collector.startElement(name, attributes: attributes)
                inline = collector
            default:
                break
            }
        }

        func endElement(_ name: String) {
            if let inline {
                inline.endElement(name)
                if name == "is" {
                    cell?.inlineText = inline.items.first ?? ""
                    self.inline = nil
                }
                return
            }
            switch name {
            case "v" where inValue:
                cell?.value = value
                inValue = false
            case "c":
                if let cell { cells.append(cell) }
                cell = nil
            default:
                break
            }
        }

        func characters(_ text: String) {
            if let inline {
                inline.characters(text)
            } else if inValue {
                value += text
            }
        }
    }
}
