import GreenPubModel

/// Checks of all registers' entries together and against the institutions of the statistics.
public enum RegisterValidation {
    /// Errors: an id used twice (across all register files, pointing at the later row and
    /// naming the first), an institution id not in the statistics (with the nearest id).
    /// Warnings: a completed data-centre retrofit without 改造后PUE, a completed training
    /// without 数量 (the plan criteria cannot count them).
    public static func check(_ entries: [RegisterEntry], institutions: [String: InstitutionRef]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstByID: [String: RegisterEntry] = [:]
        var knownIDs: [String]?
        for entry in entries {
            if let first = firstByID[entry.id] {
                diagnostics.append(.error(
                    entry.idCell.location,
                    "\(entry.idCell.header) '\(entry.id)' is already used at \(first.idCell.location); ids must be unique across registers"
                ))
            } else {
                firstByID[entry.id] = entry
            }
            if institutions[entry.institution] == nil {
                if knownIDs == nil { knownIDs = institutions.keys.sorted() }
                let hint = ClosestName.hint(for: entry.institution, among: knownIDs ?? [])
                diagnostics.append(.error(
                    entry.institutionCell.location,
                    "\(entry.institutionCell.header) '\(entry.institution)' is not an institution of the statistics\(hint)"
                ))
            }
            if entry.status == .completed {
                if entry.kind == .dataCentre, entry.pueAfter == nil {
                    diagnostics.append(.warning(entry.location, "completed data-centre retrofit '\(entry.id)' has no 改造后PUE; the plans' PUE criterion cannot count it"))
                }
                if entry.kind == .training, entry.quantity == nil {
                    diagnostics.append(.warning(entry.location, "completed training '\(entry.id)' has no 数量 (participants); it adds nothing to the training totals"))
                }
            }
        }
        return diagnostics
    }
}
