import GreenPubTemplates

// Direct name lookups for the view models of these pages, so templates never reflect on
// them. Each lookup names every stored property; `DirectLookupSiteTests` checks that none is
// missing.

extension CampaignBannerView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .when: when.templateValue
        case .countdown: countdown.templateValue
        case .theme: theme.templateValue
        case .lowCarbonDay: lowCarbonDay.templateValue
        case .lowCarbonTheme: lowCarbonTheme.templateValue
        case .href: href.templateValue
        default: nil
        }
    }
}

extension CampaignView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .when: when.templateValue
        case .theme: theme.templateValue
        case .lowCarbonDay: lowCarbonDay.templateValue
        case .lowCarbonTheme: lowCarbonTheme.templateValue
        case .source: source.templateValue
        case .statusText: statusText.templateValue
        case .briefings: briefings.templateValue
        case .hasBriefings: hasBriefings.templateValue
        case .headlineYear: headlineYear.templateValue
        case .hasHeadline: hasHeadline.templateValue
        case .cards: cards.templateValue
        case .structureHref: structureHref.templateValue
        case .planSummary: planSummary.templateValue
        case .indicatorsHref: indicatorsHref.templateValue
        case .activities: activities.templateValue
        case .hasActivities: hasActivities.templateValue
        case .activityWindowDays: activityWindowDays.templateValue
        case .projectsHref: projectsHref.templateValue
        case .older: older.templateValue
        case .newer: newer.templateValue
        case .hasNeighbours: hasNeighbours.templateValue
        case .indexHref: indexHref.templateValue
        default: nil
        }
    }
}

extension CampaignView.Briefing: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .href: href.templateValue
        case .date: date.templateValue
        case .dateText: dateText.templateValue
        case .summary: summary.templateValue
        default: nil
        }
    }
}

extension CampaignView.Activity: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .href: href.templateValue
        case .institution: institution.templateValue
        case .dates: dates.templateValue
        case .timing: timing.templateValue
        case .kindName: kindName.templateValue
        case .quantity: quantity.templateValue
        default: nil
        }
    }
}

extension CampaignView.Neighbour: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .href: href.templateValue
        default: nil
        }
    }
}

extension HeadlineFigures.Card: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .label: label.templateValue
        case .value: value.templateValue
        case .unit: unit.templateValue
        case .note: note.templateValue
        case .href: href.templateValue
        default: nil
        }
    }
}

extension PublicationListView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .intro: intro.templateValue
        case .items: items.templateValue
        case .hasItems: hasItems.templateValue
        case .emptyText: emptyText.templateValue
        default: nil
        }
    }
}

extension PublicationListView.Item: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .href: href.templateValue
        case .date: date.templateValue
        case .dateText: dateText.templateValue
        case .summary: summary.templateValue
        case .meta: meta.templateValue
        case .metaHref: metaHref.templateValue
        default: nil
        }
    }
}
