import Foundation
import Testing

/// Golden files: expected output kept beside the tests and compared byte for byte.
///
/// Run with `UPDATE_GOLDEN=1` (for example `UPDATE_GOLDEN=1 make test`) to rewrite them from the
/// current output; the run then fails once with "golden files rewritten", so that every change
/// is reviewed with `git diff` before it is committed.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    /// The folder `<relative>` beside the calling test file (Tests/GreenPubKitTests/).
    static func testsFolder(_ relative: String, file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent()
            .appendingPathComponent(relative)
    }

    /// Compares a whole tree of files (site-relative path -> bytes) with a golden folder: same
    /// file names, same bytes, no file missing, no file extra.
    static func assertTree(_ files: [(path: String, bytes: [UInt8])], matches golden: URL,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fm = FileManager.default
        if updating || !fm.fileExists(atPath: golden.path) {
            try? fm.removeItem(at: golden)
            for file in files {
                let target = golden.appendingPathComponent(file.path)
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: target)
            }
            Issue.record("golden files rewritten in \(golden.path); review them with git diff, then run the tests again without UPDATE_GOLDEN",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = Set(listFiles(golden))
        let actual = Set(files.map(\.path))
        for missing in expected.subtracting(actual).sorted() {
            Issue.record("the build no longer writes \(missing) (golden \(golden.lastPathComponent))", sourceLocation: sourceLocation)
        }
        for extra in actual.subtracting(expected).sorted() {
            Issue.record("the build writes \(extra), which no golden file pins; run with UPDATE_GOLDEN=1 to record it", sourceLocation: sourceLocation)
        }
        for file in files where expected.contains(file.path) {
            let want = try Data(contentsOf: golden.appendingPathComponent(file.path))
            if !want.elementsEqual(file.bytes) {
                Issue.record("\(file.path) differs from its golden file:\n\(firstDifference(want: Array(want), got: file.bytes))",
                             sourceLocation: sourceLocation)
            }
        }
    }

    /// Compares one text with one golden file.
    static func assertText(_ text: String, matches golden: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fm = FileManager.default
        if updating || !fm.fileExists(atPath: golden.path) {
            try fm.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: golden)
            Issue.record("golden file \(golden.lastPathComponent) rewritten; review it with git diff, then run the tests again without UPDATE_GOLDEN",
                         sourceLocation: sourceLocation)
            return
        }
        // Bytes, not Strings: a byte-order mark or CRLF line ends are part of what is pinned.
        let want = Array(try Data(contentsOf: golden))
        if want != Array(text.utf8) {
            Issue.record("differs from \(golden.lastPathComponent):\n\(firstDifference(want: want, got: Array(text.utf8)))",
                         sourceLocation: sourceLocation)
        }
    }

    /// Paths of the regular files under a folder, relative to it, sorted.
    static func listFiles(_ folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        let base = folder.standardizedFileURL.path
        var paths: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            paths.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
        }
        return paths.sorted()
    }

    /// The first differing line of two texts, with its number, for a readable failure.
    static func firstDifference(want: [UInt8], got: [UInt8]) -> String {
        let wantLines = String(decoding: want, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let gotLines = String(decoding: got, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(wantLines.count, gotLines.count) {
            let w = index < wantLines.count ? String(wantLines[index]) : "<end of file>"
            let g = index < gotLines.count ? String(gotLines[index]) : "<end of file>"
            if w != g { return "line \(index + 1)\n  golden: \(w)\n  actual: \(g)" }
        }
        return "(same text, different bytes)"
    }
}
