import GreenPubModel

/// Checks of loaded plans against each other and against the institutions of the statistics.
public enum PlanValidation {
    /// Every plan id once across the plan files.
    public static func checkUniquePlanIDs(_ plans: [Plan]) -> [Diagnostic] {
        var seen: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for plan in plans {
            if let first = seen[plan.id] {
                diagnostics.append(.error(SourceLocation(file: plan.file, line: 1, column: 1),
                                          "plan id '\(plan.id)' is already used by \(first)"))
            } else {
                seen[plan.id] = plan.file
            }
        }
        return diagnostics
    }

    /// Institution ids named by the plans (responsible units, criterion filters) must exist
    /// in the statistics.
    public static func check(_ plans: [Plan], institutions: [String: InstitutionRef]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for plan in plans {
            for task in plan.allTasks {
                for unit in task.responsible {
                    if let id = unit.institution, institutions[id] == nil {
                        diagnostics.append(.error(unit.location, "responsible unit \(unit.unit) names institution '\(id)', which is not in the statistics"))
                    }
                    if let criterion = unit.criterion { diagnostics += check(criterion, institutions) }
                }
                if let criterion = task.criterion { diagnostics += check(criterion, institutions) }
            }
        }
        return diagnostics
    }

    private static func check(_ criterion: PlanCriterion, _ institutions: [String: InstitutionRef]) -> [Diagnostic] {
        func unknown(_ filter: EntryFilter) -> [Diagnostic] {
            filter.institutions.filter { institutions[$0] == nil }.map {
                .error(criterion.location, "the criterion names institution '\($0)', which is not in the statistics")
            }
        }
        switch criterion.shape {
        case .count(let filter, _), .sum(let filter, _, _, _), .share(let filter, _, _),
             .all(let filter, _, _, _, _), .exists(let filter):
            return unknown(filter)
        case .notMeasurable(_, let tally):
            return tally.map { unknown($0.filter) } ?? []
        case .indicator:
            return []
        case .allOf(let parts):
            return parts.flatMap { check($0, institutions) }
        }
    }
}
