import Foundation
import GreenPubLoad
import GreenPubModel
import GreenPubBytes

extension SynthProject {
    /// Copies the non-data content of the project at `template` into `directory` and writes
    /// its registers scaled to `institutions`. Reads every register first: on any error in
    /// them nothing is written and the diagnostics say why.
    /// - Returns: the paths written (relative to `directory`, in path order) and the problems found.
    public static func writeTemplateContent(
        from template: URL, to directory: URL, institutions: Int
    ) throws -> (written: [String], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard ProjectFiles.exists(root: template, relative: "content") else {
            return ([], [.error(SourceLocation(file: "content"), "the template \(template.path) has no content/ folder")])
        }
        let files = (ProjectFiles.list(root: template, under: "content") + ProjectFiles.list(root: template, under: "templates"))
        var registers: [(path: String, bytes: [UInt8])] = []
        for path in files where isRegister(path) {
            guard let bytes = ProjectFiles.readBytes(root: template, relative: path, diagnostics: &diagnostics) else { continue }
            registers.append((path, bytes))
        }
        let (scaled, problems) = scaledRegisters(registers, institutions: institutions)
        diagnostics += problems
        guard !diagnostics.hasErrors else { return ([], diagnostics) }

        var copies: [SampleFileBytes] = []
        for path in files where isCopied(path) {
            guard let bytes = ProjectFiles.readBytes(root: template, relative: path, diagnostics: &diagnostics) else { continue }
            copies.append(SampleFileBytes(path: path, bytes: bytes))
        }
        guard !diagnostics.hasErrors else { return ([], diagnostics) }
        copies += scaled.map { SampleFileBytes(path: $0.path, bytes: Array($0.contents.utf8)) }
        copies.sort { $0.path.precedesInUTF8Order($1.path) }

        let manager = FileManager.default
        for file in copies {
            let url = directory.appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url, options: .atomic)
        }
        return (copies.map(\.path), diagnostics)
    }

    private struct SampleFileBytes {
        var path: String
        var bytes: [UInt8]
    }
}
