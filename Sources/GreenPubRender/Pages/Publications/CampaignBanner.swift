import GreenPubModel

/// The home page banner of the Energy Conservation Week: shown from `bannerDaysBefore` days
/// before the week until its last day.
public enum CampaignBanner {
    /// The campaign whose week contains `data.today`, or which starts within its
    /// `bannerDaysBefore` days after `data.today`; the earliest such week when several do.
    /// Nil outside every run-up, or when `today` is not a date.
    public static func current(data: SiteData) -> Campaign? {
        current(campaigns: data.campaigns, today: data.today)
    }

    static func current(campaigns: [Campaign], today: String) -> Campaign? {
        let running = campaigns.filter { campaign in
            guard let untilStart = CampaignDates.days(from: today, to: campaign.start),
                  let untilEnd = CampaignDates.days(from: today, to: campaign.end) else { return false }
            return untilStart <= campaign.bannerDaysBefore && untilEnd >= 0
        }
        return running.min { ($0.start, $0.year) < ($1.start, $1.year) }
    }

    /// The banner's HTML for a page at `from` (`templates/partials/campaign-banner.mustache`),
    /// or "" when no banner shows: what the home page places above its content.
    static func html(_ context: RenderContext, from: String) -> String {
        view(data: context.data, from: from).map { context.render("partials/campaign-banner", $0) } ?? ""
    }

    /// The view of `templates/partials/campaign-banner.mustache` for a page at `from`, or nil
    /// when no banner shows. The home page renders it with
    /// `context.render("partials/campaign-banner", view)`.
    static func view(data: SiteData, from: String) -> CampaignBannerView? {
        current(data: data).map { CampaignBannerView(campaign: $0, today: data.today, from: from) }
    }
}

/// What `templates/partials/campaign-banner.mustache` sees.
struct CampaignBannerView {
    /// 2025年全国节能宣传周
    let title: String
    /// 2025年6月23日至29日
    let when: String
    /// 还有13天 / 今天开幕 / 正在进行
    let countdown: String
    let theme: String
    /// 6月25日全国低碳日
    let lowCarbonDay: String
    let lowCarbonTheme: String
    /// The campaign page, relative to the page showing the banner.
    let href: String

    init(campaign: Campaign, today: String, from: String) {
        title = "\(campaign.year)年全国节能宣传周"
        when = CampaignDates.span(start: campaign.start, end: campaign.end)
        let untilStart = CampaignDates.days(from: today, to: campaign.start) ?? 0
        countdown = untilStart > 0 ? "还有\(untilStart)天开幕" : untilStart == 0 ? "今天开幕" : "正在进行"
        theme = campaign.theme
        lowCarbonDay = "\(CampaignDates.monthDay(campaign.lowCarbonDay))全国低碳日"
        lowCarbonTheme = campaign.lowCarbonTheme
        href = RelativeURL.link(from: from, to: CampaignPaths.page(campaign.year))
    }
}
