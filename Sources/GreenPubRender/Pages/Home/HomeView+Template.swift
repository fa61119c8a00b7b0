import GreenPubTemplates

// Direct name lookups for the view models of these pages, so templates never reflect on
// them. Each lookup names every stored property; `DirectLookupSiteTests` checks that none is
// missing.

extension HomeView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .content: content.templateValue
        case .year: year.templateValue
        case .hasHeadlines: hasHeadlines.templateValue
        case .headlines: headlines.templateValue
        case .dashboardHref: dashboardHref.templateValue
        case .planTitle: planTitle.templateValue
        case .publications: publications.templateValue
        case .hasPublications: hasPublications.templateValue
        case .briefingsHref: briefingsHref.templateValue
        case .bannerHTML: bannerHTML.templateValue
        default: nil
        }
    }
}

extension HomeView.Headline: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .value: value.templateValue
        case .unit: unit.templateValue
        case .change: change.templateValue
        case .statusLabel: statusLabel.templateValue
        case .statusClass: statusClass.templateValue
        case .target: target.templateValue
        case .href: href.templateValue
        case .progressSVG: progressSVG.templateValue
        default: nil
        }
    }
}

extension HomeView.Publication: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .date: date.templateValue
        case .summary: summary.templateValue
        case .kindName: kindName.templateValue
        case .href: href.templateValue
        default: nil
        }
    }
}
