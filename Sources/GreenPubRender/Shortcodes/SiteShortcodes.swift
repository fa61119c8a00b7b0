import GreenPubModel

/// The shortcodes of GreenPub pages, resolved against the computed data, so that a figure in
/// the prose is the figure of the dashboards (docs/shortcodes.md documents them):
///
/// - `{{< indicator id="county-energy-per-area" year="2024" show="value" >}}` (inline)
/// - `{{< figure metric="energy_tce" scope="county" year="2024" >}}` (inline)
/// - `{{< chart name="energy-by-group" year="2024" >}}` (block)
/// - `{{< indicator-table plan="pengshui-14th-five-year-plan" year="2024" >}}` (block)
/// - `{{< tasks column="3" year="2024" >}}` (block)
/// - `{{< projects kind="pv" year="2025" >}}` (block)
///
/// `year` defaults to the page's `statistics_year`, else the latest statistics year. Every
/// problem is an error at the shortcode's (or the argument's) place in the page, naming what
/// was expected and suggesting the nearest valid name; a page with one is not rendered.
struct SiteShortcodes: ShortcodeResolver {
    let context: RenderContext
    let page: ContentPage
    /// The page's shortcodes, for the checks that look at the others on the page (parsed once,
    /// not once per table).
    private let shortcodesOnPage: [Shortcode]
    /// The page body's lines, as bytes.
    private let lines: [Substring.UTF8View]

    init(context: RenderContext, page: ContentPage) {
        let (segments, _) = ShortcodeParser.parse(page.body, file: page.sourcePath, firstLine: page.bodyStartLine)
        self.init(context: context, page: page, segments: segments)
    }

    /// The resolver of a page whose body `ShortcodeParser.parse` has split into `segments`.
    init(context: RenderContext, page: ContentPage, segments: [ShortcodeParser.Segment]) {
        self.context = context
        self.page = page
        shortcodesOnPage = segments.compactMap { segment in
            if case .shortcode(let shortcode) = segment { shortcode } else { nil }
        }
        lines = page.body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }

    /// Every shortcode name, in the order the documentation lists them.
    static let names = ["indicator", "figure", "chart", "indicator-table", "tasks", "projects"]
    /// The shortcodes that place a figure or a table: they stand alone on their line.
    static let blockNames = ["chart", "indicator-table", "tasks", "projects"]

    func html(for shortcode: Shortcode, asBlock: Bool) -> Result<String, ShortcodeError> {
        do {
            return .success(try expand(shortcode, asBlock: asBlock))
        } catch {
            return .failure(error)
        }
    }

    func expand(_ shortcode: Shortcode, asBlock: Bool) throws(ShortcodeError) -> String {
        guard Self.names.contains(shortcode.name) else {
            throw ShortcodeError(shortcode.location, "unknown shortcode '\(shortcode.name)': expected \(SiteShortcodeArguments.list(Self.names))"
                                 + NearestName.hint(for: shortcode.name, among: Self.names))
        }
        if Self.blockNames.contains(shortcode.name) { try requireOwnParagraph(shortcode, asBlock: asBlock) }
        switch shortcode.name {
        case "indicator":
            return try indicator(SiteShortcodeArguments(shortcode, accepts: Self.indicatorArguments), asBlock: asBlock && isOwnParagraph(shortcode))
        case "figure":
            return try figure(SiteShortcodeArguments(shortcode, accepts: Self.figureArguments), asBlock: asBlock && isOwnParagraph(shortcode))
        case "chart":
            return try chart(SiteShortcodeArguments(shortcode, accepts: Self.chartArguments))
        case "indicator-table":
            return try indicatorTable(SiteShortcodeArguments(shortcode, accepts: Self.indicatorTableArguments))
        case "tasks":
            return try tasks(SiteShortcodeArguments(shortcode, accepts: Self.tasksArguments))
        default:
            return try projects(SiteShortcodeArguments(shortcode, accepts: Self.projectsArguments))
        }
    }

    // MARK: What every shortcode shares

    /// The `year=` of a shortcode: a statistics year; by default the page's
    /// `statistics_year`, else the latest statistics year.
    func statisticsYear(_ arguments: SiteShortcodeArguments) throws(ShortcodeError) -> Int {
        if let pageYear = page.frontMatter.statisticsYear {
            return try arguments.year(in: context.data.years, fallback: pageYear, fallbackSource: "the page's statistics_year")
        }
        return try arguments.year(in: context.data.years, fallback: context.data.latestYear, fallbackSource: "the latest statistics year")
    }

