/// The plan pages.
enum PlanSection {
    static let builders: [any PageBuilder] = []
}
