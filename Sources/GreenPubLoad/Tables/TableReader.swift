import Foundation
import GreenPubModel

/// Reads a table file, CSV or XLSX, chosen by the file's extension.
public enum TableReader {
    /// The kinds of table file GreenPub reads.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case csv
        case xlsx

        /// The format of a path by its extension (case-insensitive); nil for any other file.
        public init?(path: String) {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
            self.init(rawValue: name[name.index(after: dot)...].lowercased())
        }
    }

    /// Reads `data`, the contents of the project-relative path `file`.
    /// - Returns: the table, or nil when nothing usable could be read; and every problem found.
    public static func read(data: Data, file: String) -> (RawTable?, [Diagnostic]) {
        switch Format(path: file) {
        case .csv:
            let (decoded, problems) = TextDecoding.decode(data, file: file)
            guard let decoded else { return (nil, problems) }
            return CSVParser.parse(decoded.text, file: file)
        case .xlsx:
            return XLSXReader.read(data: data, file: file)
        case nil:
            return (nil, [.error(SourceLocation(file: file),
                "GreenPub reads tables from .csv or .xlsx files; save this one as \"CSV UTF-8\" or .xlsx")])
        }
    }
}
