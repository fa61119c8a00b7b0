extension StringProtocol {
    /// Calls `body` with the string's UTF-8 where it lies: no copy of the string and no retain
    /// (only a string stored elsewhere than Swift's own storage is copied first).
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(self)
        return copy.withUTF8(body)
    }
}

extension StringProtocol {
    /// Whether the string comes before `other` in the order of their UTF-8 bytes (the order of
    /// code points, no collation): how every sorted list of paths and ids is ordered. Reads both
    /// strings where they lie, byte by byte, instead of stepping through two UTF-8 views.
    @inlinable
    public func precedesInUTF8Order<Other: StringProtocol>(_ other: Other) -> Bool {
        withUTF8Bytes { mine in
            other.withUTF8Bytes { theirs in
                let common = Swift.min(mine.count, theirs.count)
                var index = 0
                while index < common {
                    let (a, b) = (mine[index], theirs[index])
                    if a != b { return a < b }
                    index += 1
                }
                return mine.count < theirs.count
            }
        }
    }
}
