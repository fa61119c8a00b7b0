/// A streaming read of one XML part of a workbook: its events go to a handler as the bytes are
/// read, and nothing of the document is kept but the open elements. No external entity, DTD or
/// other file is ever read.
enum XMLEventReader {
    /// Feeds `bytes` to `handler`.
    /// - Throws: when the part is not well-formed XML, with its name, line and column.
    static func read<Handler: XMLEventHandler>(_ bytes: [UInt8], part: String, into handler: Handler)
        throws(XLSXError) {
        let outcome = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(XMLSyntaxError) in try feed(buffer, source: bytes, to: handler) }
        }
        if case .failure(let error) = outcome {
            throw XLSXError(message(error, bytes: bytes, part: part))
        }
    }

    /// An element started and not yet ended.
    private struct OpenElement {
        var name: XMLTokenizer.Name
        var localName: String
        var offset: Int
    }

    private static func feed<Handler: XMLEventHandler>(
        _ buffer: UnsafeBufferPointer<UInt8>, source: [UInt8], to handler: Handler
    ) throws(XMLSyntaxError) {
        var tokenizer = try XMLTokenizer(buffer)
        var open: [OpenElement] = []
        var sawRoot = false
        while let token = try tokenizer.next() {
            let tokenStart = tokenizer.tokenStart
            switch token {
            case .startTag(let name, let isEmpty):
                if open.isEmpty && sawRoot {
                    throw XMLSyntaxError(.secondRootElement(tokenizer.text(name.range)), at: tokenStart)
                }
                sawRoot = true
                let localName = tokenizer.text(name.localStart..<name.range.upperBound)
                handler.startElement(localName, attributes: XMLAttributes(source: source, spans: tokenizer.attributes))
                if isEmpty {
                    handler.endElement(localName)
                } else {
                    open.append(OpenElement(name: name, localName: localName, offset: tokenStart))
                }
            case .endTag(let name):
                guard let element = open.popLast() else {
                    throw XMLSyntaxError(.endTagWithoutStartTag(tokenizer.text(name.range)), at: tokenStart)
                }
                guard buffer[name.range].elementsEqual(buffer[element.name.range]) else {
                    throw XMLSyntaxError(.mismatchedEndTag(
                        found: tokenizer.text(name.range), open: tokenizer.text(element.name.range),
                        line: XMLTextPosition(offset: element.offset, in: source).line), at: tokenStart)
                }
                handler.endElement(element.localName)
            case .text(let span):
                guard !open.isEmpty else {
                    if span.isWhitespace { continue }
                    throw XMLSyntaxError(.textOutsideRootElement, at: span.range.lowerBound)
                }
                handler.characters(text(span, in: buffer, as: .text))
            case .cdata(let span):
                guard !open.isEmpty else { throw XMLSyntaxError(.cdataOutsideRootElement, at: tokenStart) }
                handler.characters(text(span, in: buffer, as: .cdata))
            }
        }
        if let element = open.last {
            throw XMLSyntaxError(.unclosedElement(
                name: tokenizer.text(element.name.range),
                line: XMLTextPosition(offset: element.offset, in: source).line), at: buffer.count)
        }
        if !sawRoot {
            let isBlank = buffer[tokenizer.documentStart...].allSatisfy(XMLByte.isWhitespace)
            throw XMLSyntaxError(isBlank ? .empty : .noRootElement, at: buffer.count)
        }
    }

    private static func text(_ span: XMLTokenizer.TextSpan, in buffer: UnsafeBufferPointer<UInt8>,
                             as content: XMLReferences.Content) -> String {
        guard span.needsDecoding else {
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[span.range]), as: UTF8.self)
        }
        return XMLReferences.decode(buffer, span.range, as: content)
    }

    private static func message(_ error: XMLSyntaxError, bytes: [UInt8], part: String) -> String {
        let position = XMLTextPosition(offset: error.offset, in: bytes)
        let place = "at its line \(position.line), column \(position.column)"
        let advice = "save the workbook again in Excel or WPS"
        switch error.reason {
        case .utf16:
            return "the workbook part \(part) is in UTF-16; GreenPub reads workbook parts in UTF-8 only: \(advice)"
        case .unsupportedEncoding(let name):
            return "the workbook part \(part) declares the encoding \"\(name)\"; GreenPub reads workbook parts "
                + "in UTF-8 only: \(advice)"
        case .documentType:
            return "the workbook part \(part) has a document type declaration (<!DOCTYPE ...>) \(place), which "
                + "workbook parts do not have and GreenPub does not read: \(advice)"
        default:
            return "the workbook part \(part) is not well-formed XML: \(error.reason), \(place); "
                + "the file may be damaged: \(advice)"
        }
    }
}
