import GreenPubTemplates

// Direct name lookups for the view models of these pages, so templates never reflect on
// them. Each lookup names every stored property; `DirectLookupSiteTests` checks that none is
// missing.

extension ContentPageView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .date: date.templateValue
        case .summary: summary.templateValue
        case .kind: kind.templateValue
        case .kindName: kindName.templateValue
        case .content: content.templateValue
        case .statisticsYear: statisticsYear.templateValue
        case .campaignTitle: campaignTitle.templateValue
        case .campaignHref: campaignHref.templateValue
        case .older: older.templateValue
        case .newer: newer.templateValue
        case .hasNeighbours: hasNeighbours.templateValue
        case .listHref: listHref.templateValue
        case .listTitle: listTitle.templateValue
        default: nil
        }
    }
}

extension ContentPageView.Neighbour: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .href: href.templateValue
        default: nil
        }
    }
}
