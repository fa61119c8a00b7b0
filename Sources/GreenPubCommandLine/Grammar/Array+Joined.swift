extension Array where Element == String {
    /// The strings with `separator` between them. The standard library's `joined(separator:)`
    /// is reached through its generic entry point, whose first call looks up protocol
    /// conformances at run time (a scan of every conformance in the binary); this one is
    /// compiled here for String.
    func joined(with separator: String) -> String {
        var result = ""
        for (index, part) in enumerated() {
            if index > 0 { result += separator }
            result += part
        }
        return result
    }
}
