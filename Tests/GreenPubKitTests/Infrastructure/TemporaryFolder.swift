import Foundation

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init(_ label: String = "greenpub-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Copies a fixture folder's files into this folder, creating them in the given path order
    /// (so that tests can vary the order in which the file system lists them).
    func copy(from source: URL, into folder: String? = nil, order: (([String]) -> [String]) = { $0 }) throws {
        for path in order(Golden.listFiles(source)) {
            let target = url.appendingPathComponent(folder.map { "\($0)/\(path)" } ?? path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source.appendingPathComponent(path), to: target)
        }
    }

    /// Every file under a folder as (relative path, bytes), sorted by path.
    static func snapshot(_ folder: URL) throws -> [(path: String, bytes: [UInt8])] {
        try Golden.listFiles(folder).map { ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }
}
