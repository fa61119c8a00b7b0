import Testing
@testable import GreenPubLoad
import GreenPubModel

@Suite struct CSVParserTests {
    let file = "content/data/registers/projects.csv"

    /// Every cell as `line:column=text`, header first.
    func cells(_ text: String) -> [[String]] {
        guard let table = CSVParser.parse(text, file: file).0 else { return [] }
        return ([table.header] + table.rows).map { row in
            row.map { "\($0.location.line):\($0.location.column ?? 0)=\($0.text)" }
        }
    }

    @Test func plainCellsWithLocations() {
        #expect(cells("a,bb,c\n1,22,333\n") == [["1:1=a", "1:3=bb", "1:6=c"], ["2:1=1", "2:3=22", "2:6=333"]])
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(cells("单位名称,层级\n县人民医院,县级") == [["1:1=单位名称", "1:6=层级"], ["2:1=县人民医院", "2:7=县级"]])
    }

    @Test func quotedCellsWithCommasAndDoubledQuotes() {
        #expect(cells("name,note\n\"城北\"\"阳光\"\"小学\",\"a, b\"\n") ==
            [["1:1=name", "1:6=note"], ["2:1=城北\"阳光\"小学", "2:14=a, b"]])
    }

    @Test func lineBreaksInsideQuotesKeepCountingLines() {
        let text = "a,b,c\n\"first\r\nsecond\",x,\"3\rlines\nhere\"\nlast,y,z\n"
        #expect(cells(text) == [
            ["1:1=a", "1:3=b", "1:5=c"],
            ["2:1=first\nsecond", "3:9=x", "3:11=3\nlines\nhere"],
            ["6:1=last", "6:6=y", "6:8=z"],
        ])
    }

    @Test func crlfLfAndCrLineEnds() {
        let expected = [["1:1=a", "1:3=b"], ["2:1=1", "2:3=2"], ["3:1=3", "3:3=4"]]
        #expect(cells("a,b\r\n1,2\r\n3,4\r\n") == expected)
        #expect(cells("a,b\n1,2\n3,4") == expected)
        #expect(cells("a,b\r1,2\r3,4\r") == expected)
        #expect(cells("a,b\r\n1,2\n3,4\r") == expected)
    }

    @Test func blankLinesAndEmptyRowsAreSkipped() {
        #expect(cells("\n\na,b\n\n1,2\n,\n  , \r\n\n3,4\n\n") ==
            [["3:1=a", "3:3=b"], ["5:1=1", "5:3=2"], ["9:1=3", "9:3=4"]])
    }

    @Test func emptyCellsKeepTheirPlaces() {
        #expect(cells("a,b,c\n,2,\n") == [["1:1=a", "1:3=b", "1:5=c"], ["2:1=", "2:2=2", "2:4="]])
    }

    @Test func cellsAreNotTrimmed() {
        #expect(cells("a , b\n 1,2 \n") == [["1:1=a ", "1:4= b"], ["2:1= 1", "2:4=2 "]])
    }

    @Test func spacesAfterAClosingQuoteAreAllowed() {
        #expect(cells("a,b\n\"1\"  ,2\n") == [["1:1=a", "1:3=b"], ["2:1=1", "2:7=2"]])
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        let (table, diagnostics) = CSVParser.parse("a,b\n\"1\"x,2\n", file: file)
        #expect(printed(diagnostics) == ["\(file):2:4: error: unexpected text after the closing '\"' of a quoted "
            + "cell; quote the whole cell and write \"\" for a quote inside it"])
        #expect(table?.rows.first?.map(\.text) == ["1x", "2"])
    }

    @Test func unterminatedQuoteIsAnErrorAtTheQuote() {
        let (table, diagnostics) = CSVParser.parse("a,b\n1,2\n3,\"open\n4,5\n", file: file)
        #expect(printed(diagnostics) == ["\(file):3:3: error: this quoted cell is never closed: the '\"' opening "
            + "it has no closing '\"' before the end of the file (write \"\" for a quote inside a cell)"])
        // The rows before the broken one are kept.
        #expect(table?.rows.map { $0.map(\.text) } == [["1", "2"]])
    }

    @Test func quoteInsideAnUnquotedCellIsText() {
        #expect(cells("a\n5\"x\n") == [["1:1=a"], ["2:1=5\"x"]])
    }

    @Test func semicolonSeparatedFileIsOneError() throws {
        let (table, diagnostics) = try Fixtures.table("tables/semicolon.csv", as: file)
        #expect(table == nil)
        #expect(printed(diagnostics) == ["\(file):1:1: error: wrong separator: GreenPub reads comma-separated "
            + "files; this file seems to use ';' (save it again as \"CSV UTF-8\", which separates cells with commas)"])
    }

    @Test func tabSeparatedFileIsOneError() throws {
        let (table, diagnostics) = try Fixtures.table("tables/tab.csv", as: file)
        #expect(table == nil)
        #expect(printed(diagnostics) == ["\(file):1:1: error: wrong separator: GreenPub reads comma-separated "
            + "files; this file seems to use tabs ('\\t') (save it again as \"CSV UTF-8\", which separates cells "
            + "with commas)"])
    }

    @Test func singleColumnWithoutOtherSeparatorsIsATable() {
        #expect(cells("name\nx\n") == [["1:1=name"], ["2:1=x"]])
    }

    @Test func emptyFileIsOneError() throws {
        let expected = ["\(whole(file)): error: the file is empty; a table needs a header row, then one row per record"]
        let (table, diagnostics) = try Fixtures.table("tables/empty.csv", as: file)
        #expect(table == nil)
        #expect(printed(diagnostics) == expected)
        #expect(printed(CSVParser.parse("\n \r\n,,\n", file: file).1) == expected)
    }

    @Test func byteOrderMarkIsNotPartOfTheFirstHeader() {
        let (table, _) = TableReader.read(data: .init([0xEF, 0xBB, 0xBF] + Array("id,name\n1,a\n".utf8)), file: file)
        #expect(table?.header.map(\.text) == ["id", "name"])
        #expect(table?.header.first?.location == SourceLocation(file: file, line: 1, column: 1))
    }

    @Test func gb18030FileReadsThroughTableReader() throws {
        let (table, diagnostics) = try Fixtures.table("tables/gb18030.csv", as: file)
        #expect(diagnostics.isEmpty)
        #expect(table?.header.prefix(3).map(\.text) == ["单位代码", "单位名称", "单位类别"])
        #expect(table?.rows.count == 3)
        #expect(table?.rows[0][9].text == "12,000")
        #expect(table?.rows[0][9].location == SourceLocation(file: file, line: 2, column: 44))
    }
}
