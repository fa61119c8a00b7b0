import Foundation
import GreenPubModel

extension FactorsLoader {
    /// Reads and parses `content/data/factors.yaml` under the project root.
    public static func load(root: URL) -> (FactorTable?, [Diagnostic]) {
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return (nil, [.error(SourceLocation(file: relativePath), "the factors file is missing; it must hold the standard-coal, density and CO2 factors")])
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (nil, [.error(SourceLocation(file: relativePath), "the factors file cannot be read")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [.error(SourceLocation(file: relativePath), "the factors file is not UTF-8 text")])
        }
        let withoutBOM = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return parse(yaml: withoutBOM, file: relativePath)
    }
}
