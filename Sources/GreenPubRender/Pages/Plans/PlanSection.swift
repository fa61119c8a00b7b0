/// The plan pages: 指标进展 (10), 重点工作 (20), 市级目标 (25), 项目台账 (50).
enum PlanSection {
    static let builders: [any PageBuilder] = [
        IndicatorDashboardBuilder(),
        TaskPagesBuilder(),
        TargetsPageBuilder(),
        ProjectRegisterBuilder(),
    ]
}
