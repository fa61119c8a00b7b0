import GreenPubCompute
import GreenPubModel
import Testing
@testable import GreenPubRender

@Suite struct InstitutionPagesTests {
    let data = InstitutionFixture.small(registers: [
        InstitutionFixture.entry("RF-1", institution: "E1", area: 9000, investment: 268, title: "一中<教学楼>改造"),
        InstitutionFixture.entry("PV 2", institution: "E1", kind: .pv, status: .inProgress, end: nil),
    ])

    func page(_ path: String, in pages: [SitePage]) throws -> SitePage {
        try #require(pages.first { $0.outputPath == path }, "no page \(path)")
    }

    @Test func structurePagesCoverEveryYearAndTheMenuPointsToTheLatest() throws {
        let builder = StructurePageBuilder()
        let pages = builder.pages(InstitutionFixture.context(data))
        #expect(pages.map(\.outputPath) == ["structure/2020.html", "structure/2021.html"])
        #expect(builder.menu(data) == [MenuItem(title: "能耗结构", outputPath: "structure/2021.html", order: 30)])
        #expect(pages.allSatisfy { $0.menuPath == "structure/2021.html" && $0.kind == "structure" })
        let first = try page("structure/2020.html", in: pages)
        #expect(first.bodyHTML.contains("<p class=\"year-note\">统计年度：2020年</p>"))
        #expect(first.bodyHTML.contains("<span aria-current=\"page\">2020年</span>"))
        #expect(first.bodyHTML.contains("<a href=\"2021.html\">2021年</a>"))
        #expect(first.breadcrumbs.map(\.outputPath) == ["index.html", "structure/2021.html"])
        #expect(try page("structure/2021.html", in: pages).breadcrumbs.map(\.outputPath) == ["index.html"])
    }

