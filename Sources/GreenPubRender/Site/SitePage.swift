import GreenPubTemplates

/// One page of the site before it is wrapped in the layout: where it goes, what it is called,
/// where it sits in the navigation, and its body HTML (already rendered from its template).
public struct SitePage: Sendable {
    public struct Crumb: Sendable, Hashable {
        public var title: String
        /// Site-relative path of the page the crumb links to.
        public var outputPath: String

        public init(title: String, outputPath: String) {
            self.title = title
            self.outputPath = outputPath
        }
    }

    public var outputPath: String
    public var title: String
    /// One sentence for the description and Open Graph meta tags.
    public var description: String
    /// The trail from the home page down to (not including) this page.
    public var breadcrumbs: [Crumb]
    /// Site-relative path of the main-menu entry this page belongs under.
    public var menuPath: String?
    /// CSS class on <body>, naming the page kind (`page`, `briefing`, `institution`, ...).
    public var kind: String
    /// The body, as UTF-8 (pages rendered into bytes are never turned into a `String`).
    public var body: RenderedMarkup

    /// The body as a string.
    public var bodyHTML: String {
        get { body.text }
        set { body = RenderedMarkup(newValue) }
    }

    public init(outputPath: String, title: String, description: String, breadcrumbs: [Crumb],
                menuPath: String?, kind: String, bodyHTML: String) {
        self.init(outputPath: outputPath, title: title, description: description, breadcrumbs: breadcrumbs,
                  menuPath: menuPath, kind: kind, body: RenderedMarkup(bodyHTML))
    }

    public init(outputPath: String, title: String, description: String, breadcrumbs: [Crumb],
                menuPath: String?, kind: String, body: RenderedMarkup) {
        self.outputPath = outputPath
        self.title = title
        self.description = description
        self.breadcrumbs = breadcrumbs
        self.menuPath = menuPath
        self.kind = kind
        self.body = body
    }
}

/// An entry of the main menu.
public struct MenuItem: Sendable, Hashable {
    public var title: String
    public var outputPath: String
    public var order: Int

    public init(title: String, outputPath: String, order: Int) {
        self.title = title
        self.outputPath = outputPath
        self.order = order
    }
}
