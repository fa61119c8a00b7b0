/// Relative links between files of the site, so that it works from any folder of any web
/// server and straight from disk (file://). Every link names a file (`a/index.html`, never `a/`).
public enum RelativeURL {
    /// The prefix that leads from a page back to the site's root folder: "" or "../../".
    public static func root(from outputPath: String) -> String {
        let depth = outputPath.split(separator: "/").count - 1
        return String(repeating: "../", count: max(0, depth))
    }

    /// A link from the page at `from` to the site file at `to` (both site-relative, `/`
    /// separated, no empty segments). Works on the paths' bytes: every page makes dozens.
    public static func link(from: String, to: String) -> String {
        var common = 0  // bytes of the folders both paths start with, "a/b/"
        var fromBytes = from.utf8.makeIterator()
        var toBytes = to.utf8.makeIterator()
        var index = 0
        while let a = fromBytes.next(), let b = toBytes.next(), a == b {
            index += 1
            if a == slash { common = index }
        }
        var ups = 0
        for byte in from.utf8.dropFirst(common) where byte == slash { ups += 1 }
        let rest = Substring(to.utf8.dropFirst(common))
        if ups == 0 { return String(rest) }
        return String(repeating: "../", count: ups) + rest
    }

    private static let slash = UInt8(ascii: "/")
}
