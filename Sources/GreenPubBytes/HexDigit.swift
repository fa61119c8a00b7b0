/// The ASCII hex digit of a value of 0 to 15, for the escapes written into ids and JSON.
public enum HexDigit {
    @inlinable
    public static func ascii(_ value: UInt8, uppercase: Bool) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : (uppercase ? UInt8(ascii: "A") : UInt8(ascii: "a")) + value - 10
    }
}
