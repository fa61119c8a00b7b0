import GreenPubTemplates

// Direct name lookups for the view models rendered once per institution (30,000 pages for a
// large county), so templates never fall back to reflection for them. Each lookup names every
// stored property; `DirectLookupSiteTests` checks that none is missing.

extension LinkView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .href: href.templateValue
        case .current: current.templateValue
        default: nil
        }
    }
}

extension CardView: TemplateObject {
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

extension CardsView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? { ViewKey(key) == .cards ? cards.templateValue : nil }
}

extension LinksView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .label: label.templateValue
        case .links: links.templateValue
        default: nil
        }
    }
}

extension FigureView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? { ViewKey(key) == .html ? html.templateValue : nil }
}

extension TableView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .label: label.templateValue
        case .caption: caption.templateValue
        case .corner: corner.templateValue
        case .columns: columns.templateValue
        case .rows: rows.templateValue
        case .footer: footer.templateValue
        case .hasFooter: hasFooter.templateValue
        case .style: style.templateValue
        default: nil
        }
    }
}

extension TableView.Column: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .unit: unit.templateValue
        default: nil
        }
    }
}

extension TableView.Row: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .header: header.templateValue
        case .href: href.templateValue
        case .note: note.templateValue
        case .cells: cells.templateValue
        default: nil
        }
    }
}

extension TableView.Cell: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .text: text.templateValue
        case .isNumber: isNumber.templateValue
        default: nil
        }
    }
}

extension InstitutionView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .id: id.templateValue
        case .category: category.templateValue
        case .level: level.templateValue
        case .groupTitle: groupTitle.templateValue
        case .groupHref: groupHref.templateValue
        case .yearNote: yearNote.templateValue
        case .latestYear: latestYear.templateValue
        case .cards: cards.templateValue
        case .factsTable: factsTable.templateValue
        case .factsNote: factsNote.templateValue
        case .trendFigure: trendFigure.templateValue
        case .mixFigure: mixFigure.templateValue
        case .projects: projects.templateValue
        case .hasProjects: hasProjects.templateValue
        case .projectCount: projectCount.templateValue
        case .registerHref: registerHref.templateValue
        case .listHref: listHref.templateValue
        case .methodologyHref: methodologyHref.templateValue
        default: nil
        }
    }
}

extension ProjectRow: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .id: id.templateValue
        case .title: title.templateValue
        case .href: href.templateValue
        case .kind: kind.templateValue
        case .status: status.templateValue
        case .statusClass: statusClass.templateValue
        case .start: start.templateValue
        case .end: end.templateValue
        case .figures: figures.templateValue
        case .note: note.templateValue
        default: nil
        }
    }
}

extension InstitutionListView.Row: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .rank: rank.templateValue
        case .id: id.templateValue
        case .href: href.templateValue
        case .intensity: intensity.templateValue
        case .sparkline: sparkline.templateValue
        case .area: area.templateValue
        case .users: users.templateValue
        case .energy: energy.templateValue
        case .co2: co2.templateValue
        case .water: water.templateValue
        default: nil
        }
    }
}

extension GroupView.Member: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .rank: rank.templateValue
        case .href: href.templateValue
        case .value: value.templateValue
        default: nil
        }
    }
}

extension GroupView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .yearNote: yearNote.templateValue
        case .membership: membership.templateValue
        case .groups: groups.templateValue
        case .latestYear: latestYear.templateValue
        case .cards: cards.templateValue
        case .totalsTable: totalsTable.templateValue
        case .intensityTable: intensityTable.templateValue
        case .intensityFigures: intensityFigures.templateValue
        case .shareFigure: shareFigure.templateValue
        case .topTable: topTable.templateValue
        case .members: members.templateValue
        case .memberCount: memberCount.templateValue
        case .hasMembers: hasMembers.templateValue
        case .listHref: listHref.templateValue
        case .structureHref: structureHref.templateValue
        case .intensitiesHref: intensitiesHref.templateValue
        default: nil
        }
    }
}

extension InstitutionListView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .yearNote: yearNote.templateValue
        case .lead: lead.templateValue
        case .groupLinks: groupLinks.templateValue
        case .sections: sections.templateValue
        case .absent: absent.templateValue
        case .hasAbsent: hasAbsent.templateValue
        case .absentNote: absentNote.templateValue
        case .intensitiesHref: intensitiesHref.templateValue
        case .structureHref: structureHref.templateValue
        default: nil
        }
    }
}

extension InstitutionListView.Section: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .anchor: anchor.templateValue
        case .title: title.templateValue
        case .groupHref: groupHref.templateValue
        case .summary: summary.templateValue
        case .rows: rows.templateValue
        case .hasRows: hasRows.templateValue
        case .pages: pages.templateValue
        default: nil
        }
    }
}

extension StructureView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .planTitle: planTitle.templateValue
        case .yearNote: yearNote.templateValue
        case .years: years.templateValue
        case .cards: cards.templateValue
        case .intensityCards: intensityCards.templateValue
        case .groupFigures: groupFigures.templateValue
        case .groupTable: groupTable.templateValue
        case .groupLinks: groupLinks.templateValue
        case .sourceFigures: sourceFigures.templateValue
        case .sourceTable: sourceTable.templateValue
        case .unusedSourcesNote: unusedSourcesNote.templateValue
        case .splitTable: splitTable.templateValue
        case .mixFigures: mixFigures.templateValue
        case .sourceHTML: sourceHTML.templateValue
        case .dataFile: dataFile.templateValue
        case .listHref: listHref.templateValue
        case .formulasHref: formulasHref.templateValue
        case .intensitiesHref: intensitiesHref.templateValue
        case .conflictsHref: conflictsHref.templateValue
        default: nil
        }
    }
}
