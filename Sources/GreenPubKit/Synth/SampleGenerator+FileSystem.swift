import Foundation

extension SampleGenerator {
    /// Writes the sample's files under `directory` (creating folders as needed) and returns
    /// the paths written, relative to it.
    @discardableResult
    public static func write(_ files: [SampleFile], to directory: URL) throws -> [String] {
        let manager = FileManager.default
        for file in files {
            let url = directory.appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url, options: .atomic)
        }
        return files.map(\.path)
    }
}