    /// The plan named by `plan=`, nil when the argument is not given. `what` and `test` say
    /// what the plan must hold for the shortcode (indicators, columns).
    func plan(_ arguments: SiteShortcodeArguments, having what: String = "", _ test: (Plan) -> Bool = { _ in true }) throws(ShortcodeError) -> Plan? {
        guard let argument = arguments["plan"] else { return nil }
        let ids = context.data.plans.map(\.id)
        guard let plan = context.data.plans.first(where: { $0.id == argument.value }) else {
            throw ShortcodeError(argument.location, "unknown plan '\(argument.value)': expected the id of a plan in content/plans/: \(SiteShortcodeArguments.list(ids))"
                                 + NearestName.hint(for: argument.value, among: ids))
        }
        if !test(plan) {
            let fitting = context.data.plans.filter(test).map(\.id)
            throw ShortcodeError(argument.location, "plan '\(plan.id)' has no \(what) for shortcode '\(arguments.name)': plans with \(what) are \(SiteShortcodeArguments.list(fitting))")
        }
        return plan
    }

    /// Table shortcodes give their rows ids (`entry-EN-001`, `task-c3-1`) for links: the same
    /// table twice on a page would repeat them. `key` names what the table shows (its plan and
    /// column, its register kind); an earlier shortcode of the page with the same key is an error.
    func requireFirstOnPage(_ arguments: SiteShortcodeArguments, key: (Shortcode) -> String?) throws(ShortcodeError) {
        let here = arguments.shortcode
        guard let mine = key(here) else { return }
        for other in shortcodesOnPage where other.name == here.name && other.location < here.location {
            if key(other) == mine {
                throw ShortcodeError(here.location, "shortcode '\(here.name)' shows the same table as the one on line \(other.location.line): a page holds each table once")
            }
        }
    }

    /// The heading level for a table's own headings: one below the last Markdown heading
    /// above the shortcode (`### 专栏3` -> 4), 3 without one, at most 5.
    func headingLevel(below shortcode: Shortcode) -> Int {
        let index = min(shortcode.location.line - page.bodyStartLine, lines.count)
        var inFence = false
        var level = 2
        let space = UInt8(ascii: " ")
        let hash = UInt8(ascii: "#")
        for line in lines.prefix(max(0, index)) {
            let text = line.drop { $0 == space }
            if text.starts(with: "```".utf8) || text.starts(with: "~~~".utf8) { inFence.toggle(); continue }
            guard !inFence, text.first == hash else { continue }
            let hashes = text.prefix { $0 == hash }.count
            let rest = text.dropFirst(hashes)
            if (1...6).contains(hashes), rest.isEmpty || rest.first == space { level = hashes }
        }
        return min(level + 1, 5)
    }

    /// A link from this page to a site path.
    func link(to path: String) -> String { RelativeURL.link(from: page.outputPath, to: path) }

    /// A figure or table cannot sit inside a sentence: its shortcode stands alone on its line,
    /// between blank lines (or a heading above), so that it replaces a whole paragraph.
    func requireOwnParagraph(_ shortcode: Shortcode, asBlock: Bool) throws(ShortcodeError) {
        guard asBlock, isOwnParagraph(shortcode) else {
            throw ShortcodeError(shortcode.location, "shortcode '\(shortcode.name)' places a \(shortcode.name == "chart" ? "chart" : "table"): put it on a line of its own, with a blank line before and after")
        }
    }

    /// True when the shortcode's line is a paragraph of its own: the lines around it are blank
    /// (or a heading above or below, which ends its own block), or the body's start or end.
    func isOwnParagraph(_ shortcode: Shortcode) -> Bool {
        guard shortcode.standsAlone else { return false }
        let index = shortcode.location.line - page.bodyStartLine
        guard lines.indices.contains(index) else { return true }
        func isBlank(_ line: Substring.UTF8View) -> Bool {
            line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        }
        func isHeading(_ line: Substring.UTF8View) -> Bool { line.drop { $0 == UInt8(ascii: " ") }.first == UInt8(ascii: "#") }
        if index > 0, !isBlank(lines[index - 1]), !isHeading(lines[index - 1]) { return false }
        if index + 1 < lines.count, !isBlank(lines[index + 1]), !isHeading(lines[index + 1]) { return false }
        return true
    }
}
