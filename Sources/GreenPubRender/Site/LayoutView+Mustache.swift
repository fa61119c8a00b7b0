import Mustache

// Direct lookups for the layout, rendered once for every page of the site: swift-mustache
// otherwise reflects the value (Mirror) for every tag it resolves. Each lookup names every
// stored property; LayoutLookupTests checks that none is missing.

extension LayoutView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "siteTitle": siteTitle
        case "organisation": organisation
        case "pageTitle": pageTitle
        case "documentTitle": documentTitle
        case "description": description
        case "kind": kind
        case "root": root
        case "homeHref": homeHref
        case "nav": nav
        case "breadcrumbs": breadcrumbs
        case "hasBreadcrumbs": hasBreadcrumbs
        case "content": content
        default: nil
        }
    }
}

extension LayoutView.NavItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "current": current
        default: nil
        }
    }
}

extension LayoutView.Crumb: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        default: nil
        }
    }
}