    @Test func structureFiguresAreTheGroupSharesOfTheYear() throws {
        let year = try #require(data.accounts.first)
        let view = StructureView(year: year, data: data, sources: EnergySourceUse.used(in: data.accounts), from: "structure/2020.html")
        #expect(view.groupFigures.count == 4)
        let captions = view.groupFigures.map { figure in
            figure.html.text.components(separatedBy: "<figcaption>")[1].components(separatedBy: "</figcaption>")[0]
        }
        #expect(captions == ["图1 2020年分类机构能源消费占比", "图2 2020年分类机构碳排放总量占比",
                             "图3 2020年分类机构建筑碳排放占比", "图4 2020年分类机构车辆碳排放占比"])
        // Figure 1 prints each group's share of energy as the accounts compute it.
        for group in year.groups {
            let share = Figures.percent(group.shares.energyPercent)
            #expect(view.groupFigures[0].html.text.contains(share), "\(group.group) \(share)")
        }
        // Only the government group has vehicles: all vehicle CO2 is theirs, none the schools'.
        #expect(view.groupFigures[3].html.text.contains("<th scope=\"row\">教育</th><td class=\"num\">0</td><td class=\"num\">0.00%</td>"))
        // Headline: 5 institutions, 2.15 万m² of floor area.
        #expect(view.cards.cards[0].value == "5")
        #expect(view.cards.cards[1].value == Figures.wan(21_500))
        // Sources never used (coal, LPG, diesel, heat) are left out of the tables and named.
        #expect(view.sourceTable.rows.map(\.header) == ["电力", "天然气", "汽油"])
        #expect(view.unusedSourcesNote == "表中不列各年均未使用的能源品种：煤炭、液化石油气、柴油、热力。")
        #expect(view.splitTable.rows.map(\.header) == ["建筑", "车辆"])
    }

    @Test func groupPagesShowBothReadingsOfEveryIntensity() throws {
        let pages = GroupPageBuilder().pages(InstitutionFixture.context(data))
        #expect(pages.map(\.outputPath) == ["groups/government.html", "groups/education.html", "groups/health.html", "groups/other.html"])
        #expect(pages.allSatisfy { $0.menuPath == "institutions/index.html" && $0.kind == "group" })
        let latest = try #require(data.latestAccounts)
        let ranking = IntensityRanking(latest)
        let view = GroupView(group: .education, data: data, ranking: ranking, from: "groups/education.html")
        let education = data.accounts.map { $0.group(.education) }
        // Rows come in pairs: ratio of totals, then mean of institutions.
        #expect(view.intensityTable.rows.count == 8)
        #expect(view.intensityTable.rows[0].note == "千克标准煤/平方米，总量比值")
        #expect(view.intensityTable.rows[1].note == "千克标准煤/平方米，单位平均")
        let ratio = view.intensityTable.rows[0].cells.map(\.text)
        let mean = view.intensityTable.rows[1].cells.map(\.text)
        #expect(ratio == education.map { Figures.number($0.totals.intensities.energyPerArea, decimals: 2) })
        #expect(mean == education.map { Figures.number($0.meanOfInstitutions.energyPerArea, decimals: 2) })
        #expect(ratio != mean, "a big school and a village school: the two readings differ")
        #expect(view.members.map(\.name) == ["村小", "第一中学"])
        #expect(view.members.map(\.href) == ["../institutions/E2.html", "../institutions/E1.html"])
        #expect(view.topTable.rows.first?.header == "1. 村小")
        // The other group has nobody in the latest year.
        let other = GroupView(group: .other, data: data, ranking: ranking, from: "groups/other.html")
        #expect(!other.hasMembers)
        #expect(other.totalsTable.rows[0].cells.map(\.text) == ["1", "0"])
    }

    @Test func listPageRanksTheLatestYearAndListsWhoStoppedReporting() throws {
        let builder = InstitutionListPageBuilder()
        let pages = builder.pages(InstitutionFixture.context(data))
        #expect(pages.map(\.outputPath) == ["institutions/index.html"])
        #expect(builder.menu(data) == [MenuItem(title: "公共机构", outputPath: "institutions/index.html", order: 40)])
        let directory = InstitutionDirectory(data: data)
        let view = InstitutionListView.index(data: data, directory: directory, ranking: IntensityRanking(try #require(data.latestAccounts)))
        #expect(view.sections.map(\.title) == ["党政机关", "教育类公共机构", "卫生类公共机构", "其他公共机构"])
        #expect(view.sections[1].rows.map(\.id) == ["E2", "E1"])
        #expect(view.sections[1].rows.map(\.rank) == [1, 2])
        #expect(view.sections[3].rows.isEmpty)
        #expect(view.absent.map(\.href) == ["O1.html"])
        #expect(view.absent.first?.title == "图书馆（O1，最近报送2020年）")
        let body = try page("institutions/index.html", in: pages).bodyHTML
        #expect(body.contains("id=\"group-education\""))
        #expect(body.contains("<svg"), "sparklines")
    }

    @Test func longGroupsContinueOnRankingPages() throws {
        let schools = (1...1001).map { number in
            InstitutionFixture.record("E\(number)", "学校\(number)", .education, area: 1000, users: 100, kwh: Double(number) * 100)
        }
        let data = InstitutionFixture.data([(2024, schools)])
        let pages = InstitutionListPageBuilder().pages(InstitutionFixture.context(data))
        #expect(pages.map(\.outputPath) == ["institutions/index.html", "institutions/ranking/education-2.html",
                                            "institutions/ranking/education-3.html"])
        let ranking = IntensityRanking(try #require(data.latestAccounts))
        let directory = InstitutionDirectory(data: data)
        let third = InstitutionListView.ranking(group: .education, page: 3, data: data, directory: directory, ranking: ranking,
                                                from: "institutions/ranking/education-3.html")
        #expect(third.sections[0].rows.map(\.rank) == [1001])
        #expect(third.sections[0].rows.map(\.id) == ["E1"], "the lowest intensity comes last")
        let links = try #require(third.sections[0].pages).links
        #expect(links.map(\.title) == ["第1—500名", "第501—1000名", "第1001—1001名"])
        #expect(links.map(\.href) == ["../index.html#group-education", "education-2.html", "education-3.html"])
        #expect(links.map(\.current) == [false, false, true])
        #expect(third.sections[0].rows[0].href == "../E1.html")
    }

    @Test func institutionPageListsFactsByYearAndItsProjects() throws {
        let pages = InstitutionPageBuilder().pages(InstitutionFixture.context(data))
        #expect(pages.map(\.outputPath) == ["institutions/E1.html", "institutions/E2.html", "institutions/G1.html",
                                            "institutions/H1.html", "institutions/O1.html"])
        let school = try page("institutions/E1.html", in: pages)
        #expect(school.breadcrumbs.map(\.outputPath) == ["index.html", "institutions/index.html", "groups/education.html"])
        #expect(school.kind == "institution")
        #expect(school.bodyHTML.contains("<a href=\"../projects/index.html#entry-RF-1\">一中&lt;教学楼&gt;改造</a>"))
        #expect(school.bodyHTML.contains("<a href=\"../projects/index.html#entry-PV_202\">"))
        #expect(school.bodyHTML.contains("status status-in-progress"))
        #expect(school.bodyHTML.contains("面积 9,000 平方米；投资 268 万元"))
        #expect(school.bodyHTML.contains("教育2家中由高到低第2位"))

        let directory = InstitutionDirectory(data: data)
        let history = try #require(directory.history(id: "E1"))
        let facts = InstitutionFacts.table(history, years: directory.years, sources: [.electricity, .gas])
        let headers = facts.rows.map(\.header)
        #expect(headers.prefix(6) == ["建筑面积", "用能人数", "公务用车", "其中新能源汽车", "电力", "天然气"])
        #expect(headers.contains("光伏发电量"), "the school reports PV in 2021")
        #expect(facts.rows[4].cells.map(\.text) == ["200,000", "190,000"])

        // A library that stopped reporting: its missing year prints "—", and its page says when it last reported.
        let library = try page("institutions/O1.html", in: pages)
        #expect(library.bodyHTML.contains("最近一次为2020年"))
        #expect(library.bodyHTML.contains("<td class=\"num\">—</td>"))
        #expect(library.bodyHTML.contains("项目台账中暂无本单位的记录"))
    }

    @Test func hostileNamesRenderAsText() throws {
        var records = InstitutionFixture.small().statistics[1].institutions
        records[0].name = "<script>alert(1)</script>\"'&"
        let data = InstitutionFixture.data([(2021, records)], registers: [
            InstitutionFixture.entry("<b>", institution: records[0].id, title: "<img src=x onerror=alert(1)>"),
        ])
        let context = InstitutionFixture.context(data)
        let pages = InstitutionSection.builders.flatMap { $0.pages(context) }
        for page in pages {
            #expect(!page.bodyHTML.contains("<script>"), "\(page.outputPath)")
            #expect(!page.bodyHTML.contains("<img"), "\(page.outputPath)")
            #expect(!page.bodyHTML.contains("<b>"), "\(page.outputPath)")
        }
        let government = try page("institutions/G1.html", in: pages)
        #expect(government.bodyHTML.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"))
    }

    @Test func renderingTwiceGivesTheSameBytes() {
        let context = InstitutionFixture.context(data)
        let builders = InstitutionSection.builders + ReferenceSection.builders
        let first = builders.flatMap { $0.pages(context) }.map(\.bodyHTML)
        let second = builders.flatMap { $0.pages(context) }.map(\.bodyHTML)
        #expect(first == second)
    }

    @Test func everyPageNamesItsStatisticsYearAndItsTemplates() {
        let context = InstitutionFixture.context(data)
        for builder in InstitutionSection.builders {
            for name in builder.templateNames { #expect(InstitutionFixture.templates.contains(name), "\(name)") }
            for page in builder.pages(context) {
                #expect(page.bodyHTML.contains("<p class=\"year-note\">统计年度："), "\(page.outputPath)")
            }
        }
    }
}
