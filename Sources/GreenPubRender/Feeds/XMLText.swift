/// Escaping for text and attribute values in XML and HTML written by hand (outside Mustache).
public enum XMLText {
    /// `& < > " '` as entities; every other byte as it is. The five are ASCII, and ASCII bytes
    /// never occur inside a multi-byte UTF-8 sequence, so the text is scanned as bytes.
    public static func escape(_ text: String) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { entity(for: $0) != nil }) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for byte in bytes[first...] {
                if let entity = entity(for: byte) {
                    out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                } else {
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
