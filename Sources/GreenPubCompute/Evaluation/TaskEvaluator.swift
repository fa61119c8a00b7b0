import GreenPubModel

/// Evaluates plan tasks (column rows and other targets) on a date from the registers.
///
/// A task holds when every measurable criterion holds (its own and its responsible units').
/// Entries count once they are 已完成 with a completion date on or before the date evaluated.
/// Status: 已完成 when met by the deadline; 逾期完成 when met after it; 逾期 when the
/// deadline has been reached (the date evaluated is on or after it) and a criterion is not
/// met; otherwise 进行中 when some matching work is under way or done, else 未开始;
/// 无法评估 when no criterion is measurable.
public enum TaskEvaluator {
    public static func evaluate(_ task: PlanTask, asOf: CalendarDate, context: EvaluationContext) -> TaskEvaluation {
        evaluate(task, asOf: asOf, measurer: CriterionMeasurer(context: context))
    }

    /// With a measurer shared over tasks and years (it caches the entries each filter matches).
    static func evaluate(_ task: PlanTask, asOf: CalendarDate, measurer: CriterionMeasurer) -> TaskEvaluation {
        var criteria: [(unit: String?, criterion: PlanCriterion)] = []
        if let own = task.criterion { criteria.append((nil, own)) }
        for unit in task.responsible {
            if let criterion = unit.criterion { criteria.append((unit.unit, criterion)) }
        }
        let parts = criteria.map { outcome($0.criterion, unit: $0.unit, asOf: asOf, measurer: measurer) }
        let measurable = parts.filter(\.isMeasurable)

        let status: TaskStatus
        var completedOn: CalendarDate?
        if measurable.isEmpty {
            status = .notMeasurable
        } else if measurable.allSatisfy(\.isMet) {
            completedOn = measurable.compactMap(\.metOn).max()
            status = (completedOn ?? asOf) <= task.deadline ? .completed : .completedLate
        } else if asOf >= task.deadline {
            status = .overdue
        } else if measurable.contains(where: { $0.hasStarted || $0.isMet }) {
            status = .inProgress
        } else {
            status = .notStarted
        }
        var seenEvidence: Set<String> = []
        var seenUnderway: Set<String> = []
        return TaskEvaluation(
            taskID: task.id, asOf: asOf, deadline: task.deadline, status: status, completedOn: completedOn,
            evidence: parts.flatMap(\.evidence).filter { seenEvidence.insert($0).inserted },
            underway: parts.flatMap(\.underway).filter { seenUnderway.insert($0).inserted },
            missing: parts.flatMap(\.missing), parts: parts
        )
    }

    /// One criterion on `asOf`, with the day it became met: the last time, scanning the
    /// dates on which it can change, that it turned from unmet to met.
    static func outcome(_ criterion: PlanCriterion, unit: String?, asOf: CalendarDate, measurer: CriterionMeasurer) -> CriterionOutcome {
        let now = measurer.measure(criterion, on: asOf, who: unit)
        var metOn: CalendarDate?
        if now.isMet {
            let dates = measurer.events(criterion, upTo: asOf)
            if isMonotone(criterion) {
                // Once met, met for good (more completed entries only add): the first date
                // it holds, by bisection.
                var low = 0
                var high = dates.count - 1
                while low < high {
                    let middle = (low + high) / 2
                    if measurer.measure(criterion, on: dates[middle], who: unit, detailed: false).isMet { high = middle } else { low = middle + 1 }
                }
                metOn = dates.isEmpty ? nil : dates[low]
            } else {
                var wasMet = false
                for date in dates {
                    let met = measurer.measure(criterion, on: date, who: unit, detailed: false).isMet
                    if met && !wasMet { metOn = date }
                    wasMet = met
                }
            }
        }
        return CriterionOutcome(
            unit: unit, label: criterion.label, isMeasurable: now.isMeasurable, isMet: now.isMet,
            metOn: metOn, hasStarted: now.hasStarted, current: now.current, required: now.required,
            evidence: now.evidence, underway: now.underway, missing: now.missing, note: now.note
        )
    }

    /// Whether a criterion met on `asOf` stays met from the first date it holds up to
    /// `asOf`: counts, sums, shares and existence only grow as entries complete; a bound on
    /// every entry (`all`) met on `asOf` has no failing entry completed by then, so it too only
    /// grows up to `asOf`. A metric can go back and forth from year to year.
    static func isMonotone(_ criterion: PlanCriterion) -> Bool {
        switch criterion.shape {
        case .count, .exists, .sum, .share, .all, .notMeasurable: true
        case .indicator: false
        case .allOf(let parts): parts.allSatisfy(isMonotone)
        }
    }
}
