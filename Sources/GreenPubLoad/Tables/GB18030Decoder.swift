#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Converts GB18030 (and so GBK and GB2312) bytes to a Swift string with the C library's iconv.
///
/// Foundation on Linux has no legacy Chinese encodings; glibc's iconv does.
enum GB18030Decoder {
    /// The decoded text, or nil when the bytes are not valid GB18030 (or iconv lacks the codec).
    static func decode(_ bytes: [UInt8]) -> String? {
        if bytes.isEmpty { return "" }
        let converter = iconv_open("UTF-8", "GB18030")
        // iconv_open reports failure as (iconv_t)-1.
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }

        // A GB18030 character of 1, 2 or 4 bytes becomes at most 4 UTF-8 bytes.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                inBuffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: inBuffer.count) { inStart in
                    outBuffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: outBuffer.count) { outStart in
                        var inPointer: UnsafeMutablePointer<CChar>? = inStart
                        var inLeft = inBuffer.count
                        var outPointer: UnsafeMutablePointer<CChar>? = outStart
                        var outLeft = outBuffer.count
                        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                        // An invalid or truncated sequence fails (EILSEQ, EINVAL) or leaves input unread.
                        if result == -1 || inLeft != 0 { return nil }
                        return outBuffer.count - outLeft
                    }
                }
            }
        }
        guard let produced else { return nil }
        return String(validating: output[0..<produced], as: UTF8.self)
    }
}
