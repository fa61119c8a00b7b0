import GreenPubMarkdown
import GreenPubModel
import Testing
@testable import GreenPubRender

/// Every shortcode of the site against the small county of `TestSiteData`, whose figures are
/// worked by hand there; every kind of error with its exact place and message.
@Suite struct SiteShortcodeTests {
    /// The body rendered as the page `content/briefings/t.md` (body from line 5).
    func render(_ body: String, statisticsYear: Int? = nil) -> (html: String?, problems: [String]) {
        let page = TestSiteData.page(body, statisticsYear: statisticsYear)
        let context = TestSiteData.context(TestSiteData.data(pages: [page]))
        let (html, problems) = ShortcodeExpander(markdown: context.markdown).html(
            body: body, file: page.sourcePath, firstLine: page.bodyStartLine, resolver: SiteShortcodes(context: context, page: page))
        return (html, problems.map(\.description))
    }

    /// The text of the one figure the body renders.
    func figure(_ body: String, statisticsYear: Int? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let (html, problems) = render(body, statisticsYear: statisticsYear)
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
        guard let html, let open = html.range(of: "<span class=\"num\""),
              let start = html[open.upperBound...].range(of: ">"),
              let end = html[start.upperBound...].range(of: "</span>") else { return html ?? "" }
        return String(html[start.upperBound..<end.lowerBound])
    }

    func error(_ body: String, statisticsYear: Int? = nil) -> String? {
        let (html, problems) = render(body, statisticsYear: statisticsYear)
        #expect(html == nil)
        return problems.first
    }

    // MARK: indicator

    @Test func indicatorQuotesTheEvaluationAtThePlansPrecisionWithItsUnit() {
        #expect(figure("{{< indicator id=\"county-energy-total\" >}}") == "16吨标准煤")
        #expect(figure("{{< indicator id=\"county-energy-total\" year=\"2020\" >}}") == "20吨标准煤")
        #expect(figure("{{< indicator id=\"county-energy-per-area\" >}}") == "5.33千克标煤/平方米·年")
        #expect(figure("{{< indicator id=\"county-water-total\" >}}") == "2100立方米")
    }

    @Test func indicatorYearDefaultsToThePagesStatisticsYearThenTheLatest() {
        #expect(figure("{{< indicator id=\"county-energy-total\" >}}", statisticsYear: 2020) == "20吨标准煤")
        #expect(figure("{{< indicator id=\"county-energy-total\" year=\"2024\" >}}", statisticsYear: 2020) == "16吨标准煤")
    }

    @Test func indicatorShowsEveryPartOfTheEvaluation() {
        func show(_ what: String, _ id: String = "county-energy-total") -> String {
            figure("{{< indicator id=\"\(id)\" show=\"\(what)\" >}}")
        }
        #expect(show("value") == "16吨标准煤")
        #expect(show("base") == "20吨标准煤")
        #expect(show("change") == "下降20.00%")
        #expect(show("change-value") == "下降4吨标准煤")
        #expect(show("target") == "≤17吨标准煤")
        // The straight path from 20 (2020) to 17 (2025) is at 17.6 in 2024.
        #expect(show("path") == "18吨标准煤")
        // The least-squares line through 20 (2020) and 16 (2024) reaches 15 in 2025.
        #expect(show("projection") == "15吨标准煤")
        #expect(show("change", "county-water-total") == "上升5.00%")
    }

    @Test func indicatorStatusIsTheDashboardsBadge() {
        let (met, _) = render("{{< indicator id=\"county-energy-total\" show=\"status\" >}}")
        #expect(met == "<p><span class=\"status status-met\" data-indicator=\"county-energy-total\" data-year=\"2024\" data-show=\"status\">达标</span></p>\n")
        // 2100 m³ is above the path (1840 m³ in 2024) to ≤1800 m³.
        let (behind, _) = render("用水：{{< indicator id=\"county-water-total\" show=\"status\" >}}")
        #expect(behind == "<p>用水：<span class=\"status status-behind\" data-indicator=\"county-water-total\" data-year=\"2024\" data-show=\"status\">滞后</span></p>\n")
    }

