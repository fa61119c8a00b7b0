import Foundation
import GreenPubLoad
import GreenPubModel

/// A complete synthetic project, as `greenpub synth --from DIR` writes it: the sample's
/// statistics and factors (`SampleGenerator`), plus a template project's non-data content
/// copied unchanged (site settings, campaigns, plans, pages, briefings, reports, templates)
/// and its registers scaled to the roster (`SynthRegisterScaler`).
public enum SynthProject {
    /// Whether a template project's file is copied unchanged: every file under `content/` and
    /// `templates/`, except `content/data/**` (generated or scaled) and README.md files, which
    /// are notes about the template's own data, not pages.
    public static func isCopied(_ path: String) -> Bool {
        guard path.hasPrefix("content/") || path.hasPrefix("templates/") else { return false }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return !path.hasPrefix("content/data/") && name.uppercased() != "README.MD"
    }

    /// The folder whose tables are the template's registers.
    public static let registersFolder = "content/data/registers"

    /// Whether a template project's file is a register to scale: a `.csv` or `.xlsx` directly
    /// in `content/data/registers/`.
    public static func isRegister(_ path: String) -> Bool {
        guard path.hasPrefix(registersFolder + "/"), TableReader.Format(path: path) != nil else { return false }
        return !path.dropFirst(registersFolder.count + 1).contains("/")
    }

    /// The template's registers scaled to `institutions` (see `SynthRegisterScaler`): one CSV
    /// per register file, in path order, or every problem reading them.
    /// - Parameter registers: each register file's project-relative path and bytes.
    public static func scaledRegisters(
        _ registers: [(path: String, bytes: [UInt8])], institutions: Int
    ) -> ([SampleFile], [Diagnostic]) {
        var templates: [SynthRegisterScaler.Template] = []
        var diagnostics: [Diagnostic] = []
        for register in registers {
            let (table, problems) = TableReader.read(data: Data(register.bytes), file: register.path)
            diagnostics += problems
            if let table { templates.append(SynthRegisterScaler.Template(path: register.path, table: table)) }
        }
        guard !diagnostics.hasErrors else { return ([], diagnostics) }
        let (files, problems) = SynthRegisterScaler.scale(templates, institutions: institutions)
        return (files, diagnostics + problems)
    }
}
