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

@Suite struct SitemapWriterTests {
    @Test func addressesInUTF8OrderEscapedAndWithoutTheNotFoundPage() {
        let file = SitemapWriter.sitemap(pagePaths: ["b.html", "404.html", "a&b/index.html", "index.html", "彭水.html"],
                                         baseURL: "https://example.gov.cn/?site=1&x=<y>/")
        #expect(file.path == "sitemap.xml")
        #expect(String(decoding: file.bytes, as: UTF8.self) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.gov.cn/?site=1&amp;x=&lt;y&gt;/a&amp;b/index.html</loc></url>
            <url><loc>https://example.gov.cn/?site=1&amp;x=&lt;y&gt;/b.html</loc></url>
            <url><loc>https://example.gov.cn/?site=1&amp;x=&lt;y&gt;/index.html</loc></url>
            <url><loc>https://example.gov.cn/?site=1&amp;x=&lt;y&gt;/彭水.html</loc></url>
            </urlset>

            """)
        let relative = SitemapWriter.sitemap(pagePaths: ["index.html"], baseURL: nil)
        #expect(String(decoding: relative.bytes, as: UTF8.self).contains("<url><loc>index.html</loc></url>\n"))
    }
}
