import Foundation
import GreenPubModel
import GreenPubBytes

/// Reads the Markdown pages, site settings, templates and assets of a project folder.
public enum ContentLoader {
    /// Every `content/**/*.md` except README.md files (notes for the staff, not pages) and
    /// anything under `content/data/`, sorted by path.
    public static func pageFiles(root: URL) -> [String] {
        ProjectFiles.list(root: root, under: "content", extension: "md").filter { relative in
            !relative.hasPrefix("content/data/") && (relative as NSString).lastPathComponent.uppercased() != "README.MD"
        }
    }

    /// Reads and parses every page of `pageFiles(root:)`.
    public static func loadPages(root: URL) -> ([ContentPage], [Diagnostic]) {
        var pages: [ContentPage] = []
        var diagnostics: [Diagnostic] = []
        for relative in pageFiles(root: root) {
            guard let text = ProjectFiles.readText(root: root, relative: relative, diagnostics: &diagnostics) else { continue }
            let (page, problems) = FrontMatterParser.parse(
                text: text, sourcePath: relative, outputPath: FrontMatterParser.outputPath(forContentPath: relative))
            diagnostics += problems
            if let page { pages.append(page) }
        }
        return (pages, diagnostics)
    }

    public static func loadSiteConfig(root: URL) -> (SiteConfig?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard ProjectFiles.exists(root: root, relative: SiteConfigParser.path) else {
            return (nil, [.error(SourceLocation(file: SiteConfigParser.path),
                                 "missing: create it with 'title:', 'organisation:' and 'description:' of the site")])
        }
        guard let text = ProjectFiles.readText(root: root, relative: SiteConfigParser.path, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        return SiteConfigParser.parse(yaml: text)
    }
}

/// Listing and reading files of a project, with project-relative paths in a stable order.
public enum ProjectFiles {
    /// Project-relative paths of the regular files under `folder` (the root itself when nil)
    /// ending in `.ext`, sorted by path (byte order), whatever order the file system lists them
    /// in. Hidden files are skipped unless `includingHidden` is set.
    public static func list(root: URL, under folder: String?, extension ext: String? = nil,
                            includingHidden: Bool = false) -> [String] {
        var paths: [String] = []
        walk(root: root, under: folder, includingHidden: includingHidden) { name, relativePrefix in
            if let ext, Self.pathExtension(name).lowercased() != ext { return }
            paths.append(relativePrefix + name)
        }
        return paths.sorted { $0.precedesInUTF8Order($1) }
    }

    /// How many regular files there are under `folder` (the root itself when nil), hidden ones
    /// included: `list`'s count without making and sorting the paths (a no-op rebuild asks it
    /// of the whole site).
    public static func count(root: URL, under folder: String? = nil) -> Int {
        var count = 0
        walk(root: root, under: folder, includingHidden: true) { _, _ in count += 1 }
        return count
    }

    /// Calls `visit` with the name and project-relative folder prefix of every regular file
    /// under `folder`, in the order the file system lists them.
    private static func walk(root: URL, under folder: String?, includingHidden: Bool,
                             _ visit: (_ name: String, _ relativePrefix: String) -> Void) {
        // Straight from the directory entries: a Foundation enumeration makes a URL and asks
        // for its resource values per file, which costs more than a no-op rebuild's other work.
        func walk(_ directoryPath: String, _ relativePrefix: String) {
            guard let directory = opendir(directoryPath) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." || (!includingHidden && name.hasPrefix(".")) { continue }
                let path = directoryPath + "/" + name
                var isFile = entry.pointee.d_type == UInt8(DT_REG)
                var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
                if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                    // Some file systems leave the type out: ask for it (not following links).
                    var status = stat()
                    guard lstat(path, &status) == 0 else { continue }
                    isFile = status.st_mode & S_IFMT == S_IFREG
                    isFolder = status.st_mode & S_IFMT == S_IFDIR
                }
                if isFolder {
                    walk(path, relativePrefix + name + "/")
                } else if isFile {
                    visit(name, relativePrefix)
                }
            }
        }
        let base = folder.map { root.appendingPathComponent($0) } ?? root
        walk(base.path, folder.map { $0 + "/" } ?? "")
    }

    /// What follows the last `.` of a file name, not counting a leading one (`a.tar.gz` -> `gz`,
    /// `.md` -> none).
    static func pathExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    public static func exists(root: URL, relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path)
    }

    public static func readBytes(root: URL, relative: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        do {
            return Array(try Data(contentsOf: root.appendingPathComponent(relative)))
        } catch {
            diagnostics.append(.error(SourceLocation(file: relative), "cannot be read: \(error.localizedDescription)"))
            return nil
        }
    }

    /// Reads a UTF-8 text file (a BOM is dropped); invalid UTF-8 is an error naming the file.
    public static func readText(root: URL, relative: String, diagnostics: inout [Diagnostic]) -> String? {
        guard var bytes = readBytes(root: root, relative: relative, diagnostics: &diagnostics) else { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: unixLineEnds(bytes), as: UTF8.self) else {
            diagnostics.append(.error(SourceLocation(file: relative), "is not UTF-8 text; save it as UTF-8"))
            return nil
        }
        return text
    }

    /// `bytes` with every CR LF made LF (a lone CR is kept); a copy only when there is a CR.
    static func unixLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
        guard bytes.contains(carriageReturn) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == lineFeed { continue }
            result.append(byte)
        }
        return result
    }
}
