import GreenPubTemplates

// Direct name lookups for the rows that grow with the registers (one per register entry on
// the project register and in the task tables) and for the task tables around them, so
// templates never reflect on them. Each lookup names every stored property;
// `DirectLookupSiteTests` checks that none is missing.

extension ProjectListView.Entry: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .anchor: anchor.templateValue
        case .id: id.templateValue
        case .title: title.templateValue
        case .note: note.templateValue
        case .hasNote: hasNote.templateValue
        case .institution: institution.templateValue
        case .institutionHref: institutionHref.templateValue
        case .hasInstitutionHref: hasInstitutionHref.templateValue
        case .statusLabel: statusLabel.templateValue
        case .statusClass: statusClass.templateValue
        case .start: start.templateValue
        case .end: end.templateValue
        case .cells: cells.templateValue
        default: nil
        }
    }
}

extension TaskTableView.EntryLink: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .id: id.templateValue
        case .title: title.templateValue
        case .href: href.templateValue
        default: nil
        }
    }
}

extension TaskTableView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .items: items.templateValue
        case .hasItems: hasItems.templateValue
        case .headingLevel: headingLevel.templateValue
        case .subheadingLevel: subheadingLevel.templateValue
        case .yearsText: yearsText.templateValue
        case .asOfText: asOfText.templateValue
        default: nil
        }
    }
}

extension TaskTableView.YearStatus: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .year: year.templateValue
        case .label: label.templateValue
        case .cssClass: cssClass.templateValue
        default: nil
        }
    }
}

extension TaskTableView.Unit: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .href: href.templateValue
        case .hasHref: hasHref.templateValue
        case .breakdown: breakdown.templateValue
        case .hasBreakdown: hasBreakdown.templateValue
        case .hasOutcome: hasOutcome.templateValue
        case .outcomeLabel: outcomeLabel.templateValue
        case .outcomeClass: outcomeClass.templateValue
        default: nil
        }
    }
}

extension TaskTableView.Part: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .who: who.templateValue
        case .what: what.templateValue
        case .label: label.templateValue
        case .cssClass: cssClass.templateValue
        case .detail: detail.templateValue
        case .hasDetail: hasDetail.templateValue
        case .interpretation: interpretation.templateValue
        case .hasInterpretation: hasInterpretation.templateValue
        default: nil
        }
    }
}

extension TaskTableView.Item: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .anchor: anchor.templateValue
        case .heading: heading.templateValue
        case .section: section.templateValue
        case .hasSection: hasSection.templateValue
        case .keyWork: keyWork.templateValue
        case .isQuote: isQuote.templateValue
        case .lead: lead.templateValue
        case .hasLead: hasLead.templateValue
        case .deadline: deadline.templateValue
        case .units: units.templateValue
        case .hasUnits: hasUnits.templateValue
        case .statuses: statuses.templateValue
        case .currentYear: currentYear.templateValue
        case .currentLabel: currentLabel.templateValue
        case .currentClass: currentClass.templateValue
        case .completedOn: completedOn.templateValue
        case .hasCompletedOn: hasCompletedOn.templateValue
        case .parts: parts.templateValue
        case .hasParts: hasParts.templateValue
        case .evidence: evidence.templateValue
        case .evidenceCount: evidenceCount.templateValue
        case .evidenceHeading: evidenceHeading.templateValue
        case .hasEvidence: hasEvidence.templateValue
        case .evidenceCollapsed: evidenceCollapsed.templateValue
        case .underway: underway.templateValue
        case .hasUnderway: hasUnderway.templateValue
        case .missing: missing.templateValue
        case .hasMissing: hasMissing.templateValue
        case .dashboardHref: dashboardHref.templateValue
        case .hasDashboardHref: hasDashboardHref.templateValue
        default: nil
        }
    }
}

extension IndicatorDashboardView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .yearNote: yearNote.templateValue
        case .latestYear: latestYear.templateValue
        case .counts: counts.templateValue
        case .flagged: flagged.templateValue
        case .hasFlagged: hasFlagged.templateValue
        case .downloads: downloads.templateValue
        case .plans: plans.templateValue
        case .evaluationHref: evaluationHref.templateValue
        default: nil
        }
    }
}

