import GreenPubBytes

/// A JSON value for the exports, written deterministically: object keys sorted by their
/// UTF-8 bytes, numbers already formatted (`ExportNumber`), no whitespace but a line break
/// after each element of the arrays marked `lines` (so a diff shows one row per line).
indirect enum JSONValue {
    case null
    case bool(Bool)
    /// A number as `ExportNumber` writes it.
    case number(String)
    case string(String)
    case array([JSONValue], lines: Bool = false)
    case object([(String, JSONValue)])

    /// A number, or null when missing.
    static func number(_ value: Double?, decimals: Int) -> JSONValue {
        ExportNumber.text(value, decimals: decimals).map(JSONValue.number) ?? .null
    }

    static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A string, or null when missing.
    static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// An array of strings.
    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}

/// Writes JSON text into bytes.
struct JSONOutput {
    private let output: ByteBuffer

    init(reserving capacity: Int = 256) {
        output = ByteBuffer(capacity: capacity)
    }

    /// The JSON text written so far.
    var bytes: [UInt8] { output.bytes }

    /// The buffer the JSON text is written into, for a caller that writes it out from there.
    var buffer: ByteBuffer { output }

    func write(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): raw(flag ? "true" : "false")
        case .number(let text): output.append(text)
        case .string(let text): string(text)
        case .array(let items, let lines):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if lines { output.append(UInt8(ascii: "\n")) }
                write(item)
            }
            if lines, !items.isEmpty { output.append(UInt8(ascii: "\n")) }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            let sorted = members.sorted { $0.0.precedesInUTF8Order($1.0) }
            for (index, member) in sorted.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                string(member.0)
                output.append(UInt8(ascii: ":"))
                write(member.1)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Text written as it is (punctuation, numbers).
    func raw(_ text: StaticString) { output.append(text) }

    /// A number (`ExportNumber`), or null when missing.
    func number(_ value: Double?, decimals: Int) {
        if !ExportNumber.append(value, decimals: decimals, to: output) { raw("null") }
    }

    /// An integer.
    func integer(_ value: Int) { output.appendDecimal(negative: value < 0, integer: UInt64(value.magnitude)) }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else,
    /// Chinese included, written as UTF-8. U+2028 and U+2029 are escaped too, so the file is
    /// also valid JavaScript.
    func string(_ text: String) {
        output.append(UInt8(ascii: "\""))
        text.withUTF8Bytes { bytes in
            // Runs of bytes that need nothing are appended whole; `start` is the first byte of
            // the run not yet written.
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other characters led by E2 are kept.
                let isLineSeparator = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || isLineSeparator else {
                    index += 1
                    continue
                }
                output.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case UInt8(ascii: "\n"): raw("\\n")
                case UInt8(ascii: "\r"): raw("\\r")
                case UInt8(ascii: "\t"): raw("\\t")
                case 0xE2:
                    raw(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    index += 2
                default:
                    raw("\\u00")
                    output.append(HexDigit.ascii(byte >> 4, uppercase: false))
                    output.append(HexDigit.ascii(byte & 0xF, uppercase: false))
                }
                index += 1
                start = index
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The whole document `value`, ending with a line break.
    static func document(_ value: JSONValue) -> [UInt8] {
        let document = JSONOutput()
        document.write(value)
        document.output.append(UInt8(ascii: "\n"))
        return document.bytes
    }
}
