/// Start tags, end tags, their names and attributes.
extension XMLTokenizer {
    mutating func scanStartTag() throws(XMLSyntaxError) -> Token {
        position += 1
        let name = try scanName(expected: "an element name after \"<\"")
        attributes.removeAll(keepingCapacity: true)
        while true {
            let hadSpace = skipWhitespace()
            guard position < bytes.count else { throw XMLSyntaxError(.endsInside("a tag"), at: position) }
            switch bytes[position] {
            case XMLByte.greaterThan:
                position += 1
                return .startTag(name, isEmpty: false)
            case XMLByte.slash:
                position += 1
                try expect(XMLByte.greaterThan, "\">\" after \"/\"")
                return .startTag(name, isEmpty: true)
            default:
                guard hadSpace else { throw unexpected("a space, \">\" or \"/>\"") }
                let attributeStart = position
                let attribute = try scanAttribute()
                for other in attributes where same(other.name, attribute.name) {
                    throw XMLSyntaxError(.duplicateAttribute(text(attribute.name)), at: attributeStart)
                }
                attributes.append(attribute)
            }
        }
    }

    mutating func scanEndTag() throws(XMLSyntaxError) -> Token {
        position += 2
        let name = try scanName(expected: "an element name after \"</\"")
        skipWhitespace()
        try expect(XMLByte.greaterThan, "\">\" after the element name")
        return .endTag(name)
    }

    /// `name = "value"` or `name='value'`.
    mutating func scanAttribute() throws(XMLSyntaxError) -> XMLAttributes.Span {
        let name = try scanName(expected: "an attribute name")
        skipWhitespace()
        try expect(XMLByte.equals, "\"=\" after the attribute name")
        skipWhitespace()
        guard position < bytes.count else { throw XMLSyntaxError(.endsInside("a tag"), at: position) }
        let quote = bytes[position]
        guard quote == XMLByte.quote || quote == XMLByte.apostrophe else {
            throw unexpected("a quote (\" or ') opening the attribute value")
        }
        position += 1
        let start = position
        var needsDecoding = false
        while true {
            guard position < bytes.count else { throw XMLSyntaxError(.endsInside("an attribute value"), at: start - 1) }
            let byte = bytes[position]
            switch byte {
            case quote:
                position += 1
                return XMLAttributes.Span(name: name.range, localNameStart: name.localStart,
                                          value: start..<position - 1, needsDecoding: needsDecoding)
            case XMLByte.lessThan:
                throw XMLSyntaxError(.lessThanInAttributeValue, at: position)
            case XMLByte.ampersand:
                position = try XMLReferences.read(in: bytes, at: position).end
                needsDecoding = true
                continue
            case XMLByte.tab, XMLByte.lineFeed, XMLByte.carriageReturn:
                needsDecoding = true
            default:
                if byte < 0x20 || byte >= 0x80 {
                    position += try characterLength()
                    continue
                }
            }
            position += 1
        }
    }

    mutating func scanName(expected: String) throws(XMLSyntaxError) -> Name {
        let start = position
        var localStart = position
        guard position < bytes.count else { throw XMLSyntaxError(.endsInside("a tag"), at: position) }
        guard XMLByte.isNameStart(bytes[position]) else { throw unexpected(expected) }
        while position < bytes.count {
            let byte = bytes[position]
            if byte >= 0x80 {
                position += try characterLength()
                continue
            }
            guard XMLByte.isNameByte(byte) else { break }
            position += 1
            if byte == XMLByte.colon { localStart = position }
        }
        return Name(range: start..<position, localStart: localStart)
    }
}
