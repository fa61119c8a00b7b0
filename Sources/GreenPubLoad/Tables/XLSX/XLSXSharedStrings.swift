/// The shared-string table (`xl/sharedStrings.xml`): each `<si>` item's text, with rich-text
/// runs concatenated and phonetic guides (`<rPh>`) left out.
enum XLSXSharedStrings {
    static func parse(_ data: [UInt8], part: String) throws(XLSXError) -> [String] {
        let collector = XLSXTextCollector(itemElement: "si")
        try XMLEventReader.read(.init(data), part: part, into: collector)
        return collector.items
    }
}

/// Collects the text of repeated items (`<si>` of shared strings, `<is>` of an inline string):
/// every `<t>` inside the item, except those inside a phonetic run `<rPh>`.
final class XLSXTextCollector: XMLEventHandler {
    let itemElement: String
    private(set) var items: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    init(itemElement: String) {
        self.itemElement = itemElement
    }

    func startElement(_ name: String, attributes: [String: String]) {
        switch name {
        case itemElement:
            inItem = true
            current = ""
        case "rPh":
            phoneticDepth += 1
        case "t":
            inText = inItem && phoneticDepth == 0
        default:
            break
        }
    }

    func endElement(_ name: String) {
        switch name {
        case itemElement:
            items.append(current)
            inItem = false
        case "rPh":
            phoneticDepth -= 1
        case "t":
            inText = false
        default:
            break
        }
    }

    func characters(_ text: String) {
        if inText { current += text }
    }
}
