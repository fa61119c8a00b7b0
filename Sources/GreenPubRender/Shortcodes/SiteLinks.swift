import GreenPubModel

/// Site paths of the pages a quoted figure, chart or table comes from, so that every figure
/// links to where it is computed and explained: the plan pages' paths (`PlanPaths`) and the
/// structure and group pages'. Paths are site-relative; pages link to them through
/// `RelativeURL.link(from:to:)`.
enum SiteLinks {
    /// The indicator dashboard (指标进展): every indicator of every plan for every year.
    static let indicators = PlanPaths.indicators
    /// How the figures are computed: factors, formulas, evaluation rules.
    static let methodologyFormulas = PlanPaths.methodologyFormulas
    static let methodologyEvaluation = PlanPaths.methodologyEvaluation
    /// The project register.
    static let projects = PlanPaths.projects

    /// An indicator's section on the dashboard.
    static func indicator(_ indicator: PlanIndicator, plan: Plan, plans: [Plan]) -> String {
        indicators + "#" + PlanPaths.indicatorAnchor(planID: plan.id, indicatorID: indicator.id, plans: plans)
    }

    /// The energy structure page of a statistics year (图1-图4 and the energy mix).
    static func structure(_ year: Int) -> String { "structure/\(year).html" }

    /// The page of a reporting group (党政机关, 教育, 卫生, 其他): its accounts by year.
    static func group(_ group: InstitutionGroup) -> String { "groups/\(group.rawValue).html" }

    /// A register entry on the project register.
    static func projectEntry(_ id: String) -> String { projects + "#" + PlanPaths.entryAnchor(id) }
}
