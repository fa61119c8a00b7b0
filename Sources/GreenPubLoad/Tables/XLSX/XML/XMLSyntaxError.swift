/// Why the bytes of an XML part cannot be read, and where: a byte offset into the part.
struct XMLSyntaxError: Error, Equatable {
    enum Reason: Equatable {
        case empty
        case noRootElement
        /// The part stops inside a construct: "a tag", "a comment", ...
        case endsInside(String)
        case unclosedElement(name: String, line: Int)
        case mismatchedEndTag(found: String, open: String, line: Int)
        case endTagWithoutStartTag(String)
        case secondRootElement(String)
        case textOutsideRootElement
        case cdataOutsideRootElement
        case unexpected(found: String, expected: String)
        case duplicateAttribute(String)
        case lessThanInAttributeValue
        case unknownEntity(String)
        case badCharacterReference(String)
        case bareAmpersand
        case doubleHyphenInComment
        case misplacedXMLDeclaration
        case unknownMarkup
        case controlCharacter(UInt8)
        case notUTF8
        // The three below are not damage but input GreenPub does not read.
        case documentType
        case utf16
        case unsupportedEncoding(String)
    }

    var reason: Reason
    var offset: Int

    init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }
}

extension XMLSyntaxError.Reason: CustomStringConvertible {
    var description: String {
        switch self {
        case .empty:
            "the part is empty"
        case .noRootElement:
            "the part has no element"
        case .endsInside(let construct):
            "the part ends inside \(construct)"
        case .unclosedElement(let name, let line):
            "the part ends before the element <\(name)> of line \(line) is closed"
        case .mismatchedEndTag(let found, let open, let line):
            "the end tag </\(found)> does not match the start tag <\(open)> of line \(line)"
        case .endTagWithoutStartTag(let name):
            "the end tag </\(name)> has no start tag"
        case .secondRootElement(let name):
            "the element <\(name)> follows the end of the root element"
        case .textOutsideRootElement:
            "text outside the root element"
        case .cdataOutsideRootElement:
            "a CDATA section outside the root element"
        case .unexpected(let found, let expected):
            "\(found) where \(expected) is expected"
        case .duplicateAttribute(let name):
            "the attribute \(name) appears twice in one tag"
        case .lessThanInAttributeValue:
            "a \"<\" in an attribute value (it must be written &lt;)"
        case .unknownEntity(let name):
            "the entity &\(name); is not defined (XML defines &lt; &gt; &amp; &quot; &apos; and character references)"
        case .badCharacterReference(let text):
            "the character reference \(text) does not stand for a character XML allows"
        case .bareAmpersand:
            "an \"&\" that starts no complete entity or character reference (a literal & must be written &amp;)"
        case .doubleHyphenInComment:
            "\"--\" inside a comment"
        case .misplacedXMLDeclaration:
            "an XML declaration (<?xml ...?>) that is not at the start of the part"
        case .unknownMarkup:
            "markup that starts with \"<!\" but is neither a comment nor a CDATA section"
        case .controlCharacter(let byte):
            "the control character U+00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16, uppercase: true)), which XML does not allow"
        case .notUTF8:
            "bytes that are not UTF-8"
        case .documentType:
            "a document type declaration (<!DOCTYPE ...>)"
        case .utf16:
            "UTF-16 text"
        case .unsupportedEncoding(let name):
            "the declared encoding \(name)"
        }
    }
}

/// A line and column (both 1-based; the column counts characters) of an offset into UTF-8 bytes.
struct XMLTextPosition: Equatable {
    var line: Int
    var column: Int

    /// Line breaks are "\n", "\r\n" and a lone "\r".
    init(offset: Int, in bytes: [UInt8]) {
        var line = 1, lineStart = 0, index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == XMLByte.lineFeed || (byte == XMLByte.carriageReturn
                && (index + 1 >= bytes.count || bytes[index + 1] != XMLByte.lineFeed)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        // UTF-8 continuation bytes (10xxxxxx) do not start a character.
        let characters = bytes[lineStart..<end].lazy.filter { $0 & 0xC0 != 0x80 }.count
        self.line = line
        self.column = characters + 1
    }
}
