/// Splits the UTF-8 bytes of one XML document into start tags, end tags, text and CDATA sections,
/// checking the form of each; comments, processing instructions and the XML declaration are
/// checked and skipped. Whether tags nest is left to the reader (`XMLEventReader`).
struct XMLTokenizer {
    enum Token {
        /// `<name ...>`, or `<name .../>` when `isEmpty`; its attributes are in `attributes`.
        case startTag(Name, isEmpty: Bool)
        case endTag(Name)
        case text(TextSpan)
        case cdata(TextSpan)
    }

    struct Name {
        var range: Range<Int>
        /// Where the local part (after the last ":") starts.
        var localStart: Int
    }

    struct TextSpan {
        var range: Range<Int>
        /// Whether it holds references or carriage returns to turn into what they stand for.
        var needsDecoding: Bool
        var isWhitespace: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next token starts.
    var position: Int
    /// Where the last token returned by `next()` starts.
    private(set) var tokenStart = 0
    /// Where the document starts: after a UTF-8 byte order mark, if any.
    let documentStart: Int
    /// The attributes of the last start tag.
    var attributes: [XMLAttributes.Span] = []

    /// - Throws: for UTF-16 text, which GreenPub does not read.
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLSyntaxError) {
        self.bytes = bytes
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0x00, XMLByte.lessThan]) || bytes.starts(with: [XMLByte.lessThan, 0x00]) {
            throw XMLSyntaxError(.utf16, at: 0)
        }
        documentStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        position = documentStart
    }

    /// The next token; nil at the end of the part.
    mutating func next() throws(XMLSyntaxError) -> Token? {
        while position < bytes.count {
            tokenStart = position
            guard bytes[position] == XMLByte.lessThan else { return .text(try scanText()) }
            guard position + 1 < bytes.count else { throw XMLSyntaxError(.endsInside("a tag"), at: position) }
            switch bytes[position + 1] {
            case XMLByte.slash:
                return try scanEndTag()
            case XMLByte.questionMark:
                try skipProcessingInstruction()
            case XMLByte.exclamationMark:
                if hasPrefix("<!--") {
                    try skipComment()
                } else if hasPrefix("<![CDATA[") {
                    return .cdata(try scanCDATA())
                } else if hasPrefix("<!DOCTYPE") {
                    throw XMLSyntaxError(.documentType, at: position)
                } else if bytes.count - position < 9 {
                    throw XMLSyntaxError(.endsInside("a tag"), at: position)
                } else {
                    throw XMLSyntaxError(.unknownMarkup, at: position)
                }
            default:
                return try scanStartTag()
            }
        }
        return nil
    }

    // MARK: Text

    /// Character data up to the next "<" or the end.
    private mutating func scanText() throws(XMLSyntaxError) -> TextSpan {
        let start = position
        var needsDecoding = false, isWhitespace = true
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case XMLByte.lessThan:
                return TextSpan(range: start..<position, needsDecoding: needsDecoding, isWhitespace: isWhitespace)
            case XMLByte.ampersand:
                position = try XMLReferences.read(in: bytes, at: position).end
                needsDecoding = true
                isWhitespace = false
                continue
            case XMLByte.space, XMLByte.lineFeed, XMLByte.tab:
                break
            case XMLByte.carriageReturn:
                needsDecoding = true
            default:
                isWhitespace = false
                if byte < 0x20 || byte >= 0x80 {
                    position += try characterLength()
                    continue
                }
            }
            position += 1
        }
        return TextSpan(range: start..<position, needsDecoding: needsDecoding, isWhitespace: isWhitespace)
    }

    /// `<![CDATA[...]]>`: its content as written, line ends aside.
    private mutating func scanCDATA() throws(XMLSyntaxError) -> TextSpan {
        let tagStart = position
        position += 9
        let start = position
        var needsDecoding = false
        while true {
            guard position + 2 < bytes.count else { throw XMLSyntaxError(.endsInside("a CDATA section"), at: tagStart) }
            let byte = bytes[position]
            if byte == XMLByte.closingBracket, bytes[position + 1] == XMLByte.closingBracket,
               bytes[position + 2] == XMLByte.greaterThan {
                position += 3
                return TextSpan(range: start..<position - 3, needsDecoding: needsDecoding, isWhitespace: false)
            }
            if byte == XMLByte.carriageReturn { needsDecoding = true }
            position += try characterLength()
        }
    }

    // MARK: Helpers

    /// The length of the character at `position`: 1 for ASCII other than a control character that
    /// XML forbids, 2 to 4 for a valid UTF-8 sequence.
    func characterLength() throws(XMLSyntaxError) -> Int {
        let byte = bytes[position]
        if byte < 0x80 {
            guard byte >= 0x20 || XMLByte.isWhitespace(byte) else {
                throw XMLSyntaxError(.controlCharacter(byte), at: position)
            }
            return 1
        }
        guard let length = XMLByte.nonASCIILength(in: bytes, at: position) else {
            throw XMLSyntaxError(.notUTF8, at: position)
        }
        return length
    }

    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = position
        while position < bytes.count, XMLByte.isWhitespace(bytes[position]) { position += 1 }
        return position > start
    }

    mutating func expect(_ byte: UInt8, _ expected: String) throws(XMLSyntaxError) {
        guard position < bytes.count else { throw XMLSyntaxError(.endsInside("a tag"), at: position) }
        guard bytes[position] == byte else { throw unexpected(expected) }
        position += 1
    }

    /// The error for the character at `position` where something else is expected.
    func unexpected(_ expected: String) -> XMLSyntaxError {
        let found: String
        let byte = bytes[position]
        switch byte {
        case XMLByte.space: found = "a space"
        case XMLByte.tab: found = "a tab"
        case XMLByte.lineFeed, XMLByte.carriageReturn: found = "a line end"
        case 0x21..<0x7F: found = "\"" + String(UnicodeScalar(byte)) + "\""
        default:
            let length = XMLByte.nonASCIILength(in: bytes, at: position) ?? 1
            found = "\"" + text(position..<position + length) + "\""
        }
        return XMLSyntaxError(.unexpected(found: found, expected: expected), at: position)
    }

    func hasPrefix(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { $0.elementsEqual(bytes[position..<position + count]) }
    }

    func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && bytes[a].elementsEqual(bytes[b])
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
