import GreenPubModel
import Testing
@testable import GreenPubRender

/// The publication pages: lists of briefings and reports, the campaign pages, the banner.
@Suite struct PublicationPageTests {
    func pages(_ data: SiteData) -> [SitePage] {
        let context = TestSiteData.context(data)
        return PublicationSection.builders.flatMap { $0.pages(context) }
    }

    func page(_ path: String, in pages: [SitePage], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> SitePage {
        try #require(pages.first { $0.outputPath == path }, "no page \(path)", sourceLocation: sourceLocation)
    }

    static let publications = [
        TestSiteData.page("第一篇", path: "briefings/2025-06-23-a", campaign: 2025, date: "2025-06-23", title: "宣传周第一期"),
        TestSiteData.page("第二篇", path: "briefings/2025-06-25-b", campaign: 2025, date: "2025-06-25", title: "宣传周第二期"),
        TestSiteData.page("旧简报", path: "briefings/2024-05-13-c", campaign: 2024, date: "2024-05-13", title: "<script>alert(1)</script>"),
        TestSiteData.page("报告", path: "reports/2025-03-28-r", date: "2025-03-28", kind: "report", title: "2024年度报告"),
    ]

    // MARK: banner

    @Test func bannerShowsFromItsDaysBeforeTheWeekToItsLastDay() {
        func banner(_ today: String) -> Int? {
            CampaignBanner.current(data: TestSiteData.data(today: today))?.year
        }
        #expect(banner("2025-05-23") == nil)   // 31 days before 2025-06-23
        #expect(banner("2025-05-24") == 2025)  // 30 days before
        #expect(banner("2025-06-23") == 2025)
        #expect(banner("2025-06-29") == 2025)
        #expect(banner("2025-06-30") == nil)
        #expect(banner("2024-05-01") == 2024)
        #expect(banner("not a date") == nil)
    }

    @Test func bannerViewCountsTheDaysAndLinksToTheCampaign() throws {
        let data = TestSiteData.data(today: "2025-06-10")
        let view = try #require(CampaignBanner.view(data: data, from: "index.html"))
        #expect(view.title == "2025年全国节能宣传周")
        #expect(view.when == "2025年6月23日至29日")
        #expect(view.countdown == "还有13天开幕")
        #expect(view.lowCarbonDay == "6月25日全国低碳日")
        #expect(view.href == "campaigns/2025.html")
        let html = CampaignBanner.html(TestSiteData.context(data), from: "index.html")
        #expect(html.hasPrefix("<aside class=\"banner campaign-banner\" aria-label=\"节能宣传周\">"))
        #expect(html.contains("<strong>2025年全国节能宣传周</strong> 2025年6月23日至29日，还有13天开幕"))
        #expect(html.contains("<a href=\"campaigns/2025.html\">"))
        #expect(CampaignBanner.html(TestSiteData.context(TestSiteData.data(today: "2025-08-01")), from: "index.html") == "")
        #expect(CampaignBannerView(campaign: data.campaigns[1], today: "2025-06-24", from: "a/b.html").countdown == "正在进行")
        #expect(CampaignBannerView(campaign: data.campaigns[1], today: "2025-06-24", from: "a/b.html").href == "../campaigns/2025.html")
    }

    // MARK: campaign pages

    @Test func campaignActivitiesAreTheWeeksPublicityAndTrainingWithinThirtyDays() {
        let data = TestSiteData.data()
        let activities = CampaignActivities.of(data.campaigns[0], registers: data.registers)
        // TR-1 on 04-20 is 23 days before the week of 05-13; TR-2 in November is too far.
        #expect(activities.map(\.entry.id) == ["TR-1", "PB-1"])
        #expect(activities.map(\.timing) == [CampaignActivities.Timing.before, .during])
        #expect(CampaignActivities.of(data.campaigns[1], registers: data.registers).isEmpty)
    }

    @Test func headlineFiguresAreOfTheLatestYearBeforeTheCampaign() {
        let data = TestSiteData.data()
        #expect(CampaignView.headlineYear(for: data.campaigns[1], years: data.years) == 2024)
        #expect(CampaignView.headlineYear(for: data.campaigns[0], years: data.years) == 2020)
        // In June 2020 no statistics year had been reviewed yet.
        #expect(CampaignView.headlineYear(for: TestSiteData.campaign(2020, start: "2020-06-29", end: "2020-07-05", lowCarbonDay: "2020-07-02"), years: data.years) == nil)
    }

    @Test func campaignPageGathersBriefingsFiguresAndActivities() throws {
        let pages = pages(TestSiteData.data(pages: Self.publications, today: "2025-06-10"))
        let page = try page("campaigns/2025.html", in: pages)
        #expect(page.kind == "campaign")
        #expect(page.menuPath == "campaigns/index.html")
        #expect(page.breadcrumbs.map(\.outputPath) == ["index.html", "campaigns/index.html"])
        let body = page.bodyHTML
        #expect(body.contains("<h1>2025年全国节能宣传周</h1>"))
        #expect(body.contains("<span class=\"campaign-status\">还有13天开幕</span>"))
        #expect(body.contains("<dd>2025年6月25日，主题：低碳2025</dd>"))
        #expect(body.contains("<p class=\"year-note\">主要数据统计年度：2024年</p>"))
        // The campaign's briefings in date order, the older campaign's not.
        let first = try #require(body.range(of: "宣传周第一期"))
        let second = try #require(body.range(of: "宣传周第二期"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(!body.contains("alert(1)"))
        #expect(body.contains("<a href=\"../briefings/2025-06-23-a.html\">"))
        // Headline cards: 2024 energy and its change since 2020.
        #expect(body.contains("<span class=\"num\">16</span></a><span class=\"unit\">吨标准煤</span>"))
        #expect(body.contains("<p>比2020年下降20.00%</p>"))
        #expect(body.contains("测试县公共机构节约能源资源“十四五”规划》专栏1的3项指标，2024年：达标2项、滞后1项。"))
        #expect(body.contains("台账中暂无这一期间的宣传和培训活动。"))
        #expect(body.contains("<a href=\"2024.html\" rel=\"prev\">← 2024年全国节能宣传周</a>"))
    }

    @Test func campaignPageOfAPastWeekListsItsActivities() throws {
        let body = try page("campaigns/2024.html", in: pages(TestSiteData.data(pages: Self.publications, today: "2025-06-10"))).bodyHTML
        #expect(body.contains("<span class=\"campaign-status\">已结束</span>"))
        #expect(body.contains("<a href=\"../projects/index.html#entry-PB-1\">节能宣传周宣传活动</a> <span class=\"campaign-timing\">宣传周期间</span>"))
        #expect(body.contains("宣传活动；2024年5月13日至19日；县机关事务管理中心；2400份"))
        #expect(body.contains("培训；2024年4月20日；县机关事务管理中心；100人次"))
        // The hostile title is text.
        #expect(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!body.contains("<script>"))
    }

    @Test func campaignIndexListsEveryCampaignNewestFirst() throws {
        let index = try page("campaigns/index.html", in: pages(TestSiteData.data(pages: Self.publications)))
        #expect(index.kind == "list")
        let newer = try #require(index.bodyHTML.range(of: "2025年全国节能宣传周"))
        let older = try #require(index.bodyHTML.range(of: "2024年全国节能宣传周"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(index.bodyHTML.contains("简报2篇"))
    }

    // MARK: lists

    @Test func listsAreNewestFirstWithDateSummaryAndCampaign() throws {
        let pages = pages(TestSiteData.data(pages: Self.publications))
        let briefings = try page("briefings/index.html", in: pages)
        #expect(briefings.title == "简报" && briefings.kind == "list" && briefings.menuPath == "briefings/index.html")
        let titles = ["宣传周第二期", "宣传周第一期", "&lt;script&gt;alert(1)&lt;/script&gt;"]
        let positions = titles.compactMap { briefings.bodyHTML.range(of: $0)?.lowerBound }
        #expect(positions.count == 3 && positions == positions.sorted())
        #expect(briefings.bodyHTML.contains("<time datetime=\"2025-06-25\">2025年6月25日</time>"))
        #expect(briefings.bodyHTML.contains("<a href=\"../campaigns/2025.html\">2025年全国节能宣传周</a>"))
        #expect(!briefings.bodyHTML.contains("2024年度报告"))
        let reports = try page("reports/index.html", in: pages)
        #expect(reports.bodyHTML.contains("<a href=\"2025-03-28-r.html\">2024年度报告</a>"))
    }

    @Test func emptyListsSaySo() throws {
        let reports = try page("reports/index.html", in: pages(TestSiteData.data()))
        #expect(reports.bodyHTML.contains("<p>暂无报告。</p>"))
    }

    @Test func menuHasTheListsAndTheCampaigns() {
        let data = TestSiteData.data()
        let menu = PublicationSection.builders.flatMap { $0.menu(data) }
        #expect(menu.map(\.title) == ["简报", "报告", "节能宣传周"])
        #expect(menu.map(\.order) == [60, 65, 70])
        #expect(menu.map(\.outputPath) == ["briefings/index.html", "reports/index.html", "campaigns/index.html"])
    }

    // MARK: the briefing page itself

    @Test func briefingPageShowsKindCampaignYearAndNeighbours() throws {
        var publications = Self.publications
        publications[1].frontMatter.statisticsYear = 2024
        let context = TestSiteData.context(TestSiteData.data(pages: publications))
        let (pages, problems) = ContentPageBuilder().pages(context)
        #expect(problems.isEmpty)
        let briefing = try page("briefings/2025-06-25-b.html", in: pages)
        #expect(briefing.kind == "briefing")
        #expect(briefing.breadcrumbs.map(\.title) == ["首页", "简报"])
        let body = briefing.bodyHTML
        #expect(body.contains("<span class=\"kind-badge\">简报</span> <a class=\"campaign-link\" href=\"../campaigns/2025.html\">2025年全国节能宣传周：主题2025</a>"))
        #expect(body.contains("<span class=\"year-note\">统计年度：2024年</span>"))
        #expect(body.contains("<a class=\"pager-older\" href=\"2025-06-23-a.html\" rel=\"prev\">← 上一篇：宣传周第一期</a>"))
        #expect(!body.contains("pager-newer"))
    }
}
