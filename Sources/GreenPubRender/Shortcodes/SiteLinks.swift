import GreenPubModel

/// Site paths of the pages a quoted figure, chart or table comes from, so that every figure
/// links to where it is computed and explained. Paths are site-relative; pages link to them
/// through `RelativeURL.link(from:to:)`.
enum SiteLinks {
    /// The indicator dashboard (指标进展): every indicator of every plan for every year.
    static let indicators = "indicators.html"
    /// How the figures are computed: factors, formulas, evaluation rules.
    static let methodology = "methodology.html"
    static let methodologyFormulas = "methodology.html#formulas"
    static let methodologyEvaluation = "methodology.html#evaluation"
    /// The project register.
    static let projects = "projects/index.html"
    /// The municipal plan's targets.
    static let targets = "targets.html"

    /// The energy structure page of a statistics year (图1-图4 and the energy mix).
    static func structure(_ year: Int) -> String { "structure/\(year).html" }

    /// The page of a reporting group (党政机关, 教育, 卫生, 其他): its accounts by year.
    static func group(_ group: InstitutionGroup) -> String { "groups/\(group.rawValue).html" }

    /// The page of a column of key work (专栏2-6), or of the targets outside the columns.
    static func tasks(column: Int?) -> String {
        column.map { "tasks/column-\($0).html" } ?? "tasks/other.html"
    }

    /// A register entry on the project register page.
    static func projectEntry(_ id: String) -> String { "projects/index.html#entry-\(id)" }
}
