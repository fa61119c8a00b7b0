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
