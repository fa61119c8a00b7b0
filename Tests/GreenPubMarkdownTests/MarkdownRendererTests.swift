import Testing
@testable import GreenPubMarkdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersParagraphsAndEmphasis() {
        #expect(renderer.html(from: "节能 *宣传* 周") == "<p>节能 <em>宣传</em> 周</p>\n")
    }

    @Test func tableExtension() {
        let html = renderer.html(from: "| 指标 | 值 |\n|---|---:|\n| 能耗 | 11.92 |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<td align=\"right\">11.92</td>"))
    }

    @Test func strikethroughAutolinkTasklistFootnotes() {
        let html = renderer.html(from: "~~旧~~ https://example.org\n\n- [x] 完成\n- [ ] 未完成\n\n注[^1]\n\n[^1]: 说明\n")
        #expect(html.contains("<del>旧</del>"))
        #expect(html.contains("<a href=\"https://example.org\">https://example.org</a>"))
        #expect(html.contains("type=\"checkbox\" checked=\"\" disabled=\"\""))
        #expect(html.contains("class=\"footnotes\""))
    }

    @Test func rawHTMLIsNotPassedThroughByDefault() {
        let html = renderer.html(from: "<script>alert(1)</script>\n\n<b>x</b>\n")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func tagfilterStillGuardsWhenRawHTMLIsAllowed() {
        let html = MarkdownRenderer(allowRawHTML: true).html(from: "<b>x</b> <script>y</script>\n")
        #expect(html.contains("<b>x</b>"))
        #expect(html.contains("&lt;script>"))
    }

    @Test func javascriptLinksAreDropped() {
        let html = renderer.html(from: "[x](javascript:alert(1))\n")
        #expect(!html.contains("javascript:"))
    }
}

@Suite struct MarkdownConcurrencyTests {
    /// Documents rendered on many threads at once all get the extensions.
    @Test func extensionsHoldUnderConcurrentRendering() async {
        let renderer = MarkdownRenderer()
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<200 {
                group.addTask { renderer.html(from: "~~旧~~ https://example.org\n") }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0.contains("<del>旧</del>") && $0.contains("<a href=\"https://example.org\">") })
    }
}
