import GreenPubModel

/// The Atom feed (RFC 4287) of briefings and reports, newest first.
///
/// Entry ids are `tag:` URIs built from the site title and the page path, so they are stable
/// without knowing the server. Links are relative to the feed (which sits at the site root),
/// or absolute when `base_url` is set.
public enum AtomFeedWriter {
    public struct Entry: Sendable, Hashable {
        public var title: String
        public var path: String
        /// ISO date `YYYY-MM-DD`.
        public var date: String
        public var summary: String
        public var kind: String

        public init(title: String, path: String, date: String, summary: String, kind: String) {
            self.title = title
            self.path = path
            self.date = date
            self.summary = summary
            self.kind = kind
        }
    }

    /// - Parameters:
    ///   - tagDomain: a DNS name for the entries' `tag:` ids: the host of `base_url`, or a fixed
    ///     name when the site has none, so that ids never change between builds.
    public static func feed(title: String, author: String, tagDomain: String, baseURL: String?, entries: [Entry]) -> OutputFile {
        let sorted = entries.sorted { ($0.date, $0.path) > ($1.date, $1.path) }
        let updated = sorted.first.map { "\($0.date)T00:00:00+08:00" } ?? "2000-01-01T00:00:00+08:00"
        let base = baseURL ?? ""
        let tagAuthority = String(tagDomain.lowercased().filter { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." || $0 == "-" })
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
            <title>\(XMLText.escape(title))</title>
            <id>tag:\(XMLText.escape(tagAuthority)),2020:feed</id>
            <updated>\(updated)</updated>
            <link rel="self" href="\(XMLText.escape(base))feed.xml"/>
            <link rel="alternate" href="\(XMLText.escape(base))index.html"/>
            <author><name>\(XMLText.escape(author))</name></author>

            """
        for entry in sorted {
            xml += """
                <entry>
                <title>\(XMLText.escape(entry.title))</title>
                <id>tag:\(XMLText.escape(tagAuthority)),\(entry.date):\(XMLText.escape(entry.path))</id>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(base + entry.path))"/>
                <updated>\(entry.date)T00:00:00+08:00</updated>
                <category term="\(XMLText.escape(entry.kind))"/>
                <summary>\(XMLText.escape(entry.summary))</summary>
                </entry>

                """
        }
        xml += "</feed>\n"
        return OutputFile(path: "feed.xml", text: xml)
    }
}
