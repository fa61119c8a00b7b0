import GreenPubModel

/// 项目台账 (`projects/index.html`): every register entry, grouped by kind, each with the
/// anchor `entry-<id>` the task pages and the institution pages link to.
struct ProjectRegisterBuilder: PageBuilder {
    static let title = "项目台账"

    var templateNames: [String] { ["projects", "partials/project-list"] }

    func menu(_ data: SiteData) -> [MenuItem] {
        data.registers.isEmpty ? [] : [MenuItem(title: Self.title, outputPath: PlanPaths.projects, order: 50)]
    }

    func pages(_ context: RenderContext) -> [SitePage] {
        guard !context.data.registers.isEmpty else { return [] }
        return [SitePage(
            outputPath: PlanPaths.projects, title: Self.title,
            description: "公共机构节能改造、可再生能源、创建、培训等项目登记",
            breadcrumbs: [SitePage.Crumb(title: "首页", outputPath: "index.html")],
            menuPath: PlanPaths.projects, kind: "projects",
            body: context.renderMarkup("projects", ProjectsPageView.make(data: context.data)))]
    }
}

/// What `templates/projects.mustache` sees.
struct ProjectsPageView {
    let title: String
    let yearNote: String
    let list: ProjectListView
    let count: String
    let completed: String
    let inProgress: String
    let planned: String
    /// The register files, as the office named them.
    let sources: String
    /// Where the registers are used: the task pages and 市级目标, when the site has them.
    let usedBy: [Link]
    let hasUsedBy: Bool

    struct Link {
        let title: String
        let href: String
    }

    static let from = PlanPaths.projects

    static func make(data: SiteData) -> ProjectsPageView {
        let entries = data.registers
        let files = Array(Set(entries.map(\.location.file))).sorted()
        let catalog = PlanCatalog(data)
        var usedBy: [Link] = []
        if !catalog.countyPlans.isEmpty {
            usedBy.append(Link(title: TaskPagesBuilder.title, href: RelativeURL.link(from: from, to: PlanPaths.tasksIndex)))
        }
        if !catalog.otherPlans.isEmpty {
            usedBy.append(Link(title: TargetsPageBuilder.title, href: RelativeURL.link(from: from, to: PlanPaths.targets)))
        }
        return ProjectsPageView(
            title: ProjectRegisterBuilder.title,
            yearNote: "登记簿现状" + (data.latestYear.map { "；统计年度最新\($0)年" } ?? ""),
            list: ProjectListView.make(data: data, kind: nil, year: nil, from: from),
            count: String(entries.count),
            completed: String(entries.filter { $0.status == .completed }.count),
            inProgress: String(entries.filter { $0.status == .inProgress }.count),
            planned: String(entries.filter { $0.status == .planned }.count),
            sources: files.joined(separator: "、"),
            usedBy: usedBy,
            hasUsedBy: !usedBy.isEmpty)
    }
}
