import GreenPubBytes

extension ByteBuffer {
    /// Appends the UTF-8 of `text` with `<`, `>`, `&`, `"` and `'` escaped as HTML character
    /// references; the runs between them (most text is one run) are copied whole.
    func appendHTMLEscaped(_ text: String) {
        text.withUTF8Bytes { appendHTMLEscaped($0) }
    }

    /// `appendHTMLEscaped` for text that is UTF-8 bytes already.
    func appendHTMLEscaped(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { appendHTMLEscaped($0) }
    }

    private func appendHTMLEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<bytes.count {
            let entity: StaticString
            switch bytes[index] {
            case ASCII.lessThan: entity = "&lt;"
            case ASCII.greaterThan: entity = "&gt;"
            case ASCII.ampersand: entity = "&amp;"
            case ASCII.quote: entity = "&quot;"
            case ASCII.apostrophe: entity = "&#39;"
            default: continue
            }
            append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            append(entity)
            runStart = index + 1
        }
        append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
}
