/// Site-wide settings from `content/site.yaml`.
public struct SiteConfig: Sendable, Hashable {
    /// The site's name, shown in the header and in every page title.
    public var title: String
    /// The office publishing the site (shown in the footer).
    public var organisation: String
    /// One sentence describing the site, for the home page's description meta tag.
    public var description: String
    /// The public address the site will be served from, e.g. `https://jgj.example.gov.cn/jieneng/`;
    /// used only where absolute URLs are required (sitemap, feed). Links stay relative.
    public var baseURL: String?

    public init(title: String, organisation: String, description: String, baseURL: String? = nil) {
        self.title = title
        self.organisation = organisation
        self.description = description
        self.baseURL = baseURL
    }
}
