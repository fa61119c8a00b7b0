import GreenPubMarkdown
import GreenPubModel
import Testing
@testable import GreenPubRender

/// A resolver that knows one inline shortcode (`value`) and one block shortcode (`chart`).
struct FakeResolver: ShortcodeResolver {
    func html(for shortcode: Shortcode, asBlock: Bool) -> Result<String, ShortcodeError> {
        switch shortcode.name {
        case "value":
            guard let id = shortcode.argument("id") else { return .failure(ShortcodeError(shortcode.location, "value needs id=")) }
            return .success("<span class=\"num\">[\(id.value)]</span>")
        case "chart":
            return .success(asBlock ? "<figure><svg role=\"img\"></svg></figure>" : "<span>chart</span>")
        default:
            return .failure(ShortcodeError(shortcode.location, "unknown shortcode '\(shortcode.name)'\(NearestName.hint(for: shortcode.name, among: ["value", "chart"]))"))
        }
    }
}

@Suite struct ShortcodeTests {
    let expander = ShortcodeExpander(markdown: MarkdownRenderer())

    func render(_ body: String) -> (String?, [Diagnostic]) {
        expander.html(body: body, file: "content/p.md", firstLine: 5, resolver: FakeResolver())
    }

    @Test func parsesNameAndQuotedAndBareArguments() {
        let (segments, problems) = ShortcodeParser.parse("a {{< value id=\"x y\" year=2024 >}} b", file: "f.md", firstLine: 1)
        #expect(problems.isEmpty)
        guard case let .shortcode(code) = segments[1] else { Issue.record("no shortcode"); return }
        #expect(code.name == "value")
        #expect(code.arguments.map(\.key) == ["id", "year"])
        #expect(code.arguments.map(\.value) == ["x y", "2024"])
        #expect(code.location == SourceLocation(file: "f.md", line: 1, column: 3))
        #expect(code.argument("year")?.location.column == 27)
        #expect(!code.standsAlone)
    }

    @Test func columnsCountCharactersNotBytesAfterChineseText() {
        // The line is scanned as UTF-8; a column is still the character an editor shows.
        let line = "全县能耗{{< value id=\"能耗\" year=2024 >}}，同比`{{< x >}}`下降。"
        let (segments, problems) = ShortcodeParser.parse(line, file: "f.md", firstLine: 3)
        #expect(problems.isEmpty)
        #expect(segments.count == 3)
        guard case let .shortcode(code) = segments[1] else { Issue.record("no shortcode"); return }
        #expect(code.location == SourceLocation(file: "f.md", line: 3, column: 5))
        #expect(code.argument("id")?.value == "能耗")
        #expect(code.argument("year")?.location.column == 28)
        #expect(segments[0] == .text("全县能耗"))
        #expect(segments[2] == .text("，同比`{{< x >}}`下降。"))
    }

    @Test func anUnclosedShortcodeAfterChineseTextIsReportedAtItsCharacter() {
        let (segments, problems) = ShortcodeParser.parse("合计{{< value id=x", file: "f.md", firstLine: 1)
        #expect(problems.map(\.location) == [SourceLocation(file: "f.md", line: 1, column: 3)])
        #expect(segments == [.text("合计{{< value id=x")])
    }

    @Test func aLineHoldsAShortcodeOnlyWithTheThreeOpeningCharactersInARow() {
        for line in ["{{<", "a {{< value >}}", "{{{< x", "节能 {{<chart", "{{{{<"] {
            #expect(ShortcodeParser.containsShortcodeOpening(line), "\(line)")
        }
        for line in ["", "{{", "{<", "{{ <", "{ {<", "<{{", "{{ value }}", "节能周"] {
            #expect(!ShortcodeParser.containsShortcodeOpening(line), "\(line)")
        }
    }

    @Test func inlineShortcodeGoesInsideTheParagraph() {
        let (html, problems) = render("能耗为 {{< value id=\"e\" >}}。\n")
        #expect(problems.isEmpty)
        #expect(html == "<p>能耗为 <span class=\"num\">[e]</span>。</p>\n")
    }

    @Test func shortcodeAloneOnItsLineReplacesTheParagraph() {
        let (html, _) = render("前文\n\n{{< chart name=\"x\" >}}\n\n后文\n")
        #expect(html == "<p>前文</p>\n<figure><svg role=\"img\"></svg></figure>\n<p>后文</p>\n")
    }

    @Test func generatedHTMLGoesInWholeWhileAuthorsHTMLIsFiltered() {
        let (html, _) = render("<script>x</script>\n\n{{< chart name=\"x\" >}}\n")
        #expect(html?.contains("<svg role=\"img\">") == true)
        #expect(html?.contains("<script>") == false)
    }

    @Test func shortcodesInCodeAreLeftAsWritten() {
        let (html, problems) = render("`{{< value id=\"a\" >}}`\n\n```\n{{< nothing >}}\n```\n")
        #expect(problems.isEmpty)
        #expect(html?.contains("<code>{{&lt; value id=&quot;a&quot; &gt;}}</code>") == true)
        #expect(html?.contains("{{&lt; nothing &gt;}}") == true)
    }

    @Test func unknownNameIsAnErrorAtItsLocationWithASuggestion() {
        let (html, problems) = render("第一行\n结果 {{< vaule id=\"e\" >}}\n")
        #expect(html == nil)
        #expect(problems.map(\.description) == ["content/p.md:6:4: error: unknown shortcode 'vaule'; did you mean 'value'?"])
    }

    @Test func malformedShortcodesAreErrors() {
        let (_, unclosed) = render("x {{< value id=\"e\"\n")
        #expect(unclosed.map(\.description) == ["content/p.md:5:3: error: shortcode is not closed: write it as {{< name key=\"value\" >}}"])
        let (_, noValue) = render("{{< value id >}}\n")
        #expect(noValue.first?.message.hasPrefix("expected key=\"value\"") == true)
        let (_, twice) = render("{{< value id=a id=b >}}\n")
        #expect(twice.first?.message == "'id' is given twice in shortcode 'value'")
        let (_, quote) = render("{{< value id=\"a >}}\n")
        #expect(quote.isEmpty == false)
    }

    @Test func nearestNameSuggestsOnlyLikelyTypos() {
        #expect(NearestName.suggestion(for: "county-enrgy", among: ["county-energy", "county-water"]) == "county-energy")
        #expect(NearestName.suggestion(for: "zzzzzzzz", among: ["county-energy"]) == nil)
        #expect(EditDistance.between(Array("kitten"), Array("sitting")) == 3)
    }
}
