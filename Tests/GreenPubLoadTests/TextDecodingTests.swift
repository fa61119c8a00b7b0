import Foundation
import Testing
@testable import GreenPubLoad
import GreenPubModel

@Suite struct TextDecodingTests {
    let file = "content/data/statistics/2021.csv"

    func decode(_ bytes: [UInt8]) -> (TextDecoding.DecodedText?, [String]) {
        let (decoded, diagnostics) = TextDecoding.decode(Data(bytes), file: file)
        return (decoded, printed(diagnostics))
    }

    @Test func plainUTF8() {
        let (decoded, problems) = decode(Array("单位名称,id\n".utf8))
        #expect(decoded == .init(text: "单位名称,id\n", encoding: .utf8))
        #expect(problems.isEmpty)
    }

    @Test func utf8ByteOrderMarkIsRemoved() {
        let (decoded, _) = decode([0xEF, 0xBB, 0xBF] + Array("单位名称".utf8))
        #expect(decoded == .init(text: "单位名称", encoding: .utf8WithBOM))
    }

    @Test func utf16WithByteOrderMarks() {
        let text = "单位,a"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(decode(little).0 == .init(text: text, encoding: .utf16LittleEndian))
        #expect(decode(big).0 == .init(text: text, encoding: .utf16BigEndian))
        #expect(decode([0xFF, 0xFE, 0x41]).1 == ["\(whole(file)): error: the file starts with a UTF-16 byte-order mark "
            + "but is not valid UTF-16; save it again as \"CSV UTF-8\""])
    }

    @Test func gb18030IsDetected() {
        // '单位名称,煤炭' in GB18030, as Python's str.encode('gb18030') writes it.
        let bytes: [UInt8] = [0xB5, 0xA5, 0xCE, 0xBB, 0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0xC3, 0xBA, 0xCC, 0xBF]
        #expect(decode(bytes).0 == .init(text: "单位名称,煤炭", encoding: .gb18030))
    }

    @Test func gb18030FourByteSequence() {
        // 'ä,中' in GB18030: 'ä' takes four bytes (81 30 8A 31), '中' two.
        let bytes: [UInt8] = [0x81, 0x30, 0x8A, 0x31, 0x2C, 0xD6, 0xD0]
        #expect(decode(bytes).0 == .init(text: "ä,中", encoding: .gb18030))
    }

    @Test func gb18030FixtureFile() throws {
        let (decoded, problems) = TextDecoding.decode(try Fixtures.data("tables/gb18030.csv"), file: file)
        #expect(problems.isEmpty)
        #expect(decoded?.encoding == .gb18030)
        #expect(decoded?.text.hasPrefix("单位代码,单位名称,单位类别,层级,建筑面积（万平方米）") == true)
    }

    @Test func validUTF8WinsOverGB18030() {
        // These bytes are valid in both encodings; UTF-8 is preferred.
        #expect(decode(Array("县级".utf8)).0?.encoding == .utf8)
    }

    @Test func binaryFileIsOneError() throws {
        let (decoded, diagnostics) = TextDecoding.decode(try Fixtures.data("tables/binary.csv"), file: file)
        #expect(decoded == nil)
        #expect(printed(diagnostics) == ["\(whole(file)): error: this is not a text table: the file holds NUL bytes, "
            + "so it is binary; save the sheet as \"CSV UTF-8\" or as an .xlsx workbook"])
    }

    @Test func invalidInBothEncodings() {
        let (decoded, problems) = decode(Array("a,b\nc,".utf8) + [0xFF, 0x80])
        #expect(decoded == nil)
        #expect(problems == ["\(whole(file)): error: cannot read the text: it is neither UTF-8 nor GB18030/GBK "
            + "(first invalid byte on line 2); save it again as \"CSV UTF-8\""])
    }

    @Test func workbooksSavedAsCSVAreNamed() {
        #expect(decode([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).1 == ["\(whole(file)): error: this is not a text table but "
            + "a zip archive, probably an .xlsx workbook with the wrong file extension; rename it to .xlsx or save "
            + "the sheet as \"CSV UTF-8\""])
        #expect(decode([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]).1 == ["\(whole(file)): error: this is not a "
            + "text table but an old Excel 97-2003 (.xls) workbook; save it as .xlsx or as \"CSV UTF-8\""])
    }

    @Test func emptyDataDecodesToEmptyText() {
        #expect(decode([]).0 == .init(text: "", encoding: .utf8))
    }
}
