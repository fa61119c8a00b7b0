/// A Markdown page of `content/`, split into its front matter and body.
public struct ContentPage: Sendable, Hashable {
    /// Project-relative source path, e.g. `content/briefings/2025-06-23-headline.md`.
    public var sourcePath: String
    /// Site-relative output path, e.g. `briefings/2025-06-23-headline.html`.
    public var outputPath: String
    public var frontMatter: FrontMatter
    /// The Markdown after the front matter.
    public var body: String
    /// Line of the source file on which `body` starts (1-based), for locating problems in it.
    public var bodyStartLine: Int

    public init(sourcePath: String, outputPath: String, frontMatter: FrontMatter, body: String, bodyStartLine: Int) {
        self.sourcePath = sourcePath
        self.outputPath = outputPath
        self.frontMatter = frontMatter
        self.body = body
        self.bodyStartLine = bodyStartLine
    }
}

/// The YAML header of a Markdown page (between `---` lines).
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    /// ISO date `YYYY-MM-DD`, as written (validated).
    public var date: String?
    /// One-sentence summary used in lists, feeds and the description meta tag.
    public var summary: String?
    /// Page kind: `page`, `briefing` (简报) or `report` (报告).
    public var kind: String
    /// Position in the main menu, when the page belongs there.
    public var menuOrder: Int?
    /// Menu label when different from the title.
    public var menuTitle: String?
    /// The Energy Conservation Week (by year) a briefing belongs to.
    public var campaign: Int?
    /// The statistics year the page's figures are quoted for (shortcodes default to it).
    public var statisticsYear: Int?

    public init(
        title: String, date: String? = nil, summary: String? = nil, kind: String = "page",
        menuOrder: Int? = nil, menuTitle: String? = nil, campaign: Int? = nil, statisticsYear: Int? = nil
    ) {
        self.title = title
        self.date = date
        self.summary = summary
        self.kind = kind
        self.menuOrder = menuOrder
        self.menuTitle = menuTitle
        self.campaign = campaign
        self.statisticsYear = statisticsYear
    }
}
