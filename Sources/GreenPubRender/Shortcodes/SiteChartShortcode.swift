import GreenPubCharts
import GreenPubCompute
import GreenPubModel

/// `{{< chart name="energy-by-group" year="2024" >}}`: a chart the site draws, as a figure with
/// caption, inline SVG, data table and source line. A block: it stands alone on its line.
extension SiteShortcodes {
    static let chartArguments = ["name", "year", "scope", "id", "plan"]

    /// Every chart name, in the order the documentation lists them.
    static let chartNames = [
        "energy-by-group", "carbon-by-group", "building-carbon-by-group", "vehicle-carbon-by-group",
        "energy-mix", "carbon-mix", "energy-by-year", "carbon-by-year", "indicator",
    ]

    func chart(_ arguments: SiteShortcodeArguments) throws(ShortcodeError) -> String {
        let nameArgument = try arguments.required("name", example: "name=\"energy-by-group\"")
        let name = nameArgument.value
        guard Self.chartNames.contains(name) else {
            throw ShortcodeError(nameArgument.location, "unknown chart '\(name)': expected \(SiteShortcodeArguments.list(Self.chartNames))"
                                 + NearestName.hint(for: name, among: Self.chartNames))
        }
        if name != "indicator" {
            try arguments.reject("id", because: "names the indicator of chart name=\"indicator\"; chart '\(name)' takes none")
            try arguments.reject("plan", because: "goes with chart name=\"indicator\"; chart '\(name)' takes none")
        }
        if !name.hasSuffix("-mix") {
            try arguments.reject("scope", because: "chooses the county or a group for the energy-mix and carbon-mix charts; chart '\(name)' takes none")
        }
        let year = try statisticsYear(arguments)
        let id = chartID(name, arguments.shortcode)
        let data = context.data
        guard let accounts = data.accounts(for: year) else {
            throw ShortcodeError(arguments.shortcode.location, "no accounts for \(year)")
        }
        let statisticsSource = "数据来源：\(year)年全县公共机构能源资源消费统计，核算方法见\(anchor(SiteLinks.methodologyFormulas, "方法说明"))"
        switch name {
        case "energy-by-group", "carbon-by-group", "building-carbon-by-group", "vehicle-carbon-by-group":
            let quantity: SiteCharts.GroupQuantity = switch name {
            case "energy-by-group": .energy
            case "carbon-by-group": .carbon
            case "building-carbon-by-group": .buildingCarbon
            default: .vehicleCarbon
            }
            let (chart, caption) = SiteCharts.byGroup(quantity, year: accounts, id: id)
            return ChartFigure.html(chart, caption: caption,
                                    sourceHTML: statisticsSource + "；详见\(anchor(SiteLinks.structure(year), "\(year)年能耗结构"))。")
        case "energy-mix", "carbon-mix":
            let group = try self.group(arguments, default: nil)
            let (chart, caption) = SiteCharts.mix(carbon: name == "carbon-mix", year: accounts, group: group, id: id)
            return ChartFigure.html(chart, caption: caption,
                                    sourceHTML: statisticsSource + "；详见\(anchor(SiteLinks.structure(year), "\(year)年能耗结构"))。")
        case "energy-by-year", "carbon-by-year":
            let (chart, caption) = SiteCharts.byYear(carbon: name == "carbon-by-year", accounts: data.accounts, through: year, id: id)
            let first = data.years.first ?? year
            let span = first == year ? "\(year)年" : "\(first)—\(year)年"
            return ChartFigure.html(chart, caption: caption,
                                    sourceHTML: "数据来源：\(span)全县公共机构能源资源消费统计，核算方法见\(anchor(SiteLinks.methodologyFormulas, "方法说明"))。")
        default:
            guard arguments["id"] != nil else {
                throw ShortcodeError(arguments.shortcode.location, "chart name=\"indicator\" needs id=\"…\", the indicator's id, e.g. {{< chart name=\"indicator\" id=\"county-energy-per-area\" >}}")
            }
            let found = try lookUpIndicator(arguments)
            // The chosen year must have an evaluation; the years before it are drawn too.
            _ = try indicatorEvaluation(found, year: year, at: arguments)
            let evaluations = indicatorEvaluations(found, through: year)
            let (chart, caption) = SiteCharts.indicator(found.indicator, evaluations: evaluations, id: id)
            let source = "数据来源：\(found.plan.title)；\(year)年及以前各年统计数据。评价见\(anchor(SiteLinks.indicators, "指标进展"))，评价规则见\(anchor(SiteLinks.methodologyEvaluation, "方法说明"))。"
            return ChartFigure.html(chart, caption: caption, sourceHTML: source)
        }
    }

    /// The indicator's evaluations from its base year up to `last`, ascending.
    func indicatorEvaluations(_ found: FoundIndicator, through last: Int) -> [IndicatorEvaluation] {
        guard let evaluation = context.data.evaluations.first(where: { $0.planID == found.plan.id }) else { return [] }
        return evaluation.years.filter { $0.year <= last }.compactMap { year in
            year.indicators.first { $0.indicatorID == found.indicator.id }
        }
    }

    /// A chart id unique on the page: the chart's name, then where its shortcode is written.
    func chartID(_ name: String, _ shortcode: Shortcode) -> String {
        "\(name)-l\(shortcode.location.line)c\(shortcode.location.column ?? 1)"
    }

    /// `<a href="…">text</a>`, the link relative to this page.
    func anchor(_ path: String, _ text: String) -> String {
        "<a href=\"\(XMLText.escape(link(to: path)))\">\(XMLText.escape(text))</a>"
    }
}
