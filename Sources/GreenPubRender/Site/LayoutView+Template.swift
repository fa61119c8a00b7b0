import GreenPubTemplates

// Direct name lookups for the layout, rendered once for every page of the site. Each lookup
// names every stored property; `DirectLookupSiteTests` checks that none is missing.

extension LayoutView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .lang: lang.templateValue
        case .siteTitle: siteTitle.templateValue
        case .organisation: organisation.templateValue
        case .pageTitle: pageTitle.templateValue
        case .documentTitle: documentTitle.templateValue
        case .description: description.templateValue
        case .kind: kind.templateValue
        case .root: root.templateValue
        case .homeHref: homeHref.templateValue
        case .nav: nav.templateValue
        case .breadcrumbs: breadcrumbs.templateValue
        case .hasBreadcrumbs: hasBreadcrumbs.templateValue
        case .content: content.templateValue
        default: nil
        }
    }
}

extension LayoutView.NavItem: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .href: href.templateValue
        case .current: current.templateValue
        default: nil
        }
    }
}

extension LayoutView.Crumb: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .href: href.templateValue
        default: nil
        }
    }
}