    @Test func inlineFigureLinksToTheDashboardAndNamesItself() {
        let (html, _) = render("能耗{{< indicator id=\"county-energy-total\" >}}。")
        #expect(html == "<p>能耗<a class=\"figure-ref\" href=\"../indicators.html#county-energy-total\" title=\"能源消费总量（吨标准煤）：测试县公共机构节约能源资源“十四五”规划\">"
                + "<span class=\"num\" data-indicator=\"county-energy-total\" data-year=\"2024\" data-show=\"value\">16吨标准煤</span></a>。</p>\n")
    }

    @Test func inlineFigureAloneOnALineInsideAParagraphStaysInline() {
        let (html, problems) = render("第一行\n{{< figure metric=\"institutions\" >}}\n第三行\n")
        #expect(problems.isEmpty)
        #expect(html?.hasPrefix("<p>第一行\n<a class=\"figure-ref\"") == true)
        #expect(html?.hasSuffix("2家</span></a>\n第三行</p>\n") == true)
        let (alone, _) = render("前文\n\n{{< figure metric=\"institutions\" >}}\n")
        #expect(alone?.hasSuffix("<p><a class=\"figure-ref\" href=\"../structure/2024.html\" title=\"2024年全县公共机构：公共机构数量\"><span class=\"num\" data-figure=\"institutions\" data-scope=\"county\" data-year=\"2024\">2家</span></a></p>\n") == true)
    }

    // MARK: figure

    @Test func figureQuotesTheAccounts() {
        #expect(figure("{{< figure metric=\"institutions\" >}}") == "2家")
        #expect(figure("{{< figure metric=\"area_m2\" >}}") == "3000平方米")
        #expect(figure("{{< figure metric=\"area_wan_m2\" >}}") == "0.30万平方米")
        #expect(figure("{{< figure metric=\"energy_tce\" >}}") == "16吨标准煤")
        #expect(figure("{{< figure metric=\"energy_tce\" scope=\"education\" >}}") == "8吨标准煤")
        // CO2: G1 80000 kWh × 0.5 = 40 t; E1 40000 × 0.5 + 4000 m³ × 2 = 28 t.
        #expect(figure("{{< figure metric=\"co2_t\" >}}") == "68吨")
        #expect(figure("{{< figure metric=\"co2_gas_t\" >}}") == "8吨")
        #expect(figure("{{< figure metric=\"water_m3\" year=\"2020\" >}}") == "2000立方米")
        #expect(figure("{{< figure metric=\"nev_share\" >}}") == "50.00%")
        #expect(figure("{{< figure metric=\"vehicles\" scope=\"government\" >}}") == "2辆")
    }

    @Test func figureReadsIntensitiesBothWays() {
        #expect(figure("{{< figure metric=\"energy_per_area\" >}}") == "5.33千克标准煤/平方米")
        #expect(figure("{{< figure metric=\"energy_per_area\" reading=\"ratio\" >}}") == "5.33千克标准煤/平方米")
        // Mean of 8 kgce/m² (G1) and 4 kgce/m² (E1).
        #expect(figure("{{< figure metric=\"energy_per_area\" reading=\"mean\" >}}") == "6.00千克标准煤/平方米")
        #expect(figure("{{< figure metric=\"energy_per_person\" scope=\"education\" >}}") == "80.00千克标准煤/人")
    }

    @Test func figureSharesAndChanges() {
        #expect(figure("{{< figure metric=\"share_electricity\" >}}") == "75.00%")
        #expect(figure("{{< figure metric=\"share_gas\" >}}") == "25.00%")
        #expect(figure("{{< figure metric=\"group_energy_share\" scope=\"education\" >}}") == "50.00%")
        #expect(figure("{{< figure metric=\"energy_tce\" show=\"change\" >}}") == "下降20.00%")
        #expect(figure("{{< figure metric=\"water_m3\" show=\"change\" from=\"2020\" >}}") == "上升5.00%")
        // A share's change is in percentage points; 75 % both years.
        #expect(figure("{{< figure metric=\"share_electricity\" show=\"change\" >}}") == "持平")
        // Government: 10/20 = 50 % of energy in 2020, 8/16 = 50 % in 2024; water 25 % -> 28.57 %.
        #expect(figure("{{< figure metric=\"group_water_share\" scope=\"government\" show=\"change\" >}}") == "上升3.57个百分点")
    }

    @Test func figureLinksToTheStructurePageOfItsYearOrItsGroupsPage() {
        let (html, _) = render("{{< figure metric=\"energy_tce\" year=\"2020\" >}}")
        #expect(html?.contains("href=\"../structure/2020.html\"") == true)
        let (group, _) = render("{{< figure metric=\"energy_tce\" scope=\"government\" >}}")
        #expect(group?.contains("href=\"../groups/government.html\" title=\"2024年党政机关：能源消费总量\"") == true)
        // The small county has no health institution: nothing to quote is an error, not a dash.
        #expect(error("{{< figure metric=\"energy_tce\" scope=\"health\" >}}") ==
                "content/briefings/t.md:5:1: error: energy_tce has no value for the health group in 2024 (nothing to divide by, or no institutions)")
        #expect(html?.contains("data-figure=\"energy_tce\" data-scope=\"county\" data-year=\"2020\"") == true)
    }

    // MARK: chart

    @Test func everyChartNameDrawsAFigureWithItsSource() {
        for name in SiteShortcodes.chartNames {
            let extra = name == "indicator" ? " id=\"county-energy-per-area\"" : ""
            let (html, problems) = render("前文\n\n{{< chart name=\"\(name)\"\(extra) >}}\n\n后文\n")
            #expect(problems.isEmpty, "\(name): \(problems)")
            #expect(html?.contains("<figure class=\"chart\" id=\"\(name)-l7c1-figure\">") == true, "\(name)")
            #expect(html?.contains("<svg") == true, "\(name)")
            #expect(html?.contains("<p class=\"source\">数据来源：") == true, "\(name)")
            #expect(html?.hasPrefix("<p>前文</p>\n<figure") == true, "\(name): the figure replaces its paragraph")
        }
    }

    @Test func chartsOfTheSameNameOnOnePageHaveDistinctIDs() {
        let (html, problems) = render("{{< chart name=\"energy-by-group\" year=\"2020\" >}}\n\n{{< chart name=\"energy-by-group\" >}}\n")
        #expect(problems.isEmpty)
        #expect(html?.contains("id=\"energy-by-group-l5c1-figure\"") == true)
        #expect(html?.contains("id=\"energy-by-group-l7c1-figure\"") == true)
        #expect(html?.contains("图1 2020年分类机构能源消费占比") == true)
        #expect(html?.contains("图1 2024年分类机构能源消费占比") == true)
    }

    @Test func mixChartOfAGroupListsItsSources() {
        let (html, _) = render("{{< chart name=\"energy-mix\" scope=\"education\" >}}\n")
        #expect(html?.contains("2024年教育类公共机构能源消费结构") == true)
        #expect(html?.contains("天然气") == true)
    }

    // MARK: tables and lists

    // The tables are the plan pages' partials (indicator-table, task-table, project-list)
    // with their view models; these tests check what the shortcodes choose.

    @Test func indicatorTableShowsEveryIndicatorOfTheYearWithItsStatus() throws {
        let (html, problems) = render("{{< indicator-table >}}\n")
        #expect(problems.isEmpty)
        let table = try #require(html)
        #expect(table.hasPrefix("<div class=\"indicator-table\">"))
        #expect(table.contains("id=\"indicator-table-test-plan-2024\""))
        #expect(table.components(separatedBy: "<th scope=\"row\">").count == 4)
        #expect(table.contains("<th scope=\"col\" class=\"r\">2024年</th>"))
        #expect(table.contains("<span class=\"num\">5.33</span><span class=\"status status-met\">达标</span>"))
        #expect(table.contains("<span class=\"num\">2100</span><span class=\"status status-behind\">滞后</span>"))
    }

    @Test func tasksTableShowsTheColumnsTasksAtTheEndOfTheYear() throws {
        let (html, problems) = render("{{< tasks column=\"4\" >}}\n")
        #expect(problems.isEmpty)
        let table = try #require(html)
        #expect(table.contains("<article class=\"task\" id=\"task-c4-1\">"))
        #expect(table.contains("<span class=\"year\">2024年</span><span class=\"status status-in-progress\">进行中</span>"))
        #expect(table.contains("还差1个光伏示范试点项目（已完成1个，目标2个）"))
        #expect(table.contains("<a href=\"../projects/index.html#entry-EN-1\">EN-1</a>"))
    }

    @Test func projectsListsAKindAsTheRegisterStandsOrAtAYearsEnd() throws {
        let (all, problems) = render("{{< projects kind=\"pv\" >}}\n")
        #expect(problems.isEmpty)
        let list = try #require(all)
        #expect(list.contains("<section class=\"kind\" id=\"kind-pv\">"))
        #expect(list.contains("<tr id=\"entry-EN-1\">") && list.contains("<tr id=\"entry-EN-2\">"))
        #expect(list.contains("共登记<span class=\"num\">2项</span>，已完成<span class=\"num\">1项</span>"))
        // By the end of 2023 the office's project had not started; a Chinese kind name works.
        let (byYear, _) = render("{{< projects kind=\"光伏\" year=\"2023\" >}}\n")
        #expect(byYear?.contains("登记状态截至2023年12月31日") == true)
        #expect(byYear?.contains("entry-EN-2") == false)
    }

    @Test func tableHeadingsGoOneLevelBelowTheHeadingAbove() {
        let (top, _) = render("{{< projects kind=\"pv\" >}}\n")
        #expect(top?.contains("<h3>光伏</h3>") == true)
        let (deep, _) = render("## 二\n\n### （一）光伏\n\n```\n# not a heading\n```\n\n{{< projects kind=\"pv\" >}}\n")
        #expect(deep?.contains("<h4>光伏</h4>") == true)
        let (tasks, _) = render("#### 专栏4\n\n{{< tasks column=\"4\" >}}\n")
        #expect(tasks?.contains("<h5>第1项</h5>") == true)
    }

    @Test func theSameTableTwiceOnAPageIsAnError() {
        #expect(error("{{< projects kind=\"pv\" >}}\n\n{{< projects kind=\"光伏\" year=\"2023\" >}}\n") ==
                "content/briefings/t.md:7:1: error: shortcode 'projects' shows the same table as the one on line 5: a page holds each table once")
        #expect(error("{{< tasks column=\"4\" year=\"2020\" >}}\n\n{{< tasks column=\"4\" >}}\n") ==
                "content/briefings/t.md:7:1: error: shortcode 'tasks' shows the same table as the one on line 5: a page holds each table once")
        #expect(error("{{< indicator-table >}}\n\n{{< indicator-table year=\"2024\" >}}\n") ==
                "content/briefings/t.md:7:1: error: shortcode 'indicator-table' shows the same table as the one on line 5: a page holds each table once")
        let (two, problems) = render("{{< indicator-table year=\"2020\" >}}\n\n{{< indicator-table >}}\n")
        #expect(problems.isEmpty && two != nil)
    }

    // MARK: errors

    @Test func unknownShortcodeNameIsAnErrorWithTheNearestName() {
        #expect(error("{{< indicatr id=\"x\" >}}") ==
                "content/briefings/t.md:5:1: error: unknown shortcode 'indicatr': expected indicator, figure, chart, indicator-table, tasks or projects; did you mean 'indicator'?")
    }

    @Test func unknownArgumentIsAnErrorAtItsKey() {
        #expect(error("值为{{< indicator id=\"county-energy-total\" yaer=\"2024\" >}}。") ==
                "content/briefings/t.md:5:42: error: shortcode 'indicator' has no argument 'yaer': expected id, year, show or plan; did you mean 'year'?")
    }

    @Test func missingRequiredArgumentIsAnErrorAtTheShortcode() {
        #expect(error("\n{{< figure >}}") ==
                "content/briefings/t.md:6:1: error: shortcode 'figure' needs metric=\"…\", e.g. {{< figure metric=\"energy_tce\" >}}")
        #expect(error("{{< chart name=\"indicator\" >}}") ==
                "content/briefings/t.md:5:1: error: chart name=\"indicator\" needs id=\"…\", the indicator's id, e.g. {{< chart name=\"indicator\" id=\"county-energy-per-area\" >}}")
        #expect(error("{{< indicator id=\"\" >}}") ==
                "content/briefings/t.md:5:18: error: id= of shortcode 'indicator' is empty, e.g. {{< indicator id=\"county-energy-per-area\" >}}")
    }

    @Test func unknownIndicatorIDNamesTheIDsAndSuggestsOne() {
        #expect(error("{{< indicator id=\"county-energy-totl\" >}}") ==
                "content/briefings/t.md:5:18: error: unknown indicator 'county-energy-totl': expected an indicator id of content/plans/test.yaml: county-energy-total, county-energy-per-area or county-water-total; did you mean 'county-energy-total'?")
    }

    @Test func unknownOrMalformedYearIsAnErrorAtTheValue() {
        #expect(error("{{< indicator id=\"county-energy-total\" year=\"2023\" >}}") ==
                "content/briefings/t.md:5:45: error: no statistics for year=\"2023\": the statistics years are 2020 or 2024")
        #expect(error("{{< figure metric=\"energy_tce\" year=\"二〇二四\" >}}") ==
                "content/briefings/t.md:5:37: error: year=\"二〇二四\" is not a year: expected one of the statistics years 2020 or 2024")
        #expect(error("{{< figure metric=\"energy_tce\" >}}", statisticsYear: 2023) ==
                "content/briefings/t.md:5:1: error: the page's statistics_year 2023 has no statistics: the statistics years are 2020 or 2024; set year=\"…\" or change it")
        #expect(error("{{< projects kind=\"pv\" year=\"2030\" >}}\n") ==
                "content/briefings/t.md:5:29: error: year=\"2030\" is outside the registers: expected a year from 2020 to 2025")
    }

    @Test func unknownWordsOfClosedListsAreErrorsWithSuggestions() {
        #expect(error("{{< indicator id=\"county-energy-total\" show=\"valeu\" >}}") ==
                "content/briefings/t.md:5:45: error: show=\"valeu\" is not known for shortcode 'indicator': expected value, base, change, change-value, status, target, path or projection; did you mean 'value'?")
        let metric = error("{{< figure metric=\"enrgy_tce\" >}}")
        #expect(metric?.hasPrefix("content/briefings/t.md:5:19: error: unknown metric 'enrgy_tce' for shortcode 'figure': expected institutions, area_m2, ") == true)
        #expect(metric?.hasSuffix("; did you mean 'energy_tce'?") == true)
        #expect(error("{{< figure metric=\"energy_tce\" scope=\"schools\" >}}") ==
                "content/briefings/t.md:5:38: error: scope=\"schools\" is not known for shortcode 'figure': expected county, government, education, health or other")
        #expect(error("{{< figure metric=\"energy_per_area\" reading=\"average\" >}}") ==
                "content/briefings/t.md:5:45: error: reading=\"average\" is not known for shortcode 'figure': expected ratio or mean")
        #expect(error("{{< chart name=\"energy-by-grup\" >}}\n") ==
                "content/briefings/t.md:5:16: error: unknown chart 'energy-by-grup': expected energy-by-group, carbon-by-group, building-carbon-by-group, vehicle-carbon-by-group, energy-mix, carbon-mix, energy-by-year, carbon-by-year or indicator; did you mean 'energy-by-group'?")
        let kind = error("{{< projects kind=\"pvv\" >}}\n")
        #expect(kind?.hasPrefix("content/briefings/t.md:5:19: error: unknown project kind 'pvv': expected retrofit, single_retrofit, pv, ") == true)
        #expect(kind?.hasSuffix("(or the kind's Chinese name); did you mean 'pv'?") == true)
        #expect(error("{{< indicator-table plan=\"tst-plan\" >}}\n") ==
                "content/briefings/t.md:5:26: error: unknown plan 'tst-plan': expected the id of a plan in content/plans/: test-plan; did you mean 'test-plan'?")
        #expect(error("{{< tasks column=\"7\" >}}\n") ==
                "content/briefings/t.md:5:18: error: plan 'test-plan' has no column '7': expected 4")
    }

    @Test func argumentsThatDoNotFitTheFigureAreErrors() {
        #expect(error("{{< figure metric=\"energy_tce\" reading=\"mean\" >}}") ==
                "content/briefings/t.md:5:32: error: reading= applies to the intensities only (energy_per_area, energy_per_person, water_per_person, co2_per_area), not to 'energy_tce'")
        #expect(error("{{< figure metric=\"group_energy_share\" >}}") ==
                "content/briefings/t.md:5:1: error: metric 'group_energy_share' is a group's share of the county: add scope=\"government\", \"education\", \"health\" or \"other\"")
        #expect(error("{{< figure metric=\"energy_tce\" from=\"2020\" >}}") ==
                "content/briefings/t.md:5:32: error: from= is the year a change is measured from: use it with show=\"change\"")
        #expect(error("{{< chart name=\"energy-mix\" id=\"county-energy-total\" >}}\n") ==
                "content/briefings/t.md:5:29: error: id= names the indicator of chart name=\"indicator\"; chart 'energy-mix' takes none")
        #expect(error("{{< chart name=\"energy-by-group\" scope=\"education\" >}}\n") ==
                "content/briefings/t.md:5:34: error: scope= chooses the county or a group for the energy-mix and carbon-mix charts; chart 'energy-by-group' takes none")
    }

    @Test func blockShortcodesMustStandAloneBetweenBlankLines() {
        #expect(error("见下图{{< chart name=\"energy-by-group\" >}}") ==
                "content/briefings/t.md:5:4: error: shortcode 'chart' places a chart: put it on a line of its own, with a blank line before and after")
        #expect(error("第一行\n{{< tasks column=\"4\" >}}\n") ==
                "content/briefings/t.md:6:1: error: shortcode 'tasks' places a table: put it on a line of its own, with a blank line before and after")
        #expect(error("{{< projects kind=\"pv\" >}}\n下一行\n") ==
                "content/briefings/t.md:5:1: error: shortcode 'projects' places a table: put it on a line of its own, with a blank line before and after")
        // A heading right above is fine: it ends its own block.
        let (html, problems) = render("## 光伏\n{{< projects kind=\"pv\" >}}\n")
        #expect(problems.isEmpty && html?.hasPrefix("<h2>光伏</h2>\n<div class=\"project-list\">") == true)
    }

    @Test func everyProblemOfAPageIsReportedAndNothingRenders() {
        let (html, problems) = render("{{< indicator id=\"x\" >}}\n\n{{< figure metric=\"y\" >}}\n\n{{< chart name=\"z\" >}}\n")
        #expect(html == nil)
        #expect(problems.count == 3)
        #expect(problems.map { $0.components(separatedBy: ": error:")[0] } ==
                ["content/briefings/t.md:5:18", "content/briefings/t.md:7:19", "content/briefings/t.md:9:16"])
    }

    @Test func theSyntaxInCodeIsLeftAsWritten() {
        let (html, problems) = render("写法：`{{< figure metric=\"energy_tce\" >}}`")
        #expect(problems.isEmpty)
        #expect(html?.contains("<code>{{&lt; figure metric=&quot;energy_tce&quot; &gt;}}</code>") == true)
    }
}
