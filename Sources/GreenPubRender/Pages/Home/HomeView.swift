import GreenPubCharts
import GreenPubCompute
import GreenPubModel

/// What `templates/home.mustache` sees: the home page's own Markdown, the latest year's
/// headline figures with their progress to the plan's targets, and the latest publications.
struct HomeView {
    struct Headline {
        let name: String
        let value: String
        let unit: String
        let change: String
        let statusLabel: String
        let statusClass: String
        let target: String
        let href: String
        let progressSVG: String
    }

    struct Publication {
        let title: String
        let date: String
        let summary: String
        let kindName: String
        let href: String
    }

    let title: String
    let content: String
    let year: Int?
    let hasHeadlines: Bool
    let headlines: [Headline]
    let dashboardHref: String
    let planTitle: String
    let publications: [Publication]
    let hasPublications: Bool
    let briefingsHref: String
    let bannerHTML: String

    init(page: ContentPage, html: String, data: SiteData, bannerHTML: String) {
        let from = page.outputPath
        title = page.frontMatter.title
        content = html
        year = data.latestYear
        dashboardHref = RelativeURL.link(from: from, to: "indicators.html")
        briefingsHref = RelativeURL.link(from: from, to: "briefings/index.html")
        self.bannerHTML = bannerHTML
        var headlines: [Headline] = []
        var planTitle = ""
        if let year = data.latestYear,
           let (plan, evaluation) = zip(data.plans, data.evaluations).first(where: { !$0.0.indicators.isEmpty }),
           let yearEvaluation = evaluation.years.first(where: { $0.year == year }) {
            planTitle = plan.title
            // Binding (约束性) indicators first, then the plan's order; county scope only on the home page.
            let county = plan.indicators.filter { $0.scope == .county }
            let ordered = county.filter(\.isBinding) + county.filter { !$0.isBinding }
            for indicator in ordered {
                guard let evaluation = yearEvaluation.indicators.first(where: { $0.indicatorID == indicator.id }) else { continue }
                headlines.append(Self.headline(indicator, evaluation, from: from))
            }
        }
        self.planTitle = planTitle
        self.headlines = headlines
        hasHeadlines = !headlines.isEmpty
        publications = PublicationIndex(data.pages).allNewestFirst().prefix(3).map { item in
            Publication(title: item.frontMatter.title, date: item.frontMatter.date ?? "", summary: item.frontMatter.summary ?? "",
                        kindName: PublicationIndex.listTitle(forKind: item.frontMatter.kind),
                        href: RelativeURL.link(from: from, to: item.outputPath))
        }
        hasPublications = !publications.isEmpty
    }

    static func headline(_ indicator: PlanIndicator, _ evaluation: IndicatorEvaluation, from: String) -> Headline {
        let decimals = indicator.target.decimals ?? indicator.base.decimals ?? 2
        let name = indicator.name.split(separator: "（").first.map(String.init) ?? indicator.name
        let bar = ProgressBar(
            id: "home-\(indicator.id)", title: "\(name)：距\(evaluation.targetYear)年目标的进度",
            value: evaluation.value, target: evaluation.target, base: evaluation.computedBase, expected: evaluation.path,
            unit: indicator.unit, decimals: decimals)
        return Headline(
            name: name,
            value: Figures.number(evaluation.value, decimals: decimals),
            unit: indicator.unit,
            change: Figures.changeInWords(evaluation.changePercent, since: evaluation.baseYear),
            statusLabel: StatusBadge(evaluation.status).label,
            statusClass: StatusBadge(evaluation.status).cssClass,
            target: "\(evaluation.targetYear)年目标 \(evaluation.comparison.rawValue)\(Figures.number(evaluation.target, decimals: decimals))",
            href: RelativeURL.link(from: from, to: "indicators.html") + "#\(indicator.id)",
            progressSVG: bar.svg())
    }
}
