import Testing
@testable import GreenPubRender

/// The footnote back-link cmark-gfm labels in English is relabelled in Chinese, found by a byte
/// search.
@Suite struct ContentLocalisationTests {
    @Test func byteSearchFindsWhatFoundationWould() {
        let cases: [(String, String)] = [
            ("<a class=\"footnote-backref\">", "footnote-backref"), ("节能宣传周footnote-backref", "footnote-backref"),
            ("footnote-backre", "footnote-backref"), ("", "footnote-backref"), ("abc", ""), ("aab", "ab"),
            ("ab", "abc"), ("节能节能宣传", "节能宣"), ("footnote-backref", "footnote-backref"), ("xxfootnote", "footnote-backref"),
        ]
        for (text, part) in cases {
            #expect(ContentPageBuilder.containsBytes(text, part) == (part.isEmpty || text.contains(part)), "\(text) / \(part)")
        }
    }

    @Test func theBackLinkIsRelabelled() {
        let html = "<p>正文<a href=\"#fnref-1\" class=\"footnote-backref\" aria-label=\"Back to content\">↩</a></p>"
        #expect(ContentPageBuilder.localise(html) == html.replacingOccurrences(of: "Back to content", with: "返回正文"))
        #expect(ContentPageBuilder.localise("<p>无脚注</p>") == "<p>无脚注</p>")
    }
}