extension IndicatorDashboardView.StatusCount: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .label: label.templateValue
        case .count: count.templateValue
        case .cssClass: cssClass.templateValue
        default: nil
        }
    }
}

extension IndicatorDashboardView.Flagged: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .href: href.templateValue
        case .statusLabel: statusLabel.templateValue
        case .statusClass: statusClass.templateValue
        default: nil
        }
    }
}

extension IndicatorDashboardView.Download: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .href: href.templateValue
        case .what: what.templateValue
        default: nil
        }
    }
}

extension IndicatorDashboardView.PlanBlock: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .headingID: headingID.templateValue
        case .title: title.templateValue
        case .meta: meta.templateValue
        case .table: table.templateValue
        case .trends: trends.templateValue
        default: nil
        }
    }
}

extension IndicatorTableView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .caption: caption.templateValue
        case .captionID: captionID.templateValue
        case .planTitle: planTitle.templateValue
        case .years: years.templateValue
        case .baseHeader: baseHeader.templateValue
        case .projectionHeader: projectionHeader.templateValue
        case .hasProjection: hasProjection.templateValue
        case .rows: rows.templateValue
        case .note: note.templateValue
        case .hasNote: hasNote.templateValue
        case .hasDifferingBase: hasDifferingBase.templateValue
        case .conflictsHref: conflictsHref.templateValue
        case .evaluationHref: evaluationHref.templateValue
        case .flaggedCount: flaggedCount.templateValue
        case .hasFlagged: hasFlagged.templateValue
        default: nil
        }
    }
}

extension IndicatorTableView.YearHeader: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .year: year.templateValue
        default: nil
        }
    }
}

extension IndicatorTableView.Cell: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .value: value.templateValue
        case .hasStatus: hasStatus.templateValue
        case .statusLabel: statusLabel.templateValue
        case .statusClass: statusClass.templateValue
        default: nil
        }
    }
}

extension IndicatorTableView.Row: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .section: section.templateValue
        case .href: href.templateValue
        case .unit: unit.templateValue
        case .attribute: attribute.templateValue
        case .isBinding: isBinding.templateValue
        case .isFlagged: isFlagged.templateValue
        case .rowClass: rowClass.templateValue
        case .basePrinted: basePrinted.templateValue
        case .baseComputed: baseComputed.templateValue
        case .baseDiffers: baseDiffers.templateValue
        case .cells: cells.templateValue
        case .target: target.templateValue
        case .projection: projection.templateValue
        case .hasProjectionStatus: hasProjectionStatus.templateValue
        case .projectionStatus: projectionStatus.templateValue
        case .projectionClass: projectionClass.templateValue
        default: nil
        }
    }
}

extension IndicatorTrendView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .anchor: anchor.templateValue
        case .heading: heading.templateValue
        case .section: section.templateValue
        case .hasSection: hasSection.templateValue
        case .attribute: attribute.templateValue
        case .isBinding: isBinding.templateValue
        case .isFlagged: isFlagged.templateValue
        case .hasStatus: hasStatus.templateValue
        case .statusLabel: statusLabel.templateValue
        case .statusClass: statusClass.templateValue
        case .verdict: verdict.templateValue
        case .projection: projection.templateValue
        case .hasProjection: hasProjection.templateValue
        case .chartHTML: chartHTML.templateValue
        case .progressHTML: progressHTML.templateValue
        case .hasProgress: hasProgress.templateValue
        case .text: text.templateValue
        case .hasText: hasText.templateValue
        case .targetHref: targetHref.templateValue
        case .hasTargetHref: hasTargetHref.templateValue
        default: nil
        }
    }
}

extension ProjectListView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .groups: groups.templateValue
        case .hasGroups: hasGroups.templateValue
        case .asOf: asOf.templateValue
        case .hasAsOf: hasAsOf.templateValue
        case .headingLevel: headingLevel.templateValue
        default: nil
        }
    }
}

