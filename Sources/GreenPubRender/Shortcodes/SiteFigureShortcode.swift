import GreenPubCompute
import GreenPubModel

/// `{{< figure metric="energy_tce" scope="county" year="2024" >}}`: one figure of the county's
/// or a group's accounts (`SiteFigureMetric.all`), at the plan's precision with its unit.
extension SiteShortcodes {
    static let figureArguments = ["metric", "scope", "year", "reading", "show", "from"]
    /// `county` or a group key.
    static let scopes = ["county"] + InstitutionGroup.allCases.map(\.rawValue)
    /// `ratio`: Σ numerator ÷ Σ denominator; `mean`: the mean of the institutions' own values.
    static let readings = ["ratio", "mean"]
    static let figureShows = ["value", "change"]

    func figure(_ arguments: SiteShortcodeArguments, asBlock: Bool) throws(ShortcodeError) -> String {
        let metricArgument = try arguments.required("metric", example: "metric=\"energy_tce\"")
        guard let metric = SiteFigureMetric.named(metricArgument.value) else {
            throw ShortcodeError(metricArgument.location, "unknown metric '\(metricArgument.value)' for shortcode 'figure': expected \(SiteShortcodeArguments.list(SiteFigureMetric.names))"
                                 + NearestName.hint(for: metricArgument.value, among: SiteFigureMetric.names))
        }
        let group = try self.group(arguments, default: nil)
        if metric.needsGroup, group == nil {
            throw ShortcodeError(arguments["scope"]?.location ?? arguments.shortcode.location,
                                 "metric '\(metric.name)' is a group's share of the county: add scope=\"government\", \"education\", \"health\" or \"other\"")
        }
        let reading = try arguments.choice("reading", among: Self.readings, default: "ratio")
        if !metric.hasReadings, let given = arguments["reading"] {
            throw ShortcodeError(SiteShortcodeArguments.keyLocation(of: given),
                                 "reading= applies to the intensities only (energy_per_area, energy_per_person, water_per_person, co2_per_area), not to '\(metric.name)'")
        }
        let show = try arguments.choice("show", among: Self.figureShows, default: "value")
        let year = try statisticsYear(arguments)
        let mean = reading == "mean"
        let value = try figureValue(metric, year: year, group: group, mean: mean, at: arguments)
        let text: String
        var data = [("figure", metric.name), ("scope", group?.rawValue ?? "county"), ("year", String(year))]
        if metric.hasReadings { data.append(("reading", reading)) }
        if show == "change" {
            let from = try arguments.year("from", in: context.data.years, fallback: context.data.years.first, fallbackSource: "the first statistics year")
            let base = try figureValue(metric, year: from, group: group, mean: mean, at: arguments)
            if metric.isPercent {
                text = SiteFigureText.change(value - base, decimals: metric.decimals, unit: "个百分点")
            } else {
                guard base != 0 else {
                    throw ShortcodeError(arguments["from"]?.location ?? arguments.shortcode.location,
                                         "\(metric.name) is 0 in \(from): its change cannot be given in percent")
                }
                text = SiteFigureText.change((value - base) / base * 100, decimals: 2, unit: "%")
            }
            data += [("show", "change"), ("from", String(from))]
        } else {
            guard arguments["from"] == nil else {
                throw ShortcodeError(SiteShortcodeArguments.keyLocation(of: arguments["from"]!),
                                     "from= is the year a change is measured from: use it with show=\"change\"")
            }
            text = SiteFigureText.value(value, decimals: metric.decimals, unit: metric.unit)
        }
        let scopeName = group.map(SiteCharts.groupName) ?? "全县公共机构"
        // A group's figures are explained on its group page, the county's on the year's structure page.
        let source = group.map { SiteLinks.group($0) } ?? SiteLinks.structure(year)
        let readingName = metric.hasReadings ? (mean ? "（各机构平均值）" : "（总量之比）") : ""
        let html = SiteFigureText.inline(
            text, href: link(to: source), title: "\(year)年\(scopeName)：\(metric.chineseName)\(readingName)", data: data)
        return SiteFigureText.paragraph(html, asBlock: asBlock)
    }

    func figureValue(_ metric: SiteFigureMetric, year: Int, group: InstitutionGroup?, mean: Bool,
                     at arguments: SiteShortcodeArguments) throws(ShortcodeError) -> Double {
        guard let accounts = context.data.accounts(for: year),
              let value = metric.value(in: accounts, group: group, mean: mean), value.isFinite else {
            let scope = group.map { "the \($0.rawValue) group" } ?? "the county"
            throw ShortcodeError(arguments.shortcode.location, "\(metric.name) has no value for \(scope) in \(year) (nothing to divide by, or no institutions)")
        }
        return value
    }

    /// `scope=`: nil for the county, else the group.
    func group(_ arguments: SiteShortcodeArguments, default fallback: InstitutionGroup?) throws(ShortcodeError) -> InstitutionGroup? {
        let scope = try arguments.choice("scope", among: Self.scopes, default: fallback?.rawValue ?? "county")
        return InstitutionGroup(rawValue: scope)
    }
}
