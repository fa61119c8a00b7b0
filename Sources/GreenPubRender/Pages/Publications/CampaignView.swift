import GreenPubCompute
import GreenPubModel

/// What `templates/campaign.mustache` sees: one year's Energy Conservation Week.
struct CampaignView {
    struct Briefing {
        let title: String
        let href: String
        let date: String?
        let dateText: String?
        let summary: String?
    }

    struct Activity {
        let title: String
        let href: String
        let institution: String
        let dates: String
        /// 宣传周前 / 宣传周期间 / 宣传周后
        let timing: String
        /// 宣传活动 / 培训
        let kindName: String
        /// 2800份, 100人次; nil when the register gives no number.
        let quantity: String?
    }

    struct Neighbour {
        let title: String
        let href: String
    }

    let title: String
    let when: String
    let theme: String
    let lowCarbonDay: String
    let lowCarbonTheme: String
    let source: String
    /// 还有13天开幕 / 正在进行 / 已结束, as of the day the site is built for.
    let statusText: String

    let briefings: [Briefing]
    let hasBriefings: Bool

    /// The statistics year of the headline figures: the latest one before the campaign's
    /// year (the figures in hand during the week).
    let headlineYear: Int?
    let hasHeadline: Bool
    let cards: [HeadlineFigures.Card]
    let structureHref: String?
    /// The county plan's indicators in the headline year, counted by status.
    let planSummary: String?
    let indicatorsHref: String

    let activities: [Activity]
    let hasActivities: Bool
    let activityWindowDays: Int
    let projectsHref: String

    let older: Neighbour?
    let newer: Neighbour?
    let hasNeighbours: Bool
    let indexHref: String

    init(campaign: Campaign, data: SiteData, from: String) {
        title = "\(campaign.year)年全国节能宣传周"
        when = CampaignDates.span(start: campaign.start, end: campaign.end)
        theme = campaign.theme
        lowCarbonDay = CampaignDates.chinese(campaign.lowCarbonDay) ?? campaign.lowCarbonDay
        lowCarbonTheme = campaign.lowCarbonTheme
        source = campaign.source
        statusText = Self.status(of: campaign, today: data.today)

        briefings = data.pages.filter { $0.frontMatter.kind == "briefing" && $0.frontMatter.campaign == campaign.year }
            .sorted { ($0.frontMatter.date ?? "", $0.outputPath) < ($1.frontMatter.date ?? "", $1.outputPath) }
            .map { page in
                Briefing(title: page.frontMatter.title, href: RelativeURL.link(from: from, to: page.outputPath),
                         date: page.frontMatter.date, dateText: page.frontMatter.date.flatMap(CampaignDates.chinese),
                         summary: page.frontMatter.summary)
            }
        hasBriefings = !briefings.isEmpty

        let year = Self.headlineYear(for: campaign, years: data.years)
        headlineYear = year
        cards = year.map { HeadlineFigures.cards(data: data, year: $0, from: from) } ?? []
        hasHeadline = !cards.isEmpty
        structureHref = year.map { RelativeURL.link(from: from, to: SiteLinks.structure($0)) }
        planSummary = year.flatMap { Self.planSummary(data: data, year: $0) }
        indicatorsHref = RelativeURL.link(from: from, to: SiteLinks.indicators)

        activities = CampaignActivities.of(campaign, registers: data.registers).map { activity in
            let entry = activity.entry
            let first = entry.start ?? entry.end
            let last = entry.end ?? entry.start
            let dates: String
            if let first, let last, first != last {
                dates = CampaignDates.span(start: first.description, end: last.description)
            } else {
                dates = first?.chineseDescription ?? ""
            }
            return Activity(
                title: entry.title, href: RelativeURL.link(from: from, to: SiteLinks.projectEntry(entry.id)),
                institution: data.institutionName(id: entry.institution) ?? entry.institution, dates: dates, timing: activity.timing.rawValue,
                kindName: entry.kind.chineseName,
                quantity: entry.quantity.map { Figures.number($0, decimals: 0) + Self.quantityUnit(entry) })
        }
        hasActivities = !activities.isEmpty
        activityWindowDays = CampaignActivities.windowDays
        projectsHref = RelativeURL.link(from: from, to: SiteLinks.projects)

        let ordered = data.campaigns.sorted { $0.year < $1.year }
        let index = ordered.firstIndex { $0.year == campaign.year }
        func neighbour(_ other: Campaign) -> Neighbour {
            Neighbour(title: "\(other.year)年全国节能宣传周", href: RelativeURL.link(from: from, to: CampaignPaths.page(other.year)))
        }
        older = index.flatMap { $0 > 0 ? neighbour(ordered[$0 - 1]) : nil }
        newer = index.flatMap { $0 + 1 < ordered.count ? neighbour(ordered[$0 + 1]) : nil }
        hasNeighbours = older != nil || newer != nil
        indexHref = RelativeURL.link(from: from, to: CampaignPageBuilder.indexPath)
    }

    /// The latest statistics year before the campaign's year: a year's statistics are
    /// reviewed in the spring after it, so these are the figures in hand during the week. Nil
    /// when the statistics start later.
    static func headlineYear(for campaign: Campaign, years: [Int]) -> Int? {
        years.filter { $0 < campaign.year }.max()
    }

    static func status(of campaign: Campaign, today: String) -> String {
        guard let untilStart = CampaignDates.days(from: today, to: campaign.start),
              let untilEnd = CampaignDates.days(from: today, to: campaign.end) else { return "" }
        if untilStart > 0 { return "还有\(untilStart)天开幕" }
        if untilEnd >= 0 { return "正在进行" }
        return "已结束"
    }

    /// 《…规划》专栏1的15项指标，2024年：达标9项、进度正常3项、滞后3项。
    static func planSummary(data: SiteData, year: Int) -> String? {
        guard let index = data.plans.firstIndex(where: { !$0.indicators.isEmpty }),
              let evaluation = data.evaluations.first(where: { $0.planID == data.plans[index].id }),
              let evaluated = evaluation.years.first(where: { $0.year == year }) else { return nil }
        // In the base year every indicator stands at its own start: nothing to count.
        let indicators = evaluated.indicators.filter { $0.year > $0.baseYear }
        guard !indicators.isEmpty else { return nil }
        let plan = data.plans[index]
        let counts = IndicatorStatus.allCases.compactMap { status -> String? in
            let count = indicators.filter { $0.status == status }.count
            return count > 0 ? "\(status.chineseName)\(count)项" : nil
        }
        let table = plan.indicatorTable.map { "专栏\($0.number)" } ?? ""
        return "《\(plan.title)》\(table)的\(indicators.count)项指标，\(year)年：\(counts.joined(separator: "、"))。"
    }

    /// The unit of 数量: the register column's (人次), else what the publicity register counts.
    static func quantityUnit(_ entry: RegisterEntry) -> String {
        if let unit = entry.quantityUnit, !unit.isEmpty { return unit }
        return entry.kind == .training ? "人次" : entry.kind == .publicity ? "份" : ""
    }
}
