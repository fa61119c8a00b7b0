import Foundation
import GreenPubModel

extension TableReader {
    /// Reads the table file at `url`, reporting problems at the project-relative path `file`.
    public static func read(contentsOf url: URL, file: String) -> (RawTable?, [Diagnostic]) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return (nil, [.error(SourceLocation(file: file), "cannot read the file: \(error.localizedDescription)")])
        }
        return read(data: data, file: file)
    }
}
