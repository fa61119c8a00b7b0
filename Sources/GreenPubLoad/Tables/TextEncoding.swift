/// The character encodings GreenPub recognises in a text table (CSV) without being told.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 starting with the byte-order mark EF BB BF (what Excel writes for "CSV UTF-8").
    case utf8WithBOM
    /// UTF-16, little-endian, with the byte-order mark FF FE (Excel's "Unicode text").
    case utf16LittleEndian
    /// UTF-16, big-endian, with the byte-order mark FE FF.
    case utf16BigEndian
    /// GB18030, the superset of GBK and GB2312 that Excel and WPS write on Chinese Windows.
    case gb18030
}
