import Foundation
import GreenPubCompute
import GreenPubMarkdown
import GreenPubModel
import Testing
@testable import GreenPubRender

@Suite struct PlanPagesTests {
    let data = PlanPagesFixture.data

    // MARK: Indicator table

    @Test func bindingIndicatorsComeFirstThenTheOthersInPlanOrder() throws {
        let table = try #require(IndicatorTableView.make(data: data, plan: "county-plan", year: nil, from: "indicators.html"))
        #expect(table.rows.map(\.href) == [
            "indicators.html#energy-per-area",
            "indicators.html#edu-energy-per-area",
            "indicators.html#energy-total",
            "indicators.html#coal-share",
        ])
        #expect(table.rows.map(\.attribute) == ["约束性", "约束性", "预期性", "—"])
        #expect(table.years.map(\.year) == ["2021年", "2022年"])
        #expect(table.caption == "专栏1：主要指标")
        #expect(table.note == "备注原文。")
    }

    @Test func statusBadgesPerYearAndBindingRowsBehindAreFlagged() throws {
        let table = try #require(IndicatorTableView.make(data: data, plan: "county-plan", year: nil, from: "indicators.html"))
        let intensity = table.rows[0]
        #expect(intensity.cells.map(\.value) == ["9.70", "9.70"])
        #expect(intensity.cells.map(\.statusLabel) == ["进度正常", "滞后"])
        #expect(intensity.cells.map(\.statusClass) == ["status-on-track", "status-behind"])
        #expect(intensity.isFlagged && intensity.rowClass == "flag")
        let education = table.rows[1]
        #expect(education.cells.map(\.statusClass) == ["status-met", "status-met"])
        #expect(!education.isFlagged)
        // 预期性 and behind its path: a badge, but no flag.
        let total = table.rows[2]
        #expect(total.cells.map(\.statusLabel) == ["滞后", "滞后"])
        #expect(!total.isFlagged && total.rowClass == "")
        #expect(table.flaggedCount == 1)
        // The coal-share target read as an indicator: ahead of its path in 2021, met in 2022.
        #expect(table.rows[3].cells.map(\.statusLabel) == ["进度正常", "达标"])
        #expect(table.rows[3].target == "<2%")
        #expect(table.rows[3].basePrinted == "未列出")
    }

    @Test func projectionShownUntilTheTargetYear() throws {
        let table = try #require(IndicatorTableView.make(data: data, plan: "county-plan", year: 2022, from: "briefings/2022.html"))
        #expect(table.years.map(\.year) == ["2022年"])
        #expect(table.hasProjection)
        #expect(table.projectionHeader == "2025年预测")
        #expect(table.rows[0].href == "../indicators.html#energy-per-area")
        // 10, 9.7, 9.7: mean 9.8 in 2021, slope -0.15 a year -> 9.8 - 0.15 × 4 = 9.20 in 2025; target 9: not met.
        #expect(table.rows[0].projection == "9.20")
        #expect(table.rows[0].projectionStatus == "难以达标")
        #expect(table.evaluationHref == "../methodology.html#evaluation")
    }

    @Test func computedBaseThatDiffersFromThePrintedOneIsMarked() throws {
        var data = self.data
        data.metrics = PlanPagesFixture.metrics.map { series in
            guard series.key.metric == .energyTce else { return series }
            return PlanPagesFixture.series(.energyTce, .county, .total, [101, 99, 97])
        }
        data.evaluations = data.plans.map {
            PlanEvaluator.evaluate($0, years: PlanPagesFixture.years, entries: PlanPagesFixture.entries,
                                   institutions: PlanPagesFixture.institutions, metrics: data.metrics).0
        }
        let table = try #require(IndicatorTableView.make(data: data, plan: "county-plan", year: nil, from: "indicators.html"))
        let total = try #require(table.rows.first { $0.href.hasSuffix("energy-total") })
        #expect(total.basePrinted == "100" && total.baseComputed == "101")
        #expect(total.baseDiffers && table.hasDifferingBase)
        #expect(table.rows.filter(\.baseDiffers).count == 1)
    }

    @Test func unknownPlanOrPlanWithoutIndicatorsGivesNoTable() {
        #expect(IndicatorTableView.make(data: data, plan: "nope", year: nil, from: "x.html") == nil)
        #expect(IndicatorTableView.make(data: data, plan: "municipal-plan", year: nil, from: "x.html") == nil)
    }

    @Test func verdictInWords() throws {
        let item = try #require(DashboardIndicator.all(of: PlanPagesFixture.countyPlan, data: data).first { $0.indicator.id == "energy-per-area" })
        let latest = try #require(item.evaluations.last)
        #expect(IndicatorSentence.verdict(latest, indicator: item.indicator, decimals: 2)
            == "2022年为9.70千克标准煤/平方米，比基期（2020年核算值10.00）下降3.00%，滞后于目标路径（2022年应不高于9.60，实际高出0.10；目标≤9.00）。约束性指标，须重点关注。")
        #expect(IndicatorSentence.projection(latest, indicator: item.indicator, decimals: 2)
            == "按2020—2022年数据的最小二乘直线外推，2025年预计为9.20千克标准煤/平方米，按此趋势难以达标。")
    }

    // MARK: Tasks

    @Test func taskTablesAnswerTemplateLookupsForEveryStoredProperty() throws {
        let lookup = TemplateLookupTests()
        for column in [3, nil] as [Int?] {
            let table = try #require(TaskTableView.make(data: data, column: column, year: nil, from: "tasks/t.html"))
            lookup.checkLookup(table)
            for item in table.items {
                lookup.checkLookup(item)
                item.units.forEach(lookup.checkLookup)
                item.parts.forEach(lookup.checkLookup)
                item.statuses.forEach(lookup.checkLookup)
            }
            #expect(table.items.contains { !$0.units.isEmpty } || column == nil)
        }
    }

    @Test func taskStatusByYearEvidenceLinksAndUnits() throws {
        let table = try #require(TaskTableView.make(data: data, column: 3, year: nil, from: "tasks/column-3.html"))
        let task = try #require(table.items.first)
        #expect(task.anchor == "task-c3-1")
        #expect(task.heading == "第1项")
        #expect(task.statuses.map(\.year) == ["2021年", "2022年"])
        #expect(task.statuses.map(\.label) == ["进行中", "已完成"])
        #expect(task.statuses.map(\.cssClass) == ["status-in-progress", "status-done"])
        #expect(task.completedOn == "2022年9月30日完成")
        #expect(task.evidence.map(\.id) == ["RF-1", "RF 3/改"])
        #expect(task.evidence.map(\.href) == ["../projects/index.html#entry-RF-1", "../projects/index.html#entry-RF_203_2F_E6_94_B9"])
        #expect(task.evidence[1].title == PlanPagesFixture.hostileTitle)
        #expect(task.underway.map(\.id) == ["RF-2"])
        #expect(!task.hasMissing)
        #expect(task.units.map(\.name) == ["县机关事务管理中心", "县教委"])
        #expect(task.units.map(\.href) == ["../institutions/PSG001.html", ""])
        #expect(task.units.map(\.outcomeLabel) == ["已达到", ""])
        #expect(task.units.map(\.hasBreakdown) == [true, false])
        #expect(task.parts.map(\.who) == ["县机关事务管理中心", "县机关事务管理中心"])
        #expect(task.parts.map(\.what) == ["改造项目", "本单位改造"])
        #expect(task.deadline == "2025年12月31日（规划未写明，按规划期末）")
    }

    @Test func taskTableOfOneYearSaysWhatIsMissing() throws {
        let table = try #require(TaskTableView.make(data: data, column: 3, year: 2021, from: "briefings/2021.html"))
        let task = try #require(table.items.first)
        #expect(task.statuses.map(\.label) == ["进行中"])
        #expect(task.missing == ["还差1个改造项目（已完成1个，目标2个）"])
        #expect(task.evidence.map(\.href) == ["../projects/index.html#entry-RF-1"])
        #expect(TaskTableView.make(data: data, column: 9, year: nil, from: "x.html") == nil)
    }

    @Test func otherTargetsAndMunicipalTargets() throws {
        let other = try #require(TaskTableView.make(data: data, column: nil, year: nil, from: "tasks/other.html"))
        let coal = try #require(other.items.first)
        #expect(coal.isQuote && coal.heading == "煤炭消费占比" && coal.section == "二、（一）")
        #expect(coal.dashboardHref == "../indicators.html#coal-share")
        let view = TargetsPageView.make(catalog: PlanCatalog(data))
        let heat = try #require(view.plans.first?.targets.items.first)
        #expect(heat.heading == "二、（一）" && !heat.hasSection)  // no label: the section is the heading
        #expect(heat.currentLabel == "无法评估" && heat.currentClass == "status-unknown")
        #expect(heat.parts.first?.detail == "全市目标，未分解到区县。（登记已完成5000平方米）")
        #expect(heat.evidenceHeading == "登记簿中已完成的相关登记")
        #expect(heat.evidence.map(\.id) == ["HP-1"])
    }

    @Test func taskIndexCountsStatusesOfTheLatestYear() {
        let view = TasksIndexView.make(catalog: PlanCatalog(data))
        let rows = view.plans[0].rows
        #expect(rows.map(\.name) == ["专栏3：改造重点工作", "规划提出的其他目标"])
        #expect(rows.map(\.href) == ["column-3.html", "other.html"])
        #expect(rows[0].counts.counts.map(\.count) == ["1", "0", "0", "0", "0", "0"])
        #expect(view.overall.total == "2")
    }

    // MARK: Projects

    @Test func projectListGroupsByKindWithAnchorsInstitutionsAndTotals() throws {
        let list = ProjectListView.make(data: data, kind: nil, year: nil, from: PlanPaths.projects)
        #expect(list.groups.map(\.name) == ["既有建筑绿色化改造", "空气源热泵"])
        let retrofits = list.groups[0]
        #expect(retrofits.entries.map(\.anchor) == ["entry-RF-1", "entry-RF-2", "entry-RF_203_2F_E6_94_B9"])
        #expect(retrofits.entries.map(\.institution) == ["测试县机关事务管理中心", "测试中学", "PSX999"])
        #expect(retrofits.entries.map(\.institutionHref) == ["../institutions/PSG001.html", "../institutions/PSE001.html", ""])
        #expect(retrofits.entries.map(\.statusLabel) == ["已完成", "实施中", "已完成"])
        #expect(retrofits.entries[1].end == "2023-08-31（计划）")
        #expect(retrofits.columns.map(\.name) == ["面积（平方米）", "投资（万元）", "年节能量（吨标准煤）"])
        #expect(retrofits.entries[0].cells == ["12,000", "300", "50"])
        #expect(retrofits.entries[1].cells == ["8,000", "—", "—"])
        #expect(retrofits.completed == "2")
        #expect(retrofits.totals.map { "\($0.name) \($0.value)\($0.unit)" } == ["面积 15,000平方米", "投资 300万元", "年节能量 50吨标准煤"])
    }

    @Test func projectListAsOfAYearEnd() {
        let at2021 = ProjectListView.make(data: data, kind: nil, year: 2021, from: "briefings/2021.html")
        #expect(at2021.groups.map(\.key) == ["retrofit"])
        #expect(at2021.groups[0].entries.map(\.id) == ["RF-1"])
        #expect(at2021.asOf == "截至2021年12月31日")
        let at2022 = ProjectListView.make(data: data, kind: .retrofit, year: 2022, from: "briefings/2022.html")
        #expect(at2022.groups[0].entries.map(\.statusLabel) == ["已完成", "实施中", "已完成"])
        #expect(at2022.groups[0].entries[0].institutionHref == "../institutions/PSG001.html")
        #expect(ProjectListView.make(data: data, kind: .pv, year: nil, from: "x.html").hasGroups == false)
    }

    @Test func indicatorAnchorsAreTheIdsUnlessAnEarlierPlanUsesThem() {
        let plans = [PlanPagesFixture.countyPlan, PlanPagesFixture.municipalPlan]
        #expect(PlanPaths.indicatorAnchor(planID: "county-plan", indicatorID: "energy-per-area", plans: plans) == "energy-per-area")
        #expect(PlanPaths.indicatorAnchor(planID: "county-plan", indicatorID: "coal-share", plans: plans) == "coal-share")
        #expect(PlanPaths.indicatorAnchor(planID: "municipal-plan", indicatorID: "energy-per-area", plans: plans) == "municipal-plan-energy-per-area")
        // A target that is not a metric bound is not on the dashboard: its id stays free.
        #expect(PlanPaths.indicatorAnchor(planID: "municipal-plan", indicatorID: "heat-pump-area", plans: plans) == "heat-pump-area")
    }

    @Test func safeIDsKeepPlainIdsAndNeverCollide() {
        #expect(SafeID.fragment("PSG001") == "PSG001")
        #expect(SafeID.fragment("RF-001.a") == "RF-001.a")
        #expect(SafeID.fragment("a b") == "a_20b")
        #expect(SafeID.fragment("a_20b") == "a_5F20b")
        #expect(SafeID.fragment("改") == "_E6_94_B9")
        #expect(PlanPaths.entryAnchor("RF 3/改") == "entry-RF_203_2F_E6_94_B9")
    }

    // MARK: Rendering through the project's templates

    @Test func pagesRenderThroughTheTemplatesWithWorkingAnchorsAndEscapedText() throws {
        let templates = try Self.projectTemplates()
        let context = RenderContext(data: data, templates: templates, markdown: MarkdownRenderer())
        var pages: [SitePage] = []
        for builder in PlanSection.builders {
            for name in builder.templateNames { #expect(templates.contains(name), "missing template \(name)") }
            pages += builder.pages(context)
        }
        #expect(pages.map(\.outputPath) == [
            "indicators.html", "tasks/index.html", "tasks/column-3.html", "tasks/other.html", "targets.html", "projects/index.html",
        ])
        #expect(pages.map(\.kind) == ["indicators", "tasks", "column", "column", "targets", "projects"])
        let menu = PlanSection.builders.flatMap { $0.menu(data) }
        #expect(menu.map(\.order) == [10, 20, 25, 50])
        let projects = try #require(pages.last?.bodyHTML)
        for page in pages {
            #expect(page.bodyHTML.contains("class=\"year-note\""), "\(page.outputPath) has no statistics year")
            #expect(!page.bodyHTML.contains("<script>"), "\(page.outputPath) lets a title through as markup")
            #expect(!page.bodyHTML.contains("<img src=x"), "\(page.outputPath) lets a title through as markup")
            // Every link into the project register names an entry that is there.
            for anchor in Self.fragments(in: page.bodyHTML, linkingTo: "projects/index.html") {
                #expect(projects.contains("id=\"\(anchor)\""), "\(page.outputPath) links to a missing entry \(anchor)")
            }
        }
        #expect(projects.contains("&lt;script&gt;x&lt;/script&gt;"))
        let dashboard = pages[0].bodyHTML
        #expect(dashboard.contains("<tr class=\"flag\">"))
        #expect(dashboard.contains("id=\"energy-per-area\""))
        #expect(dashboard.contains("href=\"data/indicators.csv\""))
        #expect(dashboard.components(separatedBy: "<svg").count - 1 == 8)  // four trend charts, four progress bars
    }

    /// The `#fragment`s of the links in `html` to a file whose path ends with `file`.
    static func fragments(in html: String, linkingTo file: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { rest in
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            let link = rest[..<end]
            guard let hash = link.firstIndex(of: "#"), link[..<hash].hasSuffix(file) else { return nil }
            return String(link[link.index(after: hash)...])
        }
    }

    /// The project's templates/ folder, parsed as the build parses it.
    static func projectTemplates() throws -> TemplateSet {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("templates")
        var sources: [TemplateSource] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "mustache" else { continue }
            let relative = String(url.path.dropFirst(folder.path.count + 1))
            sources.append(TemplateSource(name: String(relative.dropLast(".mustache".count)), path: "templates/" + relative,
                                          text: try String(contentsOf: url, encoding: .utf8)))
        }
        let (set, problems) = TemplateSet.parse(sources.sorted { $0.name < $1.name })
        #expect(problems.isEmpty, "\(problems)")
        return try #require(set)
    }
}
