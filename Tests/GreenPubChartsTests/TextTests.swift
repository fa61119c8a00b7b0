import Testing
@testable import GreenPubCharts

@Suite struct TextTests {
    @Test func escapesMarkupCharacters() {
        #expect(Markup.escape("<script>alert(\"x\") & 'y'</script>")
                == "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;")
        #expect(Markup.escape("党政机关 47.31%") == "党政机关 47.31%")
        #expect(Markup.escape("a\u{0}b\u{1B}c\nd") == "a\u{FFFD}b\u{FFFD}c\nd")
        // Clean text passes through whole; U+FFFE/U+FFFF are caught beside other EF.. characters.
        #expect(Markup.escape("（全县）\t\r\n") == "（全县）\t\r\n")
        #expect(Markup.escape("（\u{FFFE}）\u{FFFF}") == "（\u{FFFD}）\u{FFFD}")
        #expect(Markup.escape("\u{FFFD}\u{FFBF}") == "\u{FFFD}\u{FFBF}")
    }

    /// Every ASCII character, and characters whose UTF-8 ends in BE or BF, between two letters
    /// and at either end of the text: escaped exactly as the rule says, in the SVG too.
    @Test func escapesEveryCharacterByTheRule() {
        func expected(_ scalar: Unicode.Scalar) -> String {
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            case "\t", "\n", "\r": String(scalar)
            default: scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "\u{FFFD}" : String(scalar)
            }
        }
        let others: [UInt32] = [0xFFFE, 0xFFFF, 0xFFFD, 0xFFBE, 0xFEFF, 0x4EBE, 0x4EBF, 0x9FBF, 0x20AC, 0x1F4BE]
        let scalars = (0..<0x80).compactMap(Unicode.Scalar.init) + others.compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            for (before, after) in [("a", "b"), ("", ""), ("党政", "机关")] {
                let text = before + String(scalar) + after
                #expect(Markup.escape(text) == before + expected(scalar) + after, "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test func idFragmentsAreSafeAndDistinct() {
        #expect(Markup.idFragment("fig1-energy") == "fig1-energy")
        #expect(Markup.idFragment("") == "chart")
        #expect(Markup.idFragment("a b") == "a_20_b")
        #expect(Markup.idFragment("a b") != Markup.idFragment("a_20_b"))
        #expect(Markup.idFragment("图1") == "_56FE_1")
        #expect(Markup.idFragment("x\"><script>").allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    }

    @Test func widthsFollowScripts() {
        #expect(TextMetrics.width("党政机关", fontSize: 14) == 56)
        #expect(TextMetrics.width("，。（）", fontSize: 10) == 40)
        #expect(abs(TextMetrics.width("2020", fontSize: 10) - 22.4) < 1e-9)
        #expect(TextMetrics.width("m²", fontSize: 10) < TextMetrics.width("mm", fontSize: 10))
        #expect(TextMetrics.width("e\u{301}", fontSize: 10) == TextMetrics.width("e", fontSize: 10))
        #expect(TextMetrics.width("ABC", fontSize: 14, bold: true) > TextMetrics.width("ABC", fontSize: 14))
    }

    @Test func truncationFitsAndEndsWithEllipsis() {
        let text = "彭水苗族土家族自治县人民医院"
        let cut = TextMetrics.truncated(text, maxWidth: 60, fontSize: 13)
        #expect(cut.wasTruncated)
        #expect(cut.text.hasSuffix("…"))
        #expect(TextMetrics.width(cut.text, fontSize: 13) <= 60)
        #expect(TextMetrics.truncated("教育", maxWidth: 60, fontSize: 13) == ("教育", false))
    }

    @Test(arguments: [
        "彭水苗族土家族自治县人民政府办公室机关事务管理中心",
        "县教育委员会（含直属学校），2020年基准",
        "Very long Latin institution name of the county seat",
        "混合 Mixed 文本 with 数字 2020 and （括号）。",
        "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十",
    ])
    func wrappingStaysInsideAndRespectsPunctuation(text: String) {
        for maxWidth in [40.0, 70.0, 120.0, 200.0] {
            let result = TextMetrics.wrapped(text, maxWidth: maxWidth, fontSize: 13, maxLines: 3)
            #expect(result.lines.count <= 3)
            for line in result.lines {
                #expect(TextMetrics.width(line, fontSize: 13) <= maxWidth + 0.001, "\(line) wider than \(maxWidth)")
                if let first = line.first { #expect(!"，。、；：！？）」』】》".contains(first), "line starts with \(first)") }
                if let last = line.last, !result.wasTruncated || line != result.lines.last {
                    #expect(!"（「『【《".contains(last), "line ends with \(last)")
                }
            }
            if !result.wasTruncated {
                #expect(result.lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
            } else {
                #expect(result.lines.last?.hasSuffix("…") == true)
            }
        }
    }

    @Test func wrappedLinesAreBalanced() {
        let result = TextMetrics.wrapped("彭水苗族土家族自治县中医院", maxWidth: 160, fontSize: 13, maxLines: 2)
        #expect(result.lines.count == 2)
        let widths = result.lines.map { TextMetrics.width($0, fontSize: 13) }
        #expect(abs(widths[0] - widths[1]) <= 13, "unbalanced: \(result.lines)")
    }
}
