/// The shared-string table (`xl/sharedStrings.xml`): each `<si>` item's text, with rich-text
/// runs concatenated and phonetic guides (`<rPh>`) left out.
enum XLSXSharedStrings {
    static func parse(_ data: [UInt8], part: String) throws(XLSXError) -> [String] {
        let collector = XLSXTextCollector(itemElement: "si")
        try XMLEventReader.read(data, part: part, into: collector)
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

    func startElement(_ name: String, attributes: XMLAttributes) {
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
            items.append(XLSXEscapes.decode(current))
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

/// Excel writes characters that XML cannot hold (carriage returns, control characters) in cell
/// text as `_xHHHH_`, and a literal `_x` sequence as `_x005F_x...`.
enum XLSXEscapes {
    static func decode(_ text: String) -> String {
        // Looked for in the UTF-8 bytes: `contains("_x")` would be Foundation's, through NSString.
        let underscore = UInt8(ascii: "_"), x = UInt8(ascii: "x")
        guard zip(text.utf8, text.utf8.dropFirst()).contains(where: { $0 == underscore && $1 == x }) else {
            return text
        }
        var scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[index + 2..<index + 6])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.append(scalar)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        scalars.removeAll()
        return String(result)
    }
}
