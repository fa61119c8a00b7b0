import Foundation
import GreenPubCharts
import GreenPubCompute
import GreenPubModel
import GreenPubRender
import Testing
@testable import GreenPubKit

/// The repository's own sample (content/, templates/): its briefings and reports quote the same
/// figures as the evaluation, its campaign pages gather what they should, and `greenpub new`
/// scaffolds pages that build without edits.
@Suite struct PublicationTests {
    /// The repository root: Tests/GreenPubKitTests/ is two folders below it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Sample: Sendable {
        let data: SiteData
        let files: [OutputFile]
        let diagnostics: [Diagnostic]

        func text(_ path: String) -> String? {
            files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
        }
    }

    /// The sample loaded, computed and rendered as `greenpub build --today 2025-06-10` does.
    static let sample: Sample = {
        let (sources, loadProblems) = ProjectLoader.load(root: root)
        let result = Pipeline.run(sources, loadDiagnostics: loadProblems, today: "2025-06-10")
        let (data, _) = Pipeline.compute(sources, config: sources.config ?? SiteConfig(title: "", organisation: "", description: ""), today: "2025-06-10")
        return Sample(data: data, files: result.files, diagnostics: result.diagnostics)
    }()

    /// One figure a page quotes: `<span … data-indicator="id" data-year="2024" data-show="value">text</span>`.
    struct QuotedFigure {
        let page: String
        let id: String
        let year: Int
        let show: String
        let text: String
    }

    static func quotedFigures(in page: String, html: String) -> [QuotedFigure] {
        let pattern = #/<span class="[^"]+" data-indicator="([^"]+)" data-year="(\d+)" data-show="([^"]+)">([^<]*)</span>/#
        return html.matches(of: pattern).map { match in
            QuotedFigure(page: page, id: String(match.1), year: Int(match.2) ?? 0, show: String(match.3), text: String(match.4))
        }
    }

    /// The text a figure must read, worked out here from the evaluation and the plan, not
    /// through the renderer's own formatting code.
    static func expectedText(_ figure: QuotedFigure, data: SiteData) throws -> String {
        let (plan, indicator) = try #require(data.plans.lazy.compactMap { plan in
            plan.indicators.first { $0.id == figure.id }.map { (plan, $0) }
        }.first, "\(figure.page) quotes unknown indicator \(figure.id)")
        let evaluation = try #require(data.evaluations.first { $0.planID == plan.id }?.years.first { $0.year == figure.year }?
            .indicators.first { $0.indicatorID == figure.id }, "no evaluation of \(figure.id) in \(figure.year)")
        let decimals = try #require(indicator.target.decimals ?? indicator.base.decimals, "\(figure.id) has no printed precision")
        let unit = indicator.unit
        func number(_ value: Double) -> String { ChartNumberFormat.format(value, decimals: decimals) }
        func words(_ change: Double, _ places: Int, _ suffix: String) -> String {
            let magnitude = ChartNumberFormat.format(abs(change), decimals: places)
            if magnitude == ChartNumberFormat.format(0.0, decimals: places) { return "持平" }
            return (change < 0 ? "下降" : "上升") + magnitude + suffix
        }
        switch figure.show {
        case "value": return number(evaluation.value) + unit
        case "number": return number(evaluation.value)
        case "base": return number(evaluation.computedBase) + unit
        case "target": return evaluation.comparison.symbol + number(evaluation.target) + unit
        case "path": return number(evaluation.path) + unit
        case "projection": return number(try #require(evaluation.projection).projectedValue) + unit
        case "change": return words(try #require(evaluation.changePercent), 2, "%")
        case "change-value": return words(evaluation.change, decimals, unit)
        case "status": return evaluation.status.chineseName
        default:
            Issue.record("\(figure.page): unknown show=\(figure.show)")
            return ""
        }
    }

    /// The built site's `data/indicators.json` (the dashboard's export), by "plan/indicator".
    static func exportedIndicators(_ sample: Sample) throws -> [String: [String: Any]] {
        let file = try #require(sample.files.first { $0.path == "data/indicators.json" }, "the site has no data/indicators.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])
        let items = try #require(root["indicators"] as? [[String: Any]])
        var byKey: [String: [String: Any]] = [:]
        for item in items {
            byKey["\(item["plan"] as? String ?? "")/\(item["id"] as? String ?? "")"] = item
        }
        return byKey
    }

    /// The figure as `data/indicators.json` gives it (values, base, target, path and status by
    /// year), or nil for what the export does not hold (changes, projections of past years).
    static func exportedText(_ figure: QuotedFigure, data: SiteData, exported: [String: [String: Any]]) throws -> String? {
        let plan = try #require(data.plans.first { $0.indicators.contains { $0.id == figure.id } })
        let indicator = try #require(plan.indicators.first { $0.id == figure.id })
        let item = try #require(exported["\(plan.id)/\(figure.id)"], "\(figure.id) is not in data/indicators.json")
        let decimals = try #require(indicator.target.decimals ?? indicator.base.decimals)
        let year = String(figure.year)
        func number(_ any: Any?) throws -> String {
            ChartNumberFormat.format(try #require(any as? Double ?? (any as? NSNumber)?.doubleValue), decimals: decimals)
        }
        switch figure.show {
        case "value": return try number((item["values"] as? [String: Any])?[year]) + indicator.unit
        case "base": return try number((item["base"] as? [String: Any])?["value_computed"]) + indicator.unit
        case "path": return try number((item["path"] as? [String: Any])?[year]) + indicator.unit
        case "target":
            let target = try #require(item["target"] as? [String: Any])
            return (target["comparison"] as? String ?? "") + (try number(target["value"])) + indicator.unit
        case "status":
            let key = try #require((item["status"] as? [String: Any])?[year] as? String)
            return try #require(IndicatorStatus(rawValue: key)).chineseName
        default: return nil
        }
    }

    @Test func sampleBuildsWithoutErrors() {
        #expect(!Self.sample.diagnostics.hasErrors, "\(Self.sample.diagnostics.filter(\.isError))")
        #expect(!Self.sample.files.isEmpty)
    }

    /// Each indicator figure quoted in the sample briefings and reports equals the one in the
    /// dashboard's export `data/indicators.json` and in the evaluation it is made from.
    @Test func everyQuotedIndicatorFigureEqualsTheEvaluation() throws {
        let sample = Self.sample
        let pages = sample.files.filter { ($0.path.hasPrefix("briefings/") || $0.path.hasPrefix("reports/")) && !$0.path.hasSuffix("index.html") }
        #expect(pages.count == 5)
        var figures: [QuotedFigure] = []
        for page in pages {
            figures += Self.quotedFigures(in: page.path, html: String(decoding: page.bytes, as: UTF8.self))
        }
        // Every briefing and report quotes figures, of several kinds.
        for page in pages {
            #expect(figures.contains { $0.page == page.path }, "\(page.path) quotes no indicator")
        }
        #expect(figures.count > 80)
        #expect(Set(figures.map(\.show)) == ["value", "base", "target", "path", "projection", "change", "status"])
        let exported = try Self.exportedIndicators(sample)
        var checkedAgainstExport = 0
        for figure in figures {
            let expected = try Self.expectedText(figure, data: sample.data)
            #expect(figure.text == expected, "\(figure.page): \(figure.id) \(figure.year) \(figure.show)")
            if let fromExport = try Self.exportedText(figure, data: sample.data, exported: exported) {
                #expect(figure.text == fromExport, "\(figure.page): \(figure.id) \(figure.year) \(figure.show) against data/indicators.json")
                checkedAgainstExport += 1
            }
        }
        #expect(checkedAgainstExport > 60)
        // The briefings of the 2025 week quote the 2024 statistics; the final evaluation 2025.
        #expect(figures.filter { $0.page.hasPrefix("briefings/2025-06") }.allSatisfy { $0.year == 2024 })
        #expect(figures.filter { $0.page.contains("final-evaluation") }.allSatisfy { $0.year == 2025 })
    }

    @Test func sampleHasTheCampaignBriefingsAndTheTwoReports() throws {
        let pages = Self.sample.data.pages
        let briefings = pages.filter { $0.frontMatter.kind == "briefing" && $0.frontMatter.campaign == 2025 }
        #expect(briefings.count >= 3)
        #expect(briefings.allSatisfy { $0.frontMatter.date?.hasPrefix("2025-06-") == true })
        #expect(Set(briefings.compactMap(\.frontMatter.date)).count == briefings.count)
        let reports = pages.filter { $0.frontMatter.kind == "report" }
        #expect(reports.compactMap(\.frontMatter.statisticsYear).sorted() == [2024, 2025])
    }

    @Test func campaignPageOfTheSampleGathersItsWeek() throws {
        let page = try #require(Self.sample.text("campaigns/2025.html"))
        #expect(page.contains("<body class=\"kind-campaign\">"))
        for briefing in Self.sample.data.pages where briefing.frontMatter.campaign == 2025 {
            #expect(page.contains("href=\"../\(briefing.outputPath)\""), "\(briefing.outputPath)")
        }
        #expect(page.contains("#entry-PB-2025-1\">2025年全国节能宣传周公共机构节能宣传活动</a>"))
        #expect(page.contains("#entry-PB-2025-2\">"))
        #expect(!page.contains("#entry-PB-2024-1\""))
        #expect(page.contains("主要数据统计年度：2024年"))
        #expect(page.contains("<span class=\"campaign-status\">还有13天开幕</span>"))
        for year in Self.sample.data.campaigns.map(\.year) {
            #expect(Self.sample.text("campaigns/\(year).html") != nil)
        }
    }

    @Test func listsAndFeedCarryThePublications() throws {
        let briefings = try #require(Self.sample.text("briefings/index.html"))
        let reports = try #require(Self.sample.text("reports/index.html"))
        let feed = try #require(Self.sample.text("feed.xml"))
        for page in Self.sample.data.pages where page.frontMatter.kind != "page" {
            let list = page.frontMatter.kind == "report" ? reports : briefings
            #expect(list.contains(page.frontMatter.title), "\(page.outputPath) missing from its list")
            #expect(feed.contains(page.outputPath), "\(page.outputPath) missing from the feed")
        }
        // Newest first.
        let final = try #require(reports.range(of: "总结评估报告"))
        let annual = try #require(reports.range(of: "2024年度"))
        #expect(final.lowerBound < annual.lowerBound)
    }

    @Test func scaffoldedBriefingAndReportBuildWithoutEditsAndQuoteTheLatestYear() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent(folder), to: project.url.appendingPathComponent(folder))
        }
        let briefing = try Scaffolder.create(kind: .briefing, title: "新简报", date: "2026-06-15", slug: "draft", root: project.url)
        let report = try Scaffolder.create(kind: .report, title: "新报告", date: "2026-03-20", slug: "draft", root: project.url)
        #expect(briefing == "content/briefings/2026-06-15-draft.md")
        let (sources, loadProblems) = ProjectLoader.load(root: project.url)
        let result = Pipeline.run(sources, loadDiagnostics: loadProblems, today: "2026-06-01")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.filter(\.isError))")
        let latest = try #require(sources.statistics.map(\.year).max())
        for path in [briefing, report] {
            let output = FrontMatterPaths.output(path)
            let html = try #require(result.files.first { $0.path == output }.map { String(decoding: $0.bytes, as: UTF8.self) })
            // Indicator and account figures alike carry the year they quote.
            let years = html.matches(of: #/data-year="(\d+)"/#).map { Int($0.1) ?? 0 }
            #expect(!years.isEmpty, "\(output) quotes nothing")
            #expect(years.allSatisfy { $0 == latest })
            // Shortcodes shown as code stay as written; no other is left unexpanded.
            let outsideCode = html.replacing(#/<code>[^<]*</code>/#, with: "")
            #expect(!outsideCode.contains("{{"), "\(output) has unexpanded text")
        }
    }
}

/// `content/a/b.md` -> `a/b.html`, as the loader maps pages.
enum FrontMatterPaths {
    static func output(_ contentPath: String) -> String {
        String(contentPath.dropFirst("content/".count).dropLast(".md".count)) + ".html"
    }
}
