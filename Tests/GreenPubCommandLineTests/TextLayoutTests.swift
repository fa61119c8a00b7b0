@testable import GreenPubCommandLine
import Testing

@Suite struct TextLayoutTests {
    @Test func wideCharactersTakeTwoColumns() {
        #expect(TextLayout.width("abc") == 3)
        #expect(TextLayout.width("简报") == 4)
        #expect(TextLayout.width("（2）") == 5)
        #expect(TextLayout.width("") == 0)
    }

    @Test func wrapFillsLinesGreedily() {
        #expect(TextLayout.wrap("aa bb cc dd", width: 5) == ["aa bb", "cc dd"])
        #expect(TextLayout.wrap("aa bb cc", width: 4) == ["aa", "bb", "cc"])
        #expect(TextLayout.wrap("", width: 10) == [""])
    }

    @Test func aWordWiderThanTheLineGetsItsOwnLine() {
        #expect(TextLayout.wrap("a abcdefgh b", width: 4) == ["a", "abcdefgh", "b"])
    }

    @Test func wrapCountsWideCharactersAsTwo() {
        #expect(TextLayout.wrap("简报 简报", width: 8) == ["简报", "简报"])
        #expect(TextLayout.wrap("简报 简报", width: 9) == ["简报 简报"])
    }

    @Test func paragraphsKeepIndentedLinesAndEmptyLines() {
        let text = "one two three\n\n  keep   this as it is\nfour"
        #expect(TextLayout.paragraphs(text, width: 7) == ["one two", "three", "", "  keep   this as it is", "four"])
    }

    @Test func rowPadsTheLabelToTheColumn() {
        #expect(TextLayout.row(label: "--a", text: "x y z", indent: 2, column: 8, width: 11) == ["  --a   x y", "        z"])
    }

    @Test func rowPutsAWideLabelOnItsOwnLine() {
        #expect(TextLayout.row(label: "--long", text: "x", indent: 2, column: 8, width: 20) == ["  --long", "        x"])
        #expect(TextLayout.row(label: "--lon", text: "x", indent: 2, column: 9, width: 20) == ["  --lon  x"])
    }

    @Test func rowWithoutTextIsTheLabel() {
        #expect(TextLayout.row(label: "<a>", text: "", indent: 2, column: 8, width: 20) == ["  <a>"])
    }
}
