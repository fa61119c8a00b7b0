extension String {
    /// Appends `text` with `<`, `>`, `&`, `"` and `'` escaped as HTML character references.
    /// Text without any of them (most of it) is appended in one piece.
    mutating func appendHTMLEscaped(_ text: String) {
        var text = text
        let needsEscaping = text.withUTF8 { bytes in bytes.contains(where: HTMLEscaping.isSpecial) }
        guard needsEscaping else {
            append(text)
            return
        }
        var escaped: [UInt8] = []
        text.withUTF8 { bytes in
            escaped.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case ASCII.lessThan: escaped.append(contentsOf: HTMLEscaping.lessThan)
                case ASCII.greaterThan: escaped.append(contentsOf: HTMLEscaping.greaterThan)
                case ASCII.ampersand: escaped.append(contentsOf: HTMLEscaping.ampersand)
                case ASCII.quote: escaped.append(contentsOf: HTMLEscaping.quote)
                case ASCII.apostrophe: escaped.append(contentsOf: HTMLEscaping.apostrophe)
                default: escaped.append(byte)
                }
            }
        }
        append(String(decoding: escaped, as: UTF8.self))
    }
}

enum HTMLEscaping {
    static let lessThan = Array("&lt;".utf8)
    static let greaterThan = Array("&gt;".utf8)
    static let ampersand = Array("&amp;".utf8)
    static let quote = Array("&quot;".utf8)
    static let apostrophe = Array("&#39;".utf8)

    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == ASCII.lessThan || byte == ASCII.greaterThan || byte == ASCII.ampersand
            || byte == ASCII.quote || byte == ASCII.apostrophe
    }
}
