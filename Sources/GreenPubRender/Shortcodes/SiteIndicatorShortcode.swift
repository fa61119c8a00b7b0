import GreenPubCompute
import GreenPubModel

/// `{{< indicator id="county-energy-per-area" year="2024" show="value" >}}`: one plan
/// indicator in one year, read from the plan evaluation the dashboard shows, at the plan's
/// precision and with the plan's unit.
extension SiteShortcodes {
    static let indicatorArguments = ["id", "year", "show", "plan"]

    /// What `show=` can quote.
    ///   value         the year's value                       11.05千克标煤/平方米·年
    ///   base          the base-year value computed from the statistics
    ///   change        the change on the base year, in percent  下降7.30%
    ///   change-value  the change on the base year, in the unit  下降0.87千克标煤/平方米·年
    ///   status        the status badge                        达标 / 进度正常 / 滞后 / 未达标
    ///   target        the target with its comparison          ≤11.44千克标煤/平方米·年
    ///   path          where the straight path to the target is that year
    ///   projection    the trend extended to the target year
    static let indicatorShows = ["value", "base", "change", "change-value", "status", "target", "path", "projection"]

    func indicator(_ arguments: SiteShortcodeArguments, asBlock: Bool) throws(ShortcodeError) -> String {
        let found = try lookUpIndicator(arguments)
        let show = try arguments.choice("show", among: Self.indicatorShows, default: "value")
        let year = try statisticsYear(arguments)
        let evaluation = try indicatorEvaluation(found, year: year, at: arguments)
        let indicator = found.indicator
        let decimals = IndicatorPrecision.decimals(of: indicator)
        let unit = indicator.unit
        let text: String
        switch show {
        case "base":
            text = SiteFigureText.value(evaluation.computedBase, decimals: decimals, unit: unit)
        case "change":
            guard let percent = evaluation.changePercent else {
                throw ShortcodeError(arguments.shortcode.location, "indicator '\(indicator.id)' has a base value of 0: its change cannot be given in percent; use show=\"change-value\"")
            }
            text = SiteFigureText.change(percent, decimals: 2, unit: "%")
        case "change-value":
            text = SiteFigureText.change(evaluation.change, decimals: decimals, unit: unit)
        case "status":
            let data = " data-indicator=\"\(XMLText.escape(indicator.id))\" data-year=\"\(year)\" data-show=\"status\""
            return SiteFigureText.paragraph(Self.statusBadge(evaluation.status, attributes: data), asBlock: asBlock)
        case "target":
            text = evaluation.comparison.symbol + SiteFigureText.value(evaluation.target, decimals: decimals, unit: unit)
        case "path":
            text = SiteFigureText.value(evaluation.path, decimals: decimals, unit: unit)
        case "projection":
            guard let projection = evaluation.projection else {
                throw ShortcodeError(arguments.shortcode.location, "indicator '\(indicator.id)' has no projection in \(year): the trend is projected from two years of values until the year before the target year \(evaluation.targetYear); quote show=\"value\" instead")
            }
            text = SiteFigureText.value(projection.projectedValue, decimals: decimals, unit: unit)
        default:
            text = SiteFigureText.value(evaluation.value, decimals: decimals, unit: unit)
        }
        let html = SiteFigureText.inline(
            text, href: link(to: SiteLinks.indicator(indicator, plan: found.plan, plans: context.data.plans)), title: "\(indicator.name)：\(found.plan.title)",
            data: [("indicator", indicator.id), ("year", String(year)), ("show", show)])
        return SiteFigureText.paragraph(html, asBlock: asBlock)
    }

    /// The status badge the dashboard uses.
    static func statusBadge(_ status: IndicatorStatus, attributes: String = "") -> String {
        "<span class=\"status status-\(status.key.replacingOccurrences(of: "_", with: "-"))\"\(attributes)>\(status.chineseName)</span>"
    }

    /// A plan indicator by `id=` (and `plan=` when two plans use the same id).
    struct FoundIndicator {
        let plan: Plan
        let indicator: PlanIndicator
    }

    func lookUpIndicator(_ arguments: SiteShortcodeArguments) throws(ShortcodeError) -> FoundIndicator {
        let plans = try plan(arguments).map { [$0] } ?? context.data.plans
        let id = try arguments.required("id", example: "id=\"county-energy-per-area\"")
        let matches = plans.flatMap { plan in plan.indicators.filter { $0.id == id.value }.map { FoundIndicator(plan: plan, indicator: $0) } }
        guard let first = matches.first else {
            let known = plans.flatMap { $0.indicators.map(\.id) }
            let place = plans.count == 1 ? plans[0].file : "content/plans/"
            throw ShortcodeError(id.location, "unknown indicator '\(id.value)': expected an indicator id of \(place): \(SiteShortcodeArguments.list(known))"
                                 + NearestName.hint(for: id.value, among: known))
        }
        guard matches.count == 1 else {
            throw ShortcodeError(id.location, "indicator '\(id.value)' is in several plans (\(matches.map(\.plan.id).joined(separator: ", "))): add plan=\"…\" to say which")
        }
        return first
    }

    /// The evaluation of an indicator in a year.
    func indicatorEvaluation(_ found: FoundIndicator, year: Int, at arguments: SiteShortcodeArguments) throws(ShortcodeError) -> IndicatorEvaluation {
        let evaluation = context.data.evaluations.first { $0.planID == found.plan.id }?
            .years.first { $0.year == year }?
            .indicators.first { $0.indicatorID == found.indicator.id }
        guard let evaluation else {
            let where_ = arguments["year"]?.location ?? arguments.shortcode.location
            throw ShortcodeError(where_, "indicator '\(found.indicator.id)' has no evaluation for \(year): it is evaluated from its base year \(found.indicator.base.year) on, in years with statistics")
        }
        return evaluation
    }
}

/// The precision a plan prints an indicator at: the decimals of its printed target, else of
/// its printed base, else the site's default for the unit. The evaluation compares values
/// with targets at the same precision, so a quoted figure always agrees with its status.
enum IndicatorPrecision {
    static func decimals(of indicator: PlanIndicator) -> Int {
        indicator.target.decimals ?? indicator.base.decimals ?? Figures.decimals(forUnit: indicator.unit)
    }
}
