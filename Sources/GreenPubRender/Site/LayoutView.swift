import GreenPubModel
import GreenPubTemplates

/// What `templates/layout.mustache` sees. Stored, pre-formatted properties only.
struct LayoutView {
    struct NavItem: Sendable {
        let title: String
        let href: String
        let current: Bool
    }

    struct Crumb {
        let title: String
        let href: String
    }

    let lang = "zh-CN"
    let siteTitle: String
    let organisation: String
    let pageTitle: String
    /// `<title>`: the page's title and the site's, or the site's alone on the home page.
    let documentTitle: String
    let description: String
    let kind: String
    /// Prefix leading back to the site root from this page ("" or "../").
    let root: String
    let homeHref: String
    let nav: [NavItem]
    let breadcrumbs: [Crumb]
    let hasBreadcrumbs: Bool
    let content: RenderedMarkup

    /// The main menu as seen from a page: its links depend only on the page's folder, and on
    /// which item is current.
    struct NavKey: Hashable, Sendable {
        let folder: Substring
        let current: String
    }

    init(page: SitePage, config: SiteConfig, menu: [MenuItem], navMemo: SharedMemo<NavKey, [NavItem]>? = nil) {
        siteTitle = config.title
        organisation = config.organisation
        pageTitle = page.title
        documentTitle = page.outputPath == "index.html" ? config.title : "\(page.title) - \(config.title)"
        description = page.description.isEmpty ? config.description : page.description
        kind = page.kind
        root = RelativeURL.root(from: page.outputPath)
        homeHref = RelativeURL.link(from: page.outputPath, to: "index.html")
        let current = page.menuPath ?? page.outputPath
        func makeNav() -> [NavItem] {
            menu.map { item in
                NavItem(title: item.title, href: RelativeURL.link(from: page.outputPath, to: item.outputPath),
                        current: item.outputPath == current)
            }
        }
        let folder = page.outputPath.utf8.lastIndex(of: UInt8(ascii: "/")).map { page.outputPath[..<$0] } ?? ""
        nav = navMemo?.value(for: NavKey(folder: folder, current: current), make: makeNav) ?? makeNav()
        breadcrumbs = page.breadcrumbs.map { Crumb(title: $0.title, href: RelativeURL.link(from: page.outputPath, to: $0.outputPath)) }
        hasBreadcrumbs = !page.breadcrumbs.isEmpty
        content = page.body
    }
}
