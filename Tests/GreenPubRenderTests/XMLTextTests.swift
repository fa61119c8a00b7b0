import Testing
@testable import GreenPubRender

@Suite struct XMLTextTests {
    @Test func escapesTheFiveAndKeepsEverythingElse() {
        #expect(XMLText.escape("") == "")
        #expect(XMLText.escape("彭水自治县 2025年") == "彭水自治县 2025年")
        #expect(XMLText.escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
        #expect(XMLText.escape("单位&“节能”<宣传周>") == "单位&amp;“节能”&lt;宣传周&gt;")
        #expect(XMLText.escape("&&") == "&amp;&amp;")
    }
}
