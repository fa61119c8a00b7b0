import GreenPubBytes
import Testing

@Suite struct ByteBufferTests {
    @Test func appendsEveryKindOfPieceInOrder() {
        let buffer = ByteBuffer(capacity: 1)
        buffer.append(UInt8(ascii: "<"))
        buffer.append("svg" as StaticString)
        buffer.append(" 单位")
        buffer.append("：吨标准煤".dropFirst())
        buffer.append([UInt8(ascii: ">")])
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "<svg 单位吨标准煤>")
        #expect(buffer.count == buffer.bytes.count)
        #expect(buffer.last == UInt8(ascii: ">"))
    }

    /// Pieces of every length from 0 to 300, across many growths, come out as appended.
    @Test func growsWithoutLosingBytes() {
        let buffer = ByteBuffer(capacity: 16)
        var expected: [UInt8] = []
        for length in 0...300 {
            let piece = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ length) }
            buffer.append(piece)
            expected += piece
        }
        #expect(buffer.bytes == expected)
    }

    @Test func appendsAnotherBuffer() {
        let first = ByteBuffer()
        first.append("前")
        let second = ByteBuffer()
        second.append("后")
        first.append(second)
        #expect(String(decoding: first.bytes, as: UTF8.self) == "前后")
        #expect(String(decoding: first.bytes(from: 3), as: UTF8.self) == "后")
    }

    @Test func insertsAtAnyOffset() {
        for offset in 0...5 {
            let buffer = ByteBuffer(capacity: 16)
            buffer.append("abcde")
            buffer.insert(Array("0123456789abcdefghij".utf8), at: offset)
            var expected = Array("abcde".utf8)
            expected.insert(contentsOf: Array("0123456789abcdefghij".utf8), at: offset)
            #expect(buffer.bytes == expected)
        }
    }

    @Test func truncatesAndWritesOn() {
        let buffer = ByteBuffer()
        buffer.append("<p>draft</p>")
        buffer.truncate(to: 3)
        buffer.append("final</p>")
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "<p>final</p>")
        #expect(ByteBuffer().last == nil)
        #expect(ByteBuffer().bytes.isEmpty)
    }

    @Test func emptyPiecesChangeNothing() {
        let buffer = ByteBuffer()
        buffer.append("")
        buffer.append([UInt8]())
        buffer.append(UnsafeBufferPointer<UInt8>(start: nil, count: 0))
        buffer.insert([], at: 0)
        #expect(buffer.count == 0)
    }

    @Test func appendsDecimals() {
        func decimal(_ negative: Bool, _ integer: UInt64, _ fraction: UInt64 = 0, _ digits: Int = 0) -> String {
            let buffer = ByteBuffer(capacity: 1)
            buffer.appendDecimal(negative: negative, integer: integer, fraction: fraction, fractionDigits: digits)
            return String(decoding: buffer.bytes, as: UTF8.self)
        }
        #expect(decimal(false, 0) == "0")
        #expect(decimal(true, 12, 5, 2) == "-12.05")
        #expect(decimal(false, 15402) == "15402")
        #expect(decimal(false, 11, 9201, 4) == "11.9201")
        #expect(decimal(false, 0, 1, 4) == "0.0001")
        #expect(decimal(false, UInt64.max) == "18446744073709551615")
        #expect(decimal(true, 9, 0, 0) == "-9")
        #expect(decimal(false, 7, 0, 3) == "7.000")
        #expect(decimal(false, 123, 45, 3) == "123.045")
    }

    /// Every digit count from 1 to 20, at both ends of its range, against Swift's own printing.
    @Test func appendsIntegersOfEveryLength() {
        var values: [UInt64] = [0, 1, UInt64.max, UInt64.max - 1]
        var power: UInt64 = 10
        for _ in 1...19 {
            values += [power - 1, power, power + 1, power / 10 * 7 + 3]
            if power <= UInt64.max / 10 { power *= 10 } else { break }
        }
        for value in values {
            let buffer = ByteBuffer(capacity: 1)
            buffer.appendDecimal(negative: false, integer: value)
            #expect(String(decoding: buffer.bytes, as: UTF8.self) == String(value))
        }
    }

    /// Fractions of every width up to 19 digits keep their leading zeros.
    @Test func appendsFractionsWithLeadingZeros() {
        for digits in 1...19 {
            for fraction: UInt64 in [0, 1, 42] where String(fraction).count <= digits {
                let buffer = ByteBuffer(capacity: 1)
                buffer.appendDecimal(negative: true, integer: 3, fraction: fraction, fractionDigits: digits)
                let text = String(fraction)
                let padded = String(repeating: "0", count: max(0, digits - text.count)) + text
                #expect(String(decoding: buffer.bytes, as: UTF8.self) == "-3." + padded)
            }
        }
    }
}
