import GreenPubCompute
import GreenPubModel

/// The plans as the plan pages divide them: plans with column tables (专栏2-6: the county's
/// own plan) get the task pages; the others (the municipal plan) are listed on 市级目标.
/// Also answers the lookups every plan page needs: a plan's evaluation, a task's evaluation
/// in a year, a register entry by id.
struct PlanCatalog {
    /// A plan with column tables and the folder of its task pages (nil for the first one:
    /// `tasks/column-3.html`; the plan id for later ones: `tasks/<id>/column-3.html`).
    struct CountyPlan {
        let plan: Plan
        let folder: String?
    }

    let data: SiteData
    let countyPlans: [CountyPlan]
    /// Plans without column tables that state targets or indicators.
    let otherPlans: [Plan]
    private let evaluationsByPlan: [String: PlanEvaluation]

    init(_ data: SiteData) {
        self.data = data
        var county: [CountyPlan] = []
        var other: [Plan] = []
        for plan in data.plans {
            if !plan.columns.isEmpty {
                county.append(CountyPlan(plan: plan, folder: county.isEmpty ? nil : plan.id))
            } else if !plan.targets.isEmpty || !plan.indicators.isEmpty {
                other.append(plan)
            }
        }
        countyPlans = county
        otherPlans = other
        var evaluations: [String: PlanEvaluation] = [:]
        for evaluation in data.evaluations where evaluations[evaluation.planID] == nil {
            evaluations[evaluation.planID] = evaluation
        }
        evaluationsByPlan = evaluations
    }

    func plan(_ id: String) -> Plan? { data.plans.first { $0.id == id } }

    func evaluation(of planID: String) -> PlanEvaluation? { evaluationsByPlan[planID] }

    func entry(_ id: String) -> RegisterEntry? { data.registerEntry(id: id) }

    /// The county plan a column number belongs to: `planID`, else the first plan with columns.
    func countyPlan(_ planID: String?) -> CountyPlan? {
        guard let planID else { return countyPlans.first }
        return countyPlans.first { $0.plan.id == planID }
    }

    /// The statistics years a plan's tasks are shown for: the years from the plan's start on
    /// (a 2021-2025 plan is not judged at the end of 2020), every year if none is that late.
    func taskYears(_ plan: Plan) -> [Int] {
        let years = data.years.filter { $0 >= plan.period.startYear }
        return years.isEmpty ? data.years : years
    }

    /// A task's evaluation as of the end of `year`.
    func taskEvaluation(planID: String, taskID: String, year: Int) -> TaskEvaluation? {
        evaluation(of: planID)?.years.first { $0.year == year }?.tasks.first { $0.taskID == taskID }
    }

    /// Where a task of a plan is shown: its column page or the other-targets page (county
    /// plans), or the 市级目标 page.
    func page(of task: PlanTask, in plan: Plan) -> String {
        if let county = countyPlans.first(where: { $0.plan.id == plan.id }) {
            if let column = task.column { return PlanPaths.column(column, planFolder: county.folder) }
            return PlanPaths.otherTargets(planFolder: county.folder)
        }
        return PlanPaths.targets
    }
}
