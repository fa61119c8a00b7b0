/// The manifest's file format: UTF-8 lines of tab-separated fields, read and written by hand
/// (a rebuild reads it before anything else and a build writes it last, and at city scale it
/// lists tens of thousands of files, which a JSON coder took a tenth of a second over):
///
///     greenpub manifest 1
///     fingerprint	<hex>
///     pages	<count>
///     warning	<text>                      (one line per warning)
///     file	<size>	<seconds>	<nanoseconds>	<path>   (one line per file)
///
/// Texts escape `\` as `\\`, and tab, line feed and carriage return as `\t`, `\n`, `\r`.
extension BuildManifest {
    static let formatLine = "greenpub manifest 1"

    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + files.count * 64)
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        func putEscaped(_ text: String) {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): put("\\\\")
                case UInt8(ascii: "\t"): put("\\t")
                case UInt8(ascii: "\n"): put("\\n")
                case UInt8(ascii: "\r"): put("\\r")
                default: out.append(byte)
                }
            }
        }
        put(Self.formatLine + "\nfingerprint\t")
        putEscaped(fingerprint)
        put("\npages\t\(pageCount)\n")
        for warning in warnings {
            put("warning\t")
            putEscaped(warning)
            put("\n")
        }
        for file in files {
            put("file\t\(file.size)\t\(file.modifiedSeconds)\t\(file.modifiedNanoseconds)\t")
            putEscaped(file.path)
            put("\n")
        }
        return out
    }

    /// The manifest in `bytes`; nil when they are not one (another format, a damaged file).
    init?(decoding bytes: [UInt8]) {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let first = lines.first, String(decoding: first, as: UTF8.self) == Self.formatLine else { return nil }
        var fingerprint: String?
        var pageCount: Int?
        var warnings: [String] = []
        var files: [File] = []
        files.reserveCapacity(lines.count)
        for line in lines.dropFirst() where !line.isEmpty {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            switch String(decoding: fields[0], as: UTF8.self) {
            case "fingerprint" where fields.count == 2:
                fingerprint = Self.unescaped(fields[1])
            case "pages" where fields.count == 2:
                pageCount = Self.integer(fields[1])
            case "warning" where fields.count == 2:
                guard let text = Self.unescaped(fields[1]) else { return nil }
                warnings.append(text)
            case "file" where fields.count == 5:
                guard let size = Self.integer(fields[1]), let seconds = Self.integer(fields[2]),
                      let nanoseconds = Self.integer(fields[3]), let path = Self.unescaped(fields[4]) else { return nil }
                files.append(File(path: path, size: size, modifiedSeconds: seconds, modifiedNanoseconds: nanoseconds))
            default:
                return nil
            }
        }
        guard let fingerprint, let pageCount else { return nil }
        self.init(fingerprint: fingerprint, pageCount: pageCount, warnings: warnings, files: files)
    }

    private static func integer(_ digits: ArraySlice<UInt8>) -> Int? {
        var body = digits[...]
        let negative = body.first == UInt8(ascii: "-")
        if negative { body = body.dropFirst() }
        guard !body.isEmpty, body.count <= 18 else { return nil }
        var value = 0
        for byte in body {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    private static func unescaped(_ field: ArraySlice<UInt8>) -> String? {
        guard field.contains(UInt8(ascii: "\\")) else { return String(decoding: field, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(field.count)
        var escaping = false
        for byte in field {
            if escaping {
                switch byte {
                case UInt8(ascii: "\\"): out.append(byte)
                case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
                default: return nil
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return escaping ? nil : String(decoding: out, as: UTF8.self)
    }
}
