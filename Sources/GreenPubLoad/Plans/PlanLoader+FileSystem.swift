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
        // Each file on a core of its own: a county's larger plan is the longest single piece of
        // loading its project (the statistics, larger in all, are read file by file on every core).
        let read = ParallelMap.map(files) { name in readPlan(named: name, in: directory) }
        let plans = read.compactMap(\.plan)
        var diagnostics = read.flatMap(\.diagnostics)
        diagnostics += PlanValidation.checkUniquePlanIDs(plans)
        return (plans, diagnostics)
    }

    /// One plan file of `directory`: read, decoded (a byte-order mark is dropped) and parsed.
    private static func readPlan(named name: String, in directory: URL) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let relative = "\(folder)/\(name)"
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
            return (nil, [.error(SourceLocation(file: relative), "cannot read the file")])
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            return (nil, [.error(SourceLocation(file: relative), "the plan file is not UTF-8 text; save it as UTF-8")])
        }
        return parse(yaml: text, file: relative)
    }
}
