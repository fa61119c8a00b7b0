import Foundation
import GreenPubModel

extension PlanLoader {
    /// The plans folder relative to the project root.
    public static let folder = "content/plans"

    /// Reads every `content/plans/*.yaml` (and `*.yml`) under `root`, sorted by file name.
    /// A missing folder means no plans. Plan ids must be unique across files.
    public static func loadAll(root: URL) -> ([Plan], [Diagnostic]) {
        let directory = root.appendingPathComponent(folder, isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return ([], [])
        }
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var plans: [Plan] = []
        var diagnostics: [Diagnostic] = []
        for name in files {
            let relative = "\(folder)/\(name)"
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                diagnostics.append(.error(SourceLocation(file: relative), "cannot read the file"))
                continue
            }
            var bytes = data
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard let text = String(data: bytes, encoding: .utf8) else {
                diagnostics.append(.error(SourceLocation(file: relative), "the plan file is not UTF-8 text; save it as UTF-8"))
                continue
            }
            let (plan, fileDiagnostics) = parse(yaml: text, file: relative)
            diagnostics += fileDiagnostics
            if let plan { plans.append(plan) }
        }
        diagnostics += PlanValidation.checkUniquePlanIDs(plans)
        return (plans, diagnostics)
    }
}
