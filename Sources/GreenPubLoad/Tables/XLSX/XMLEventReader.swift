import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Receives the events of one XML part, with namespace prefixes removed from element names.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: String, attributes: [String: String])
    func endElement(_ name: String)
    func characters(_ text: String)
}

/// A streaming (SAX) read of one XML part of a workbook, forwarding events to a handler.
enum XMLEventReader {
    /// Feeds `data` to `handler`; throws with the parser's line and message when the XML is broken.
    static func read(_ data: Data, part: String, into handler: any XMLEventHandler) throws(XLSXError) {
        // A stream is fed to libxml2 in chunks; one `Data` is pushed whole, and libxml2 refuses
        // a single chunk above 10 MB (a 30,000-row sheet is about 20 MB of XML).
        let parser = XMLParser(stream: InputStream(data: data))
        let forwarder = Forwarder(handler: handler)
        parser.delegate = forwarder
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        // On Linux `parse()` returns true for a document that simply stops (a truncated part) and
        // only sets `parserError`; an empty part gives neither. Check all three signs.
        let succeeded = parser.parse()
        if !succeeded || parser.parserError != nil || forwarder.openElements != 0 || !forwarder.sawRoot {
            let code = (parser.parserError as NSError?).map { " (XML error \($0.code))" } ?? ""
            throw XLSXError("the workbook part \(part) is not well-formed XML\(code), near its line "
                + "\(parser.lineNumber); the file may be damaged: save the workbook again in Excel or WPS")
        }
    }

    /// `x:row` → `row`, `r:id` → `id`.
    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    private final class Forwarder: NSObject, XMLParserDelegate {
        let handler: any XMLEventHandler
        /// Elements started and not yet ended: not zero at the end of a truncated part.
        var openElements = 0
        var sawRoot = false

        init(handler: any XMLEventHandler) {
            self.handler = handler
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            openElements += 1
            sawRoot = true
            handler.startElement(XMLEventReader.localName(elementName), attributes: attributeDict)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            openElements -= 1
            handler.endElement(XMLEventReader.localName(elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.characters(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            handler.characters(String(decoding: CDATABlock, as: UTF8.self))
        }
    }
}

extension Dictionary where Key == String, Value == String {
    /// The value of the attribute whose local name (prefix removed) is `name`.
    /// Keys are visited in sorted order, so the answer does not depend on hashing.
    func attribute(_ name: String) -> String? {
        if let plain = self[name] { return plain }
        for key in keys.sorted() where XMLEventReader.localName(key) == name {
            return self[key]
        }
        return nil
    }
}
