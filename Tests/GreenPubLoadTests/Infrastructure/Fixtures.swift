import Foundation
import GreenPubLoad
import GreenPubModel

/// The files under `Tests/GreenPubLoadTests/Fixtures/`.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Infrastructure
        .deletingLastPathComponent()  // GreenPubLoadTests
        .appending(path: "Fixtures", directoryHint: .isDirectory)

    static func url(_ path: String) -> URL { root.appending(path: path) }

    static func data(_ path: String) throws -> Data { try Data(contentsOf: url(path)) }

    /// Reads a fixture as if it were the project file `file` (diagnostics name `file`).
    static func table(_ path: String, as file: String) throws -> (RawTable?, [Diagnostic]) {
        TableReader.read(data: try data(path), file: file)
    }
}

/// The descriptions of diagnostics, for exact comparison with expected text.
func printed(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.description) }

/// How a problem with a whole file (no line) is printed before ": error:".
func whole(_ file: String) -> String { SourceLocation(file: file).description }
