import GreenPubModel
import GreenPubRender

/// Stage 1 output: every input file of a project, read and parsed, not yet cross-checked.
public struct ProjectSources: Sendable {
    public var config: SiteConfig?
    public var pages: [ContentPage]
    /// Every Markdown page file found, including those whose front matter could not be read.
    public var pageFiles: [String]
    public var templates: [TemplateSource]
    /// Files of templates/assets/, copied to assets/ in the site unchanged.
    public var assets: [OutputFile]

    public init(config: SiteConfig?, pages: [ContentPage], pageFiles: [String], templates: [TemplateSource], assets: [OutputFile]) {
        self.config = config
        self.pages = pages
        self.pageFiles = pageFiles
        self.templates = templates
        self.assets = assets
    }
}
