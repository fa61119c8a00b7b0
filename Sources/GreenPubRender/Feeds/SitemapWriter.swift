import GreenPubModel
import GreenPubBytes

/// sitemap.xml and robots.txt. Addresses are absolute when `base_url` is set in site.yaml
/// (as the sitemap protocol asks); otherwise relative to the sitemap itself.
public enum SitemapWriter {
    public static func sitemap(pagePaths: [String], baseURL: String?) -> OutputFile {
        // Appended to one buffer: at 30,000 pages this is one of the last steps of a build, on
        // one core. Escaping works byte by byte, so the base and the path are escaped apart.
        let xml = ByteBuffer(capacity: 256 + 64 * pagePaths.count)
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        let base = XMLText.escape(baseURL ?? "")
        for path in pagePaths.sorted(by: { $0.precedesInUTF8Order($1) }) where path != "404.html" {
            xml.append("<url><loc>")
            xml.append(base)
            xml.append(XMLText.escape(path))
            xml.append("</loc></url>\n")
        }
        xml.append("</urlset>\n")
        return OutputFile(path: "sitemap.xml", bytes: xml.bytes)
    }

    public static func robots(baseURL: String?) -> OutputFile {
        var text = "User-agent: *\nAllow: /\n"
        if let baseURL { text += "Sitemap: \(baseURL)sitemap.xml\n" }
        return OutputFile(path: "robots.txt", text: text)
    }
}
