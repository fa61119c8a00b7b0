/// The references XML text and attribute values may hold: the five predefined entities (`&lt;`
/// `&gt;` `&amp;` `&quot;` `&apos;`) and character references (`&#20013;`, `&#x4E2D;`).
/// No other entity exists: a part has no document type declaration to define one.
enum XMLReferences {
    /// Reads the reference whose "&" is at `start`.
    /// - Returns: the character it stands for and the offset just after its ";".
    static func read(in bytes: UnsafeBufferPointer<UInt8>, at start: Int)
        throws(XMLSyntaxError) -> (character: Unicode.Scalar, end: Int) {
        // The longest reference allowed, &#x0010FFFF; with leading zeros aside, is short; a
        // bound keeps a stray "&" from scanning far.
        let limit = min(bytes.count, start + 64)
        var semicolon = start + 1
        while semicolon < limit, isReferenceByte(bytes[semicolon]) { semicolon += 1 }
        guard semicolon < bytes.count else { throw XMLSyntaxError(.endsInside("a reference"), at: start) }
        guard bytes[semicolon] == XMLByte.semicolon, semicolon > start + 1 else {
            throw XMLSyntaxError(.bareAmpersand, at: start)
        }
        let body = UnsafeBufferPointer(rebasing: bytes[start + 1..<semicolon])
        let character = body[0] == XMLByte.hash
            ? try characterReference(body, at: start) : try predefinedEntity(body, at: start)
        return (character, semicolon + 1)
    }

    private static func isReferenceByte(_ byte: UInt8) -> Bool {
        byte == XMLByte.hash || XMLByte.isNameByte(byte) && byte < 0x80 && byte != XMLByte.colon
    }

    private static func predefinedEntity(_ name: UnsafeBufferPointer<UInt8>, at start: Int)
        throws(XMLSyntaxError) -> Unicode.Scalar {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": "<"
        case "gt": ">"
        case "amp": "&"
        case "quot": "\""
        case "apos": "'"
        case let other: throw XMLSyntaxError(.unknownEntity(other), at: start)
        }
    }

    /// `#` then decimal digits, or `#x` then hexadecimal digits.
    private static func characterReference(_ body: UnsafeBufferPointer<UInt8>, at start: Int)
        throws(XMLSyntaxError) -> Unicode.Scalar {
        let isHexadecimal = body.count > 1 && body[1] == XMLByte.lowercaseX
        let digits = body.dropFirst(isHexadecimal ? 2 : 1)
        var value: UInt32 = 0
        for byte in digits {
            guard value <= 0x10FFFF, let digit = digitValue(byte, isHexadecimal: isHexadecimal) else {
                value = .max
                break
            }
            value = value * (isHexadecimal ? 16 : 10) + digit
        }
        guard !digits.isEmpty, XMLByte.isAllowedCharacter(value), let scalar = Unicode.Scalar(value) else {
            throw XMLSyntaxError(.badCharacterReference("&" + String(decoding: body, as: UTF8.self) + ";"), at: start)
        }
        return scalar
    }

    private static func digitValue(_ byte: UInt8, isHexadecimal: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46 where isHexadecimal: UInt32(byte - 0x41 + 10)
        case 0x61...0x66 where isHexadecimal: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// Where text comes from, which decides what decoding does to it.
    enum Content {
        /// Character data: references replaced, line ends ("\r\n", a lone "\r") made "\n".
        case text
        /// As text, and then tabs and line ends made spaces.
        case attributeValue
        /// A CDATA section: line ends made "\n", nothing else.
        case cdata
    }

    /// The text of `range` as XML reads it (references were checked by `read`).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, as content: Content) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        let isAttributeValue = content == .attributeValue
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            index += 1
            switch byte {
            case XMLByte.ampersand where content != .cdata:
                if let (character, end) = try? read(in: bytes, at: index - 1) {
                    output.append(contentsOf: character.utf8)
                    index = end
                } else {
                    output.append(byte)
                }
            case XMLByte.carriageReturn:
                output.append(isAttributeValue ? XMLByte.space : XMLByte.lineFeed)
                if index < range.upperBound, bytes[index] == XMLByte.lineFeed { index += 1 }
            case XMLByte.lineFeed, XMLByte.tab:
                output.append(isAttributeValue ? XMLByte.space : byte)
            default:
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
