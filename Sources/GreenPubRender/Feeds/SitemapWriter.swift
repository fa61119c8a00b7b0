import GreenPubModel
import GreenPubBytes

/// sitemap.xml and robots.txt. Addresses are absolute when `base_url` is set in site.yaml
/// (as the sitemap protocol asks); otherwise relative to the sitemap itself.
public enum SitemapWriter {
    public static func sitemap(pagePaths: [String], baseURL: String?) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in pagePaths.sorted(by: { $0.precedesInUTF8Order($1) }) where path != "404.html" {
            xml += "<url><loc>\(XMLText.escape((baseURL ?? "") + path))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }

    public static func robots(baseURL: String?) -> OutputFile {
        var text = "User-agent: *\nAllow: /\n"
        if let baseURL { text += "Sitemap: \(baseURL)sitemap.xml\n" }
        return OutputFile(path: "robots.txt", text: text)
    }
}
