import Foundation
import GreenPubModel

/// Detects the encoding of a text table and decodes it, never asking the user.
///
/// Order of detection: a byte-order mark (UTF-8, UTF-16 LE/BE) decides; otherwise bytes that
/// are valid UTF-8 are UTF-8; otherwise GB18030 (which includes GBK and GB2312). NUL bytes
/// outside UTF-16 mean a binary file, which is reported as such.
public enum TextDecoding {
    /// Decoded text together with the encoding it was found in. The text has no byte-order mark.
    public struct DecodedText: Sendable, Hashable {
        public var text: String
        public var encoding: TextEncoding

        public init(text: String, encoding: TextEncoding) {
            self.text = text
            self.encoding = encoding
        }
    }

    /// Decodes `data`, read from the project-relative path `file`.
    /// - Returns: the text, or nil and one error saying why the bytes are not readable text.
    public static func decode(_ data: Data, file: String) -> (DecodedText?, [Diagnostic]) {
        // Read where they lie: a statistics file is megabytes, and the text is its one copy.
        data.withUnsafeBytes { raw in decode(raw.bindMemory(to: UInt8.self), file: file) }
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> (DecodedText?, [Diagnostic]) {
        let whole = SourceLocation(file: file)

        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes[3...]
            if let text = String(validating: body, as: UTF8.self) {
                return (DecodedText(text: text, encoding: .utf8WithBOM), [])
            }
            return (nil, [.error(whole, "the file starts with a UTF-8 byte-order mark but is not valid UTF-8 "
                + "(\(lineDescription(ofInvalidUTF8In: Array(body)))); save it again as \"CSV UTF-8\"")])
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            if let text = decodeUTF16(bytes[2...], littleEndian: littleEndian) {
                return (DecodedText(text: text, encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian), [])
            }
            return (nil, [.error(whole, "the file starts with a UTF-16 byte-order mark but is not valid UTF-16; "
                + "save it again as \"CSV UTF-8\"")])
        }
        if let kind = BinarySignature.detect(bytes) {
            return (nil, [.error(whole, kind.message)])
        }
        if bytes.contains(0) {
            return (nil, [.error(whole, "this is not a text table: the file holds NUL bytes, so it is binary; "
                + "save the sheet as \"CSV UTF-8\" or as an .xlsx workbook")])
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (DecodedText(text: text, encoding: .utf8), [])
        }
        if let text = GB18030Decoder.decode(Array(bytes)) {
            return (DecodedText(text: text, encoding: .gb18030), [])
        }
        return (nil, [.error(whole, "cannot read the text: it is neither UTF-8 nor GB18030/GBK "
            + "(\(lineDescription(ofInvalidUTF8In: Array(bytes)))); save it again as \"CSV UTF-8\"")])
    }

    private static func decodeUTF16(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, littleEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(validating: units, as: UTF16.self)
    }

    /// "first invalid byte on line N" for the first byte sequence that is not UTF-8.
    private static func lineDescription(ofInvalidUTF8In bytes: [UInt8]) -> String {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
            case .emptyInput:
                break loop
            case .error:
                return "first invalid byte on line \(line)"
            }
        }
        return "no invalid byte found"
    }
}

/// Signatures of binary files that people mistake for CSV.
private enum BinarySignature {
    case zip
    case legacyExcel

    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> BinarySignature? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .legacyExcel }
        return nil
    }

    var message: String {
        switch self {
        case .zip:
            "this is not a text table but a zip archive, probably an .xlsx workbook with the wrong "
                + "file extension; rename it to .xlsx or save the sheet as \"CSV UTF-8\""
        case .legacyExcel:
            "this is not a text table but an old Excel 97-2003 (.xls) workbook; "
                + "save it as .xlsx or as \"CSV UTF-8\""
        }
    }
}