extension ProjectListView.Column: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        default: nil
        }
    }
}

extension ProjectListView.Total: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .value: value.templateValue
        case .unit: unit.templateValue
        default: nil
        }
    }
}

extension ProjectListView.KindGroup: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .anchor: anchor.templateValue
        case .key: self.key.templateValue
        case .name: name.templateValue
        case .href: href.templateValue
        case .count: count.templateValue
        case .completed: completed.templateValue
        case .inProgress: inProgress.templateValue
        case .planned: planned.templateValue
        case .totals: totals.templateValue
        case .hasTotals: hasTotals.templateValue
        case .columns: columns.templateValue
        case .entries: entries.templateValue
        default: nil
        }
    }
}

extension ProjectsPageView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .yearNote: yearNote.templateValue
        case .list: list.templateValue
        case .count: count.templateValue
        case .completed: completed.templateValue
        case .inProgress: inProgress.templateValue
        case .planned: planned.templateValue
        case .sources: sources.templateValue
        case .usedBy: usedBy.templateValue
        case .hasUsedBy: hasUsedBy.templateValue
        default: nil
        }
    }
}

extension ProjectsPageView.Link: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .href: href.templateValue
        default: nil
        }
    }
}

extension TargetsPageView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .yearNote: yearNote.templateValue
        case .latestYear: latestYear.templateValue
        case .plans: plans.templateValue
        case .dashboardHref: dashboardHref.templateValue
        case .evaluationHref: evaluationHref.templateValue
        case .projectsHref: projectsHref.templateValue
        default: nil
        }
    }
}

extension TargetsPageView.PlanBlock: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .headingID: headingID.templateValue
        case .title: title.templateValue
        case .meta: meta.templateValue
        case .indicatorTable: indicatorTable.templateValue
        case .hasIndicators: hasIndicators.templateValue
        case .counts: counts.templateValue
        case .targets: targets.templateValue
        case .hasTargets: hasTargets.templateValue
        default: nil
        }
    }
}

extension TaskStatusCounts: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .counts: counts.templateValue
        case .total: total.templateValue
        default: nil
        }
    }
}

extension TaskStatusCounts.Count: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .label: label.templateValue
        case .count: count.templateValue
        case .cssClass: cssClass.templateValue
        case .isZero: isZero.templateValue
        default: nil
        }
    }
}

extension ColumnPageView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .description: description.templateValue
        case .planTitle: planTitle.templateValue
        case .planMeta: planMeta.templateValue
        case .section: section.templateValue
        case .hasSection: hasSection.templateValue
        case .note: note.templateValue
        case .hasNote: hasNote.templateValue
        case .intro: intro.templateValue
        case .hasIntro: hasIntro.templateValue
        case .yearNote: yearNote.templateValue
        case .latestYear: latestYear.templateValue
        case .counts: counts.templateValue
        case .table: table.templateValue
        case .previous: previous.templateValue
        case .next: next.templateValue
        case .hasNeighbours: hasNeighbours.templateValue
        case .indexHref: indexHref.templateValue
        case .projectsHref: projectsHref.templateValue
        case .evaluationHref: evaluationHref.templateValue
        default: nil
        }
    }
}

extension ColumnPageView.Neighbour: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .href: href.templateValue
        default: nil
        }
    }
}

extension TasksIndexView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .yearNote: yearNote.templateValue
        case .latestYear: latestYear.templateValue
        case .statusHeaders: statusHeaders.templateValue
        case .overall: overall.templateValue
        case .plans: plans.templateValue
        case .evaluationHref: evaluationHref.templateValue
        case .projectsHref: projectsHref.templateValue
        default: nil
        }
    }
}

extension TasksIndexView.Row: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .href: href.templateValue
        case .counts: counts.templateValue
        default: nil
        }
    }
}

extension TasksIndexView.PlanBlock: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .headingID: headingID.templateValue
        case .title: title.templateValue
        case .meta: meta.templateValue
        case .rows: rows.templateValue
        case .totals: totals.templateValue
        default: nil
        }
    }
}
