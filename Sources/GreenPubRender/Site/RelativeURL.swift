/// Relative links between files of the site, so that it works from any folder of any web
/// server and straight from disk (file://). Every link names a file (`a/index.html`, never `a/`).
public enum RelativeURL {
    /// The prefix that leads from a page back to the site's root folder: "" or "../../".
    public static func root(from outputPath: String) -> String {
        let depth = outputPath.split(separator: "/").count - 1
        return String(repeating: "../", count: max(0, depth))
    }

    /// A link from the page at `from` to the site file at `to` (both site-relative).
    public static func link(from: String, to: String) -> String {
        let fromParts = from.split(separator: "/").dropLast()
        let toParts = to.split(separator: "/")
        var common = 0
        while common < fromParts.count, common < toParts.count - 1,
              fromParts[fromParts.startIndex + common] == toParts[common] {
            common += 1
        }
        let ups = String(repeating: "../", count: fromParts.count - common)
        return ups + toParts[common...].joined(separator: "/")
    }
}
