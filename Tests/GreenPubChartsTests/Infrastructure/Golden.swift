import Foundation
import Testing

/// Compares `actual` with `Golden/<name>` byte for byte.
///
/// With `UPDATE_GOLDEN=1` in the environment, or when the file does not exist yet, the file is
/// (re)written and the test fails with "recorded new golden file" so that somebody reviews it.
func assertGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = goldenDirectory.appendingPathComponent(name)
    let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
    let existing = try? String(contentsOf: url, encoding: .utf8)
    if update || existing == nil {
        do {
            try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded new golden file Golden/\(name); review it and run the tests again",
                         sourceLocation: sourceLocation)
        } catch {
            Issue.record("could not write golden file Golden/\(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let existing, existing != actual else { return }
    let message = "output differs from Golden/\(name) (run with UPDATE_GOLDEN=1 to re-record):\n"
        + firstDifference(expected: existing, actual: actual)
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

/// The folder of golden files, found from this source file's path.
let goldenDirectory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Infrastructure
    .deletingLastPathComponent()  // GreenPubChartsTests
    .appendingPathComponent("Golden")

/// A short description of the first line where two texts differ.
func firstDifference(expected: String, actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let left = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
        let right = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
        if left != right {
            return "line \(index + 1):\n- \(left)\n+ \(right)"
        }
    }
    return "(texts differ only in line endings)"
}
